@rfc3261-16.6 @proxy @udp
Feature: RFC 3261 §16.6 step 6: a local policy's route set
  "A proxy MAY have a local policy that mandates that a request visit a specific set of proxies before being delivered
  to the destination.  A proxy MUST ensure that all such proxies are loose routers.  Generally, this can only be known
  with certainty if the proxies are within the same administrative domain.  This set of proxies is represented by a set
  of URIs (each of which contains the lr parameter)."
  The proxy is configured with a route set of one proxy, edge, a tester peer declared before the device
  (proxy.route=<sip:${peer.edge};lr>: ${peer.edge} is its host:port). An external proxy runs these scenarios only if its
  profile declares that option as written.

  @req-RFC3261-16.6-37
  Scenario: A request without Route gets one, with the route set, and goes to its first proxy
    "If the Route header field is absent, it MUST be added, containing that list of URIs."

    Given peer edge on udp
    And the device is the proxy with "proxy.route=<sip:${peer.edge};lr>"
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
      Content-Length: 0
      """
    Then edge receives a MESSAGE request within 2 s
    And its start line equals "MESSAGE sip:${user}@${peer.bob} SIP/2.0"
    And its header "Route" equals "<sip:${peer.edge};lr>"
    And bob receives nothing within 300 ms

  @req-RFC3261-16.6-36
  Scenario: The route set is pushed ahead of the Route values the request has
    "This set MUST be pushed into the Route header field of the copy ahead of any existing values, if present."
    Alice's request has two Route values: the proxy's own, which it removes (§16.4), and next.example.com's.

    Given peer edge on udp
    And the device is the proxy with "proxy.route=<sip:${peer.edge};lr>"
    And peer alice on udp
    When alice sends:
      """
      MESSAGE sip:carol@example.com SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Route: <sip:${sut};lr>, <sip:next.example.com;lr>
      To: <sip:carol@example.com>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then edge receives a MESSAGE request within 2 s
    And its start line equals "MESSAGE sip:carol@example.com SIP/2.0"
    And its header "Route" equals "<sip:${peer.edge};lr>, <sip:next.example.com;lr>"

  @req-RFC3261-16.6-38
  Scenario: A request with Route is not sent as it is to a proxy of the policy not known to be a loose router
    "If the proxy has a local policy that mandates that the request visit one specific proxy, an alternative to pushing
    a Route value into the Route header field is to bypass the forwarding logic of item 10 below, and instead just send
    the request to the address, port, and transport for that specific proxy.  If the request has a Route header field,
    this alternative MUST NOT be used unless it is known that next hop proxy is a loose router."
    The policy's proxy is configured without lr (proxy.route=<sip:${peer.edge}>): it is not known to be a loose router.
    Sent as it is, the request would reach edge with carol's Request-URI; pushed as the route set is, edge is a strict
    router, for which the copy is reformatted: "The proxy MUST then place the first Route header field value into the
    Request-URI and remove that value from the Route header field."

    Given peer edge on udp
    And the device is the proxy with "proxy.route=<sip:${peer.edge}>"
    And peer alice on udp
    When alice sends:
      """
      MESSAGE sip:carol@example.com SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Route: <sip:${sut};lr>, <sip:next.example.com;lr>
      To: <sip:carol@example.com>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then edge receives a MESSAGE request within 2 s
    And its start line equals "MESSAGE sip:${peer.edge} SIP/2.0"
    And its header "Route" equals "<sip:next.example.com;lr>, <sip:carol@example.com>"
