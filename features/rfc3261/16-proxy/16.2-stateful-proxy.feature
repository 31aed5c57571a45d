@rfc3261-16.2 @proxy @udp
Feature: RFC 3261 §16.2 Stateful Proxy
  "When stateful, a proxy is purely a SIP transaction processing engine."

  Background:
    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s

  @req-RFC3261-16.2-1
  Scenario: The proxy sends 100 (Trying) for an INVITE its target has not answered
    "The proxy core MUST behave as a UAS with respect to sending an immediate provisional on that server transaction
    (such as 100 Trying) as described in Section 8.2.6."
    §17.2.1: "The server transaction MUST generate a 100 (Trying) response unless it knows that the TU will generate a
    provisional or final response within 200 ms". Bob does not answer.

    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    And alice receives a 100 response within 2 s
    And its header "Call-ID" equals "${call-id}"
    And its header "CSeq" equals "1 INVITE"

  @req-RFC3261-16.2-1
  Scenario: The 100 (Trying) of the proxy carries the INVITE's Timestamp
    "The proxy core MUST behave as a UAS with respect to sending an immediate provisional on that server transaction
    (such as 100 Trying) as described in Section 8.2.6."
    §8.2.6.1: "When a 100 (Trying) response is generated, any Timestamp header field present in the request MUST be
    copied into this 100 (Trying) response."

    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Timestamp: 54
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    And alice receives a 100 response within 2 s
    And its header "Timestamp" matches "54( [0-9.]+)?"

  @req-RFC3261-16.2-2
  Scenario: The proxy sends no 100 (Trying) for a non-INVITE request
    "Thus, a stateful proxy SHOULD NOT generate 100 (Trying) responses to non-INVITE requests."
    Bob does not answer the MESSAGE: alice hears nothing until the proxy's Timer F.

    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Type: text/plain
      Content-Length: ${len}

      Hello
      """
    Then bob receives a MESSAGE request within 2 s
    And alice receives nothing within 1 s

  @req-RFC3261-16.2-3 @req-RFC3261-16.3-7
  Scenario: A request with an unknown method and an unknown header field is proxied and its response relayed
    "For all new requests, including any with unknown methods, an element intending to proxy the request MUST: 1.
    Validate the request (Section 16.3) 2. Preprocess routing information (Section 16.4) 3. Determine target(s) for the
    request (Section 16.5) 4. Forward the request to each target (Section 16.6) 5. Process all responses (Section
    16.7)"
    §16.3: "An element MUST NOT refuse to proxy a request because it contains a method or header field it does not
    know about."

    When alice sends:
      """
      FROBNICATE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 FROBNICATE
      X-Frobnication-Level: 11
      Content-Length: 0
      """
    Then bob receives a FROBNICATE request within 2 s
    And its start line equals "FROBNICATE sip:${user}@${local} SIP/2.0"
    And its header "X-Frobnication-Level" equals "11"
    And its header "Max-Forwards" equals "69"
    When bob answers with 200
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "1 FROBNICATE"
