@rfc3261-16.1 @proxy @udp
Feature: RFC 3261 §16.1 Overview
  "A proxy can operate in either a stateful or stateless mode for each new request."
  A user registers through the proxy with the template register-user.sip (REGISTER sip:${sut}, the user
  sip:${user}@127.0.0.1 bound to the peer that sends it).

  @req-RFC3261-16.1-2
  Scenario: A response the proxy makes itself is built as a UAS builds one
    "When responding directly to a request, the element is playing the role of a UAS and MUST behave as described in
    Section 8.2."
    §8.2.6.2: "The From field of the response MUST equal the From header field of the request.  The Call-ID header
    field of the response MUST equal the Call-ID header field of the request.  The CSeq header field of the response
    MUST equal the CSeq field of the request.  The Via header field values in the response MUST equal the Via header
    field values in the request" "the UAS MUST add a tag to the To header field in the response".

    Given the device is the proxy
    And peer alice on udp
    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 0
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 7 MESSAGE
      Content-Length: 0
      """
    Then alice receives a 483 response within 2 s
    And its parameter "tag" of header "To" is present
    And its header "To" contains "<sip:${user}@127.0.0.1>"
    And its header "From" equals "<sip:alice@127.0.0.1>;tag=${tag}"
    And its header "Call-ID" equals "${call-id}"
    And its header "CSeq" equals "7 MESSAGE"
    And its header "Via" matches "SIP/2\.0/UDP ${local};branch=z9hG4bK[^,]*"

  @req-RFC3261-16.1-4 @req-RFC3261-16.6-52 @req-RFC3261-16.6-62
  Scenario: A request forked to two contacts is forwarded statefully to each
    "Any request that is forwarded to more than one location MUST be handled statefully."
    §16.6: "For each tuple attempted, the proxy MUST format the message as appropriate for the tuple and send the
    request using a new client transaction as detailed in steps 8 through 10."
    "A stateful proxy MUST create a new client transaction for this request as described in Section 17.1".
    Alice sends the INVITE once; a stateless proxy would forward it once to each contact. The client transactions of a
    stateful one retransmit it on Timer A (§17.1.1.2) to each contact that does not answer.

    Given the device is the proxy
    And peer bob on udp
    And peer bob2 on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When bob2 sends the template "register-user.sip"
    Then bob2 receives a 200 response within 2 s
    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    And bob receives 1 retransmission of it within 3*T1
    And bob2 receives an INVITE request within 2 s
    And bob2 receives 1 retransmission of it within 3*T1

  @udp @tcp @req-RFC3261-16.1-7
  Scenario: A request from TCP forwarded over UDP is forwarded statefully
    "Requests forwarded between different types of transports where the proxy's TU must take an active role in
    ensuring reliable delivery on one of the transports MUST be forwarded transaction statefully."
    Alice sends the INVITE over TCP, where she never retransmits it (§17.1.1.2: "If an unreliable transport is being
    used, the client transaction MUST start timer A"); bob is registered over UDP: only the proxy's own client
    transaction retransmits it to him.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on tcp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    And bob receives 1 retransmission of it within 3*T1
