@rfc3261-17.2.1 @uas @udp
Feature: RFC 3261 §17.2.1 INVITE Server Transaction, the Proceeding state
  The device is an embedded UAS that rings (180) for a while before it answers: its INVITE server transaction
  stays in the "Proceeding" state meanwhile. T1 = 50 ms.

  @req-RFC3261-17.2.1-4 @req-RFC3261-17.2.1-5
  Scenario: A retransmission of the INVITE while ringing gets the 180 again
    "The TU passes any number of provisional responses to the server transaction. So long as the server transaction
    is in the "Proceeding" state, each of these MUST be passed to the transport layer for transmission."
    "If a request retransmission is received while in the "Proceeding" state, the most recent provisional response
    that was received from the TU MUST be passed to the transport layer for retransmission."

    Given the device is the embedded uas answering 486 after ringing 2 s
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 180 response within 2 s
    When alice sends it again
    Then alice receives 1 retransmission of it within 4*T1
    When alice sends it again
    Then alice receives 1 retransmission of it within 4*T1

  @req-RFC3261-17.2.1-6
  Scenario: The 2xx after ringing is sent
    "If, while in the "Proceeding" state, the TU passes a 2xx response to the server transaction, the server
    transaction MUST pass this response to the transport layer for transmission."

    Given the device is the embedded uas answering 200 after ringing 4*T1
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 180 response within 2 s
    And alice receives a 200 response within 2 s
    And its header "CSeq" equals "1 INVITE"

  @req-RFC3261-17.2.1-8
  Scenario: The 486 after ringing is sent, and retransmitted in the Completed state
    "While in the "Proceeding" state, if the TU passes a response with status code from 300 to 699 to the server
    transaction, the response MUST be passed to the transport layer for transmission, and the state machine MUST enter
    the "Completed" state."
    In "Completed" Timer G retransmits the response until the ACK.

    Given the device is the embedded uas answering 486 after ringing 4*T1
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 180 response within 2 s
    And alice receives a 486 response within 2 s
    And alice receives 2 retransmissions of it within 8*T1
