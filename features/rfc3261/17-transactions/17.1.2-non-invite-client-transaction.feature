@rfc3261-17.1.2 @uac @udp @isolated
Feature: RFC 3261 §17.1.2 Non-INVITE Client Transaction
  The device is the UAC: it is made to send an OPTIONS to bob. Over UDP its client transaction retransmits the
  request on Timer E (T1, 2*T1, 4*T1... capped at T2) until a final response comes. T1 = 50 ms, T2 = 400 ms,
  64*T1 = 3.2 s. bob answers after the first retransmission (T1 after the request): the next one is then 2*T1 away,
  time enough for the answer to arrive before it.

  Background:
    Given the device is the uac
    And peer bob on udp
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And store its header "Via" as "options-via"
    And store its parameter "branch" of header "Via" as "options-branch"
    And store its header "From" as "options-from"
    And store its header "To" as "options-to"
    And store its header "Call-ID" as "options-call-id"
    And store its header "CSeq" as "options-cseq"
    And bob receives 1 retransmission of it within 2 s

  @req-RFC3261-17.1.2.2-6
  Scenario: A final response in the Trying state ends the retransmissions
    "If a final response (status codes 200-699) is received while in the "Trying" state, the response MUST be passed
    to the TU, and the client transaction MUST transition to the "Completed" state."
    In "Completed" the request is not retransmitted any more; without the 200 it would come again 3*T1, 7*T1 and
    15*T1 after the first transmission.

    When bob answers with 200
    Then bob receives no retransmission of it within 2*T2

  @req-RFC3261-17.1.2.2-5 @req-RFC3261-17.1.2.2-7 @req-RFC3261-17.1.2.2-8
  Scenario: After a provisional response the request is retransmitted every T2, until Timer F
    "If a provisional response is received while in the "Trying" state, the response MUST be passed to the TU, and
    then the client transaction SHOULD move to the "Proceeding" state."
    "If Timer E fires while in the "Proceeding" state, the request MUST be passed to the transport layer for
    retransmission, and Timer E MUST be reset with a value of T2 seconds."
    "If timer F fires while in the "Proceeding" state, the TU MUST be informed of a timeout, and the client
    transaction MUST transition to the terminated state."
    The 100 comes just after the retransmission at T1: Timer E, running for 2*T1, fires at 3*T1 in "Proceeding", then
    every T2 (7*T1 later, at 11*T1); in "Trying" it would have fired at 7*T1. Nothing comes after Timer F (64*T1).

    When bob answers with 100
    Then bob receives 1 retransmission of it within 4*T1
    And bob receives no retransmission of it within 6*T1
    And bob receives 1 retransmission of it within 4*T1
    And the retransmissions of it stop within 64*T1

  @req-RFC3261-17.1.2.2-9
  Scenario: A final response in the Proceeding state ends the retransmissions
    "If a final response (status codes 200-699) is received while in the "Proceeding" state, the response MUST be
    passed to the TU, and the client transaction MUST transition to the "Completed" state."
    In "Proceeding" the request would come again every T2.

    Given bob answers with 100
    And bob receives 1 retransmission of it within 4*T1
    When bob answers with 200
    Then bob receives no retransmission of it within 3*T2

  @rfc3261-18.1.2 @req-RFC3261-18.1.2-1 @req-RFC3261-18.1.2-2
  Scenario: A response whose Via sent-by is not the device's is discarded
    "If the value of the "sent-by" parameter in that header field value does not correspond to a value that the
    client transport is configured to insert into requests, the response MUST be silently discarded."
    "If there is a match, the response MUST be passed to that transaction."
    The first 200 has the branch of the request but another sent-by: the request keeps being retransmitted. The
    second 200 is the right one: the retransmissions end.

    Given bob sends:
      """
      SIP/2.0 200 OK
      Via: SIP/2.0/UDP 192.0.2.1:5060;branch=${options-branch}
      To: ${options-to};tag=b200
      From: ${options-from}
      Call-ID: ${options-call-id}
      CSeq: ${options-cseq}
      Content-Length: 0
      """
    And bob receives 2 retransmissions of it within 12*T1
    When bob sends:
      """
      SIP/2.0 200 OK
      Via: ${options-via}
      To: ${options-to};tag=b200
      From: ${options-from}
      Call-ID: ${options-call-id}
      CSeq: ${options-cseq}
      Content-Length: 0
      """
    Then bob receives no retransmission of it within 3*T2

  @rfc3261-18.3 @req-RFC3261-18.3-2
  Scenario: A response whose body ends before its Content-Length is discarded
    "If the transport packet ends before the end of the message body, this is considered an error. If the message is
    a response, it MUST be discarded."
    The 200 announces 500 bytes of body and carries 5: the request keeps being retransmitted.

    When bob sends:
      """
      SIP/2.0 200 OK
      Via: ${options-via}
      To: ${options-to};tag=b200
      From: ${options-from}
      Call-ID: ${options-call-id}
      CSeq: ${options-cseq}
      Content-Type: text/plain
      Content-Length: 500

      hello
      """
    Then bob receives 2 retransmissions of it within 12*T1
