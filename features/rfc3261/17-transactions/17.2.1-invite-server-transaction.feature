@rfc3261-17.2.1 @uas @udp
Feature: RFC 3261 §17.2.1 INVITE Server Transaction
  The device runs with T1 = 50 ms, so T2 = 400 ms and 64*T1 = 3.2 s. The final responses that are not 2xx come from
  an INVITE whose Require header field lists an option tag the device does not understand (420, §8.2.2.3).

  Background:
    Given the device is the uas
    And peer alice on udp

  @req-RFC3261-17.2.1-1
  Scenario: An INVITE gets a provisional response within 200 ms
    "The server transaction MUST generate a 100 (Trying) response unless it knows that the TU will generate a
    provisional or final response within 200 ms, in which case it MAY generate a 100 (Trying) response."

    When alice sends the template "invite.sip"
    Then alice receives a 1xx response within 200 ms
    And its header "CSeq" equals "1 INVITE"

  @req-RFC3261-17.2.1-10
  Scenario: A retransmission of the INVITE in the Completed state gets the final response again
    "Furthermore, while in the "Completed" state, if a request retransmission is received, the server SHOULD pass the
    response to the transport for retransmission."

    Given alice sends the template "invite-unknown-extension.sip"
    And alice receives a 420 response within 2 s
    # After four retransmissions (T1, 2*T1, 4*T1, 8*T1), Timer G is at T2: the next one is T2 away.
    And alice receives 4 retransmissions of it within 64*T1
    When alice sends it again
    Then alice receives a 420 response within 2*T1

  @req-RFC3261-17.2.1-8
  Scenario: The final response is retransmitted at intervals doubling from T1 up to T2
    "While in the "Proceeding" state, if the TU passes a response with status code from 300 to 699 to the server
    transaction, the response MUST be passed to the transport layer for transmission, and the state machine MUST enter
    the "Completed" state."
    "For unreliable transports, timer G is set to fire in T1 seconds, and is not set to fire for reliable transports."
    "If timer G fires, the response is passed to the transport layer once more for retransmission, and timer G is set
    to fire in MIN(2*T1, T2) seconds. From then on, when timer G fires, the response is passed to the transport again
    for transmission, and timer G is reset with a value that doubles, unless that value exceeds T2, in which case it is
    reset with the value of T2."

    When alice sends the template "invite-unknown-extension.sip"
    Then alice receives a 420 response within 2 s
    And alice receives 5 retransmissions of it within 64*T1
    And the retransmissions of it follow Timer G

  @req-RFC3261-17.2.1-11
  Scenario: The ACK stops the retransmissions of the final response
    "If an ACK is received while the server transaction is in the "Completed" state, the server transaction MUST
    transition to the "Confirmed" state. As Timer G is ignored in this state, any retransmissions of the response will
    cease."

    Given alice sends the template "invite-unknown-extension.sip"
    And alice receives a 420 response within 2 s
    And alice receives 3 retransmissions of it within 64*T1
    When alice acknowledges it
    Then alice receives no retransmission of it within 2*T2

  @req-RFC3261-17.2.1-9
  Scenario: Without an ACK the retransmissions stop when Timer H fires
    "When the "Completed" state is entered, timer H MUST be set to fire in 64*T1 seconds for all transports. Timer H
    determines when the server transaction abandons retransmitting the response."

    When alice sends the template "invite-unknown-extension.sip"
    Then alice receives a 420 response within 2 s
    And the retransmissions of it stop within 64*T1

  @rfc3261-12.1.1 @req-RFC3261-12.1.1-2
  Scenario: The 2xx to an INVITE has a Contact
    "The UAS MUST add a Contact header field to the response."

    When alice sends the template "invite.sip"
    Then alice receives a 200 response within 2 s
    And its header "Contact" is present

  @rfc3261-12.1.1 @req-RFC3261-12.1.1-1
  Scenario: The 2xx to an INVITE has the Record-Route values of the request, in the same order
    "When a UAS responds to a request with a response that establishes a dialog (such as a 2xx to INVITE), the UAS MUST
    copy all Record-Route header field values from the request into the response (including the URIs, URI parameters,
    and any Record-Route header field parameters, whether they are known or unknown to the UAS) and MUST maintain the
    order of those values."

    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Record-Route: <sip:p2.example.com;lr>;unknownparam=1
      Record-Route: <sip:p1.example.com;lr>
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Record-Route" equals "<sip:p2.example.com;lr>;unknownparam=1, <sip:p1.example.com;lr>"

  @rfc3261-13.3.1.4 @req-RFC3261-13.3.1.4-2
  Scenario: The 2xx to an INVITE with an offer has an answer
    "If the INVITE request contained an offer, and the UAS had not yet sent an answer, the 2xx MUST contain an answer."

    When alice sends the template "invite.sip"
    Then alice receives a 200 response within 2 s
    And its body contains "m=audio"

  @rfc3261-13.3.1.4
  Scenario: The 2xx to an INVITE is retransmitted until the ACK comes
    "The 2xx response is passed to the transport with an interval that starts at T1 seconds and doubles for each
    retransmission until it reaches T2 seconds (T1 and T2 are defined in Section 17)."

    When alice sends the template "invite.sip"
    Then alice receives a 200 response within 2 s
    And alice receives 2 retransmissions of it within 8*T1

  @rfc3261-13.3.1.4
  Scenario: The ACK stops the retransmissions of the 2xx
    "Response retransmissions cease when an ACK request for the response is received."

    When alice sends the template "invite.sip"
    Then alice receives a 200 response within 2 s
    When alice acknowledges it
    Then alice receives no retransmission of it within 2*T2

  @rfc3261-14.2 @req-RFC3261-14.2-6
  Scenario: A 2xx never acknowledged is followed by a BYE
    "If a UAS generates a 2xx response and never receives an ACK, it SHOULD generate a BYE to terminate the dialog."

    When alice sends the template "invite.sip"
    Then alice receives a 200 response within 2 s
    And alice receives a BYE request within 80*T1

  @rfc3261-12.2.2 @req-RFC3261-12.2.2-4
  Scenario: A request within a dialog with a CSeq lower than the last one gets 500
    "If the remote sequence number was not empty, but the sequence number of the request is lower than the remote
    sequence number, the request is out of order and MUST be rejected with a 500 (Server Internal Error) response."

    Given alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    And alice acknowledges it
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 0 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 500 response within 2 s

  @rfc3261-17.2.2 @req-RFC3261-17.2.2-7
  Scenario: A retransmission of a non-INVITE request in the Completed state gets the final response again
    "While in the "Completed" state, the server transaction MUST pass the final response to the transport layer for
    retransmission whenever a retransmission of the request is received."

    Given alice sends the template "options.sip"
    And alice receives a 200 response within 2 s
    When alice sends it again
    Then alice receives a 200 response within 2 s
