@rfc3261-16.3 @proxy @udp
Feature: RFC 3261 §16.3 Request Validation
  "Before an element can proxy a request, it MUST verify the message's validity."
  "If any of these checks fail, the element MUST behave as a user agent server (see Section 8.2) and respond with an
  error code."

  @req-RFC3261-16.3-1 @req-RFC3261-16.3-2 @req-RFC3261-16.3-9 @req-RFC3261-16.3-11
  Scenario: A request with Max-Forwards 0 gets 483 and is not forwarded
    "If the request contains a Max-Forwards header field with a field value of zero (0), the element MUST NOT forward
    the request. If the request was for OPTIONS, the element MAY act as the final recipient and respond per Section 11.
    Otherwise, the element MUST return a 483 (Too many hops) response."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 0
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 483 response within 2 s
    And bob receives nothing within 500 ms

  @req-RFC3261-16.3-1 @req-RFC3261-16.3-2 @req-RFC3261-16.3-15 @req-RFC3261-16.3-16
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

  @req-RFC3261-16.3-8
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

  Scenario: A request that comes back to the proxy unchanged has looped and gets 482 or 483
    "If the request contains a Via header field with a sent-by value that equals a value placed into previous requests
    by the proxy, the request has been forwarded by this element before. The request has either looped or is
    legitimately spiraling through the element. To determine if the request has looped, the element MAY perform the
    branch parameter calculation described in Step 8 of Section 16.6 on this message and compare it to the parameter
    received in that Via header field. If the parameters match, the request has looped. If they differ, the request is
    spiraling, and processing continues. If a loop is detected, the element MAY return a 482 (Loop Detected) response."
    The user's only contact is the proxy itself: the INVITE spirals once (its Request-URI changes), then comes back
    unchanged. Loop detection is optional (MAY): a proxy that does not detect the loop forwards the INVITE to itself
    until its Max-Forwards is 0, and then "the element MUST return a 483 (Too many hops) response" (§16.3 step 3).
    Either way alice gets one of the two, and bob nothing.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends:
      """
      REGISTER sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: reg-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:${user}@${sut}>
      Expires: 600
      Content-Length: 0
      """
    Then bob receives a 200 response within 2 s
    When alice sends the template "invite-user.sip"
    Then alice receives a 4xx response within 5 s
    And its start line matches "SIP/2\.0 48[23] .*"
    And bob receives nothing within 500 ms

  @udp @tcp @req-RFC3261-16.3-3
  Scenario: Two copies of a request that reach the proxy by two paths are both forwarded
    "Notice that a proxy is not required to detect merged requests and MUST NOT treat merged requests as an error
    condition."
    The two MESSAGEs have the same From tag, Call-ID and CSeq and different branches (§8.2.2.2), as when a request
    forked upstream comes back by two routes: a proxy that answered the second with 482 would treat it as an error.
    Bob is registered over TCP, where the proxy does not retransmit: each MESSAGE bob gets is a copy of one of alice's.

    Given the device is the proxy
    And peer bob on tcp
    And peer alice on udp
    When bob sends the template "register-user-tcp.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then bob receives a MESSAGE request within 2 s
    When bob answers with 200
    Then alice receives a 200 response within 2 s
    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 69
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then bob receives a MESSAGE request within 2 s
    And its header "Max-Forwards" equals "68"
    When bob answers with 200
    Then alice receives a 200 response within 2 s

  @req-RFC3261-16.3-4
  Scenario: A request without Call-ID is not forwarded and gets 400
    "The request MUST be well-formed enough to be handled with a server transaction."
    §8.1.1: "A valid SIP request formulated by a UAC MUST, at a minimum, contain the following header fields: To,
    From, CSeq, Call-ID, Max-Forwards, and Via; all of these header fields are mandatory in all SIP requests."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then alice receives a 400 response within 2 s
    And bob receives nothing within 500 ms

  @req-RFC3261-16.3-5
  Scenario: A request whose Max-Forwards is not a number is not forwarded and gets 400
    "Any components involved in the remainder of these Request Validation steps or the Request Forwarding section MUST
    be well-formed."
    Max-Forwards is read by step 3 of §16.3 and decremented by step 3 of §16.6; §20.22: "Max-Forwards  =
    "Max-Forwards" HCOLON 1*DIGIT".

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: plenty
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then alice receives a 400 response within 2 s
    And bob receives nothing within 500 ms

  @req-RFC3261-16.3-6
  Scenario: A malformed header field the proxy does not use is forwarded unchanged
    "Any other components, well-formed or not, SHOULD be ignored and remain unchanged when the message is forwarded.
    For instance, an element would not reject a request because of a malformed Date header field."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Date: the day after tomorrow
      Content-Length: 0
      """
    Then bob receives a MESSAGE request within 2 s
    And its header "Date" equals "the day after tomorrow"
