@rfc3261-17.2.1 @uas @udp
Feature: RFC 3261 §17.2.1 INVITE Server Transaction
  The device runs with T1 = 50 ms, so T2 = 400 ms and 64*T1 = 3.2 s. The final responses that are not 2xx come from
  an INVITE whose Require header field lists an option tag the device does not understand (420, §8.2.2.3).

  Background:
    Given the device is the uas
    And peer alice on udp

  Scenario: An INVITE gets a provisional response within 200 ms
    "The server transaction MUST generate a 100 (Trying) response unless it knows that the TU will generate a
    provisional or final response within 200 ms, in which case it MAY generate a 100 (Trying) response."

    When alice sends the template "invite.sip"
    Then alice receives a 1xx response within 200 ms
    And its header "CSeq" equals "1 INVITE"

  Scenario: A retransmission of the INVITE in the Completed state gets the final response again
    "Furthermore, while in the "Completed" state, if a request retransmission is received, the server SHOULD pass the
    response to the transport for retransmission."

    Given alice sends the template "invite-unknown-extension.sip"
    And alice receives a 420 response within 2 s
    # After four retransmissions (T1, 2*T1, 4*T1, 8*T1), Timer G is at T2: the next one is T2 away.
    And alice receives 4 retransmissions of it within 64*T1
    When alice sends it again
    Then alice receives a 420 response within 2*T1

  Scenario: The final response is retransmitted at intervals doubling from T1 up to T2
    "For unreliable transports, timer G is set to fire in T1 seconds, and is not set to fire for reliable transports."
    "If timer G fires, the response is passed to the transport layer once more for retransmission, and timer G is set
    to fire in MIN(2*T1, T2) seconds. From then on, when timer G fires, the response is passed to the transport again
    for transmission, and timer G is reset with a value that doubles, unless that value exceeds T2, in which case it is
    reset with the value of T2."

    When alice sends the template "invite-unknown-extension.sip"
    Then alice receives a 420 response within 2 s
    And alice receives 5 retransmissions of it within 64*T1
    And the retransmissions of it follow Timer G

  Scenario: The ACK stops the retransmissions of the final response
    "If an ACK is received while the server transaction is in the "Completed" state, the server transaction MUST
    transition to the "Confirmed" state. As Timer G is ignored in this state, any retransmissions of the response will
    cease."

    Given alice sends the template "invite-unknown-extension.sip"
    And alice receives a 420 response within 2 s
    And alice receives 3 retransmissions of it within 64*T1
    When alice acknowledges it
    Then alice receives no retransmission of it within 2*T2

  Scenario: Without an ACK the retransmissions stop when Timer H fires
    "When the "Completed" state is entered, timer H MUST be set to fire in 64*T1 seconds for all transports. Timer H
    determines when the server transaction abandons retransmitting the response."

    When alice sends the template "invite-unknown-extension.sip"
    Then alice receives a 420 response within 2 s
    And the retransmissions of it stop within 64*T1
