@rfc3261-16.3 @proxy @udp
Feature: RFC 3261 §16.3 Request Validation
  "Before an element can proxy a request, it MUST verify the message's validity."
  "If any of these checks fail, the element MUST behave as a user agent server (see Section 8.2) and respond with an
  error code."

  Scenario: A request with Max-Forwards 0 gets 483 and is not forwarded
    "If the request contains a Max-Forwards header field with a field value of zero (0), the element MUST NOT forward
    the request. If the request was for OPTIONS, the element MAY act as the final recipient and respond per Section 11.
    Otherwise, the element MUST return a 483 (Too many hops) response."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends:
      """
      REGISTER sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@127.0.0.1>
      From: <sip:bob@127.0.0.1>;tag=${tag}
      Call-ID: reg-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:bob@${local}>
      Expires: 600
      Content-Length: 0
      """
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      INVITE sip:bob@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 0
      To: <sip:bob@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 483 response within 2 s
    And bob receives nothing within 500 ms

  Scenario: An option-tag in Proxy-Require that the proxy does not understand gets 420 with Unsupported
    "If the request contains a Proxy-Require header field (Section 20.29) with one or more option-tags this element does
    not understand, the element MUST return a 420 (Bad Extension) response. The response MUST include an Unsupported
    (Section 20.40) header field listing those option-tags the element did not understand."

    Given the device is the proxy
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:carol@192.0.2.99 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:carol@192.0.2.99>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Proxy-Require: com.example.teleport
      Content-Length: 0
      """
    Then alice receives a 420 response within 2 s
    And its header "Unsupported" contains "com.example.teleport"

  Scenario: A Request-URI scheme the proxy cannot route gets 416
    "If the Request-URI has a URI whose scheme is not understood by the proxy, the proxy SHOULD reject the request with a
    416 (Unsupported URI Scheme) response."

    Given the device is the proxy
    And peer alice on udp
    When alice sends:
      """
      OPTIONS mailto:carol@example.com SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:carol@example.com>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 416 response within 2 s

  Scenario: A request that comes back to the proxy unchanged has looped and gets 482
    "If the request contains a Via header field with a sent-by value that equals a value placed into previous requests
    by the proxy, the request has been forwarded by this element before. The request has either looped or is
    legitimately spiraling through the element. To determine if the request has looped, the element MAY perform the
    branch parameter calculation described in Step 8 of Section 16.6 on this message and compare it to the parameter
    received in that Via header field. If the parameters match, the request has looped. If they differ, the request is
    spiraling, and processing continues. If a loop is detected, the element MAY return a 482 (Loop Detected) response."
    Bob's only contact is the proxy itself: the INVITE spirals once (its Request-URI changes), then comes back unchanged.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends:
      """
      REGISTER sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@127.0.0.1>
      From: <sip:bob@127.0.0.1>;tag=${tag}
      Call-ID: reg-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:bob@${sut}>
      Expires: 600
      Content-Length: 0
      """
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      INVITE sip:bob@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 482 response within 2 s
