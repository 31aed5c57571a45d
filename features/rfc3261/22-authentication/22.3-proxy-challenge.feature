@rfc3261-22.3 @proxy @udp
Feature: RFC 3261 §22.3 Proxy-to-User Authentication: a proxy that requires credentials
  "Similarly, when a UAC sends a request to a proxy server, the proxy server MAY authenticate the originator before the
  request is processed."
  The embedded proxy is set up to require credentials, with the users alice and bob (password secret): an external
  proxy is skipped (whether it authenticates, and whom, is its configuration). Its co-located registrar challenges
  REGISTER with 401 (§22.2); the proxy challenges alice's INVITE to bob.

  Background:
    Given the device is the embedded proxy with users "alice:secret,bob:secret"
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
    Then bob receives a 401 response within 2 s
    When bob answers the challenge as "bob" with password "secret"
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

  @req-RFC3261-22.1-1 @req-RFC3261-22.3-2 @req-RFC3261-22.3-13 @req-RFC3261-16.3-17
  Scenario: A proxy that requires credentials challenges with 407 and a Proxy-Authenticate of its realm
    "If an element requires credentials before forwarding a request, the request MUST be inspected as described in
    Section 22.3."
    "registrars and redirect servers MAY make use of 401 (Unauthorized) responses for authentication, but proxies MUST
    NOT, and instead MAY use the 407 (Proxy Authentication Required) response."
    "The proxy MUST populate the 407 (Proxy Authentication Required) message with a Proxy-Authenticate header field
    value applicable to the proxy for the requested resource."
    "proxy servers SHOULD use an authentication scheme that supports realms in the Proxy-Authorization header field."

    Then alice receives a 407 response within 2 s
    And its header "Proxy-Authenticate" matches "Digest .*realm=\"[^\"]+\".*"
    And its header "WWW-Authenticate" is absent
    And bob receives nothing within 500 ms

  @req-RFC3261-16.3-17
  Scenario: The request with valid credentials is forwarded
    "If an element requires credentials before forwarding a request, the request MUST be inspected as described in
    Section 22.3."

    Then alice receives a 407 response within 2 s
    When alice acknowledges it
    And alice answers the challenge as "alice" with password "secret"
    Then bob receives an INVITE request within 2 s
    And its start line equals "INVITE sip:bob@${local} SIP/2.0"
    And its header "CSeq" equals "2 INVITE"

  @req-RFC3261-16.3-17
  Scenario: The request with a wrong password is challenged again, not forwarded
    "If an element requires credentials before forwarding a request, the request MUST be inspected as described in
    Section 22.3."

    Then alice receives a 407 response within 2 s
    When alice acknowledges it
    And alice answers the challenge as "alice" with password "guess"
    Then alice receives a 407 response within 2 s
    And its header "CSeq" equals "2 INVITE"
    And bob receives nothing within 500 ms
