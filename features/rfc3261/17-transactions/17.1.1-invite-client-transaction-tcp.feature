@rfc3261-17.1.1 @uac @tcp
Feature: RFC 3261 §17.1.1 INVITE Client Transaction over TCP
  The device is the UAC and sends its INVITE to bob over TCP, a reliable transport: no retransmissions, and the
  responses come back on the connection of the request (§18.2.2) or on a new connection to the device's sent-by.

  Background:
    Given the device is the uac
    And peer bob on tcp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And store its header "CSeq" as "invite-cseq"
    And store the part of its header "CSeq" matching "(\d+) INVITE" as "invite-seq"
    And store its header "Via" as "invite-via"
    And store its header "From" as "invite-from"
    And store its header "To" as "invite-to"
    And store its header "Call-ID" as "invite-call-id"

  @isolated @req-RFC3261-17.1.1.2-4
  Scenario: Over TCP the INVITE is not retransmitted
    "If a reliable transport is being used, the client transaction SHOULD NOT start timer A (Timer A controls request
    retransmissions)."
    Over UDP the INVITE would come again T1, 3*T1, 7*T1 and 15*T1 after the first one.

    Then bob receives nothing within 20*T1

  @rfc3261-18.3 @req-RFC3261-18.3-4 @req-RFC3261-17.1.1.2-19 @req-RFC3261-17.1.1.2-20 @req-RFC3261-18.1.1-8
  Scenario: A 486 on the INVITE's connection is acknowledged over TCP
    "The Content-Length header field MUST be used with stream oriented transports."
    "The client transaction MUST pass the received response up to the TU, and the client transaction MUST generate an
    ACK request, even if the transport is reliable (guidelines for constructing the ACK from the response are given
    in Section 17.1.1.3) and then pass the ACK to the transport layer for transmission. The ACK MUST be sent to the
    same address, port, and transport to which the original request was sent."
    "Therefore, the client transport MUST be prepared to receive the response on the same connection used to send the
    request."
    The tester frames the INVITE with its Content-Length: the body it read is the SDP, whole.

    Given its header "Content-Length" is present
    And its header "Via" contains "SIP/2.0/TCP "
    And its body contains "m=audio"
    When bob answers with 486
    Then bob receives an ACK request within 2 s
    And its start line equals "ACK sip:bob@${local};transport=tcp SIP/2.0"
    And its header "CSeq" equals "${invite-seq} ACK"
    And its header "Content-Length" is present

  @req-RFC3261-18.1.1-9
  Scenario: A 486 on a new connection to the device's sent-by is acknowledged
    "To handle this case, the transport layer MUST also be prepared to receive an incoming connection on the source IP
    address from which the request was sent and port number in the "sent-by" field."
    bob opens a connection of its own to the address of the device's Via (its listening port), not the one the INVITE
    came on.

    Given its header "Via" contains "SIP/2.0/TCP ${sut};"
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
    And its header "To" equals "${invite-to};tag=b486"

  @isolated @req-RFC3261-17.1.1.2-21
  Scenario: Over TCP Timer D is zero: a copy of the 486 is not acknowledged again
    "The client transaction SHOULD start timer D when it enters the "Completed" state, with a value of at least 32
    seconds for unreliable transports, and a value of zero seconds for reliable transports."
    The transaction ends with the ACK; a late copy of the 486 is a stray response that the UA core discards.

    Given bob answers with 486
    And bob receives an ACK request within 2 s
    And bob receives nothing within 4*T1
    When bob sends it again
    Then bob receives nothing within 10*T1
