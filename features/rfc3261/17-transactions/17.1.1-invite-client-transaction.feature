@rfc3261-17.1.1 @uac @udp
Feature: RFC 3261 §17.1.1 INVITE Client Transaction
  The device is the UAC: it is made to send an INVITE to bob, and bob answers it. The final responses are written
  out in full from the values of the INVITE, so that the ACK can be compared with both. The device runs with
  T1 = 50 ms, so T2 = 400 ms, 64*T1 = 3.2 s, and Timer D (at least 32 s, scaled like the other timers) is 64*T1.

  Background:
    Given the device is the uac
    And peer bob on udp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And store its header "Via" as "invite-via"
    And store its header "From" as "invite-from"
    And store its header "To" as "invite-to"
    And store its header "Call-ID" as "invite-call-id"
    And store its header "CSeq" as "invite-cseq"
    And store the part of its header "CSeq" matching "(\d+) INVITE" as "invite-seq"
    And store its parameter "branch" of header "Via" as "invite-branch"

  @rfc3261-17.1.1.3 @req-RFC3261-17.1.1.2-18 @req-RFC3261-17.1.1.2-19 @req-RFC3261-17.1.1.2-20 @req-RFC3261-17.1.1.3-2
  @req-RFC3261-17.1.1.3-3 @req-RFC3261-17.1.1.3-4 @req-RFC3261-17.1.1.3-5 @req-RFC3261-18.1.1-6
  Scenario: A 486 to the INVITE is acknowledged in the INVITE's transaction
    "When in either the "Calling" or "Proceeding" states, reception of a response with status code from 300-699 MUST
    cause the client transaction to transition to "Completed". The client transaction MUST pass the received response
    up to the TU, and the client transaction MUST generate an ACK request, even if the transport is reliable
    (guidelines for constructing the ACK from the response are given in Section 17.1.1.3) and then pass the ACK to
    the transport layer for transmission. The ACK MUST be sent to the same address, port, and transport to which the
    original request was sent."
    "The ACK request constructed by the client transaction MUST contain values for the Call-ID, From, and Request-URI
    that are equal to the values of those header fields in the request passed to the transport by the client
    transaction (call this the "original request"). The To header field in the ACK MUST equal the To header field in
    the response being acknowledged, and therefore will usually differ from the To header field in the original
    request by the addition of the tag parameter. The ACK MUST contain a single Via header field, and this MUST be
    equal to the top Via header field of the original request. The CSeq header field in the ACK MUST contain the
    same value for the sequence number as was present in the original request, but the method parameter MUST be
    equal to "ACK"."
    "Before a request is sent, the client transport MUST insert a value of the "sent-by" field into the Via header
    field."
    The INVITE was sent to bob's address and the 486 goes back where it came from.

    Given its start line equals "INVITE sip:bob@${local} SIP/2.0"
    And its header "Via" has 1 value
    And its header "Via" matches "SIP/2.0/UDP [^;]+;(.*;)?branch=z9hG4bK.*"
    When bob sends:
      """
      SIP/2.0 486 Busy Here
      Via: ${invite-via}
      To: ${invite-to};tag=b486
      From: ${invite-from}
      Call-ID: ${invite-call-id}
      CSeq: ${invite-cseq}
      Content-Length: 0
      """
    Then bob receives an ACK request within 2 s
    And its start line equals "ACK sip:bob@${local} SIP/2.0"
    And its header "Via" has 1 value
    And its header "Via" is the same as "invite-via"
    And its header "From" is the same as "invite-from"
    And its header "Call-ID" is the same as "invite-call-id"
    And its header "To" equals "${invite-to};tag=b486"
    And its header "CSeq" equals "${invite-seq} ACK"

  @rfc3261-18.1.1 @req-RFC3261-18.1.1-11
  Scenario: A 486 sent to the INVITE's source address and the port of its sent-by reaches the device, which acknowledges it
    "For unreliable unicast transports, the client transport MUST be prepared to receive responses on the source IP
    address from which the request is sent (as responses are sent back to the source address) and the port number in
    the "sent-by" field."
    bob sends the 486 where §18.2.2 sends a response over UDP without rport: to the IP address the INVITE came from
    and the port of its Via's sent-by (5060 if it has none), whatever port the INVITE came from. The device shows that
    it received the 486 by acknowledging it.

    When bob answers with 486 to the source address and the sent-by port
    Then bob receives an ACK request within 2 s
    And its header "CSeq" equals "${invite-seq} ACK"
    And its parameter "branch" of header "Via" is the same as "invite-branch"

  @isolated @req-RFC3261-17.1.1.2-22
  Scenario: A retransmission of the 486 gets the ACK again
    "Any retransmissions of the final response that are received while in the "Completed" state MUST cause the ACK to
    be re-passed to the transport layer for retransmission, but the newly received response MUST NOT be passed up to
    the TU."

    Given bob sends:
      """
      SIP/2.0 486 Busy Here
      Via: ${invite-via}
      To: ${invite-to};tag=b486
      From: ${invite-from}
      Call-ID: ${invite-call-id}
      CSeq: ${invite-cseq}
      Content-Length: 0
      """
    And bob receives an ACK request within 2 s
    When bob sends it again
    Then bob receives 1 retransmission of it within 2 s

  @isolated @req-RFC3261-17.1.1.2-15 @req-RFC3261-17.1.1.2-9
  Scenario: After a provisional response the INVITE is not retransmitted any longer
    "In the "Proceeding" state, the client transaction SHOULD NOT retransmit the request any longer."
    "These retransmissions SHOULD only be done while the client transaction is in the "calling" state."
    Without the 180, the INVITE would come again 3*T1, 7*T1 and 15*T1 after the first one (bob answers after the
    retransmission at T1, so that no retransmission is already on its way).

    Given bob receives 1 retransmission of it within 2 s
    When bob answers with 180
    Then bob receives nothing within 10*T1

  @isolated @req-RFC3261-17.1.1.2-18
  Scenario: A 486 after a provisional response is acknowledged, and nothing more is sent
    "When in either the "Calling" or "Proceeding" states, reception of a response with status code from 300-699 MUST
    cause the client transaction to transition to "Completed"."
    In "Completed" the INVITE is not retransmitted: after the ACK the device sends nothing.

    Given bob receives 1 retransmission of it within 2 s
    And bob answers with 180
    When bob sends:
      """
      SIP/2.0 486 Busy Here
      Via: ${invite-via}
      To: ${invite-to};tag=b486
      From: ${invite-from}
      Call-ID: ${invite-call-id}
      CSeq: ${invite-cseq}
      Content-Length: 0
      """
    Then bob receives an ACK request within 2 s
    And its header "CSeq" equals "${invite-seq} ACK"
    And bob receives nothing within 10*T1

  @isolated @req-RFC3261-17.1.1.2-21 @req-RFC3261-17.1.1.2-23
  Scenario: A 486 retransmitted within Timer D is acknowledged again, and not after Timer D fired
    "The client transaction SHOULD start timer D when it enters the "Completed" state, with a value of at least 32
    seconds for unreliable transports, and a value of zero seconds for reliable transports."
    "If timer D fires while the client transaction is in the "Completed" state, the client transaction MUST move to
    the terminated state."
    Timer D is 64*T1 here (32 s at the default T1): the 486 comes again 60*T1 after the ACK, then 72*T1 after it. Once the transaction is gone, a late 486 is a stray response that
    the UA core discards (§17.1.3, §8.1.3.1): nothing acknowledges it.

    Given bob receives 1 retransmission of it within 2 s
    And bob sends:
      """
      SIP/2.0 486 Busy Here
      Via: ${invite-via}
      To: ${invite-to};tag=b486
      From: ${invite-from}
      Call-ID: ${invite-call-id}
      CSeq: ${invite-cseq}
      Content-Length: 0
      """
    And bob receives an ACK request within 2 s
    And bob receives nothing within 60*T1
    When bob sends it again
    Then bob receives an ACK request within 2 s
    And bob receives nothing within 12*T1
    When bob sends it again
    Then bob receives nothing within 10*T1

  @rfc3261-13.2.2.4 @req-RFC3261-17.1.1.2-14 @req-RFC3261-17.1.1.3-1 @req-RFC3261-17.1.1.2-24
  Scenario: The ACK for a 2xx is a new transaction of the UA core, not the INVITE's
    "The client transaction MUST NOT generate an ACK."
    "A UAC core that generates an ACK for 2xx MUST instead follow the rules described in Section 13."
    "When in either the "Calling" or "Proceeding" states, reception of a 2xx response MUST cause the client
    transaction to enter the "Terminated" state, and the response MUST be passed up to the TU."
    Section 13.2.2.4 sends the ACK to the remote target (the Contact of the 2xx) with a new branch; a second copy of
    the 2xx, which no transaction absorbs any more, goes to the UA core, which sends the ACK again.

    When bob sends:
      """
      SIP/2.0 200 OK
      Via: ${invite-via}
      To: ${invite-to};tag=b200
      From: ${invite-from}
      Call-ID: ${invite-call-id}
      CSeq: ${invite-cseq}
      Contact: <sip:bob-target@${local}>
      Content-Type: application/sdp
      Content-Length: ${len}

      v=0
      o=bob 2890844527 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 3456 RTP/AVP 0
      a=rtpmap:0 PCMU/8000
      """
    Then bob receives an ACK request within 2 s
    And its start line equals "ACK sip:bob-target@${local} SIP/2.0"
    And its parameter "branch" of header "Via" is not the same as "invite-branch"
    And its header "CSeq" equals "${invite-seq} ACK"
    And store its parameter "branch" of header "Via" as "ack-branch"
    When bob sends it again
    Then bob receives an ACK request within 2 s
    And its parameter "branch" of header "Via" is the same as "ack-branch"
