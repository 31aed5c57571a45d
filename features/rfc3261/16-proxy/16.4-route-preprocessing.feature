@rfc3261-16.4 @proxy @udp
Feature: RFC 3261 §16.4 Route Information Preprocessing

  Scenario: A Route value naming the proxy is removed and the request follows the next one
    "If the first value in the Route header field indicates this proxy, the proxy MUST remove that value from the
    request."
    Alice is the next loose router: she gets the request only if the proxy took its own value off the Route.

    Given the device is the proxy
    And peer alice on udp
    When alice sends:
      """
      BYE sip:carol@192.0.2.99 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Route: <sip:${sut};lr>, <sip:${local};lr>
      To: <sip:carol@192.0.2.99>;tag=c1
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 BYE
      Content-Length: 0
      """
    Then alice receives a BYE request within 2 s
    And its header "Route" contains ";lr>"
    And its header "Max-Forwards" contains "69"

  Scenario: A request from a strict router gets its Request-URI back from the last Route value
    "If the Request-URI of the request contains a value this proxy previously placed into a Record-Route header field
    (see Section 16.6 item 4), the proxy MUST replace the Request-URI in the request with the last value from the Route
    header field, and remove that value from the Route header field. The proxy MUST then proceed as if it received this
    modified request."
    The Request-URI is the proxy's Record-Route URI, and the last Route value is alice: she gets the request.

    Given the device is the proxy
    And peer alice on udp
    When alice sends:
      """
      BYE sip:${sut};lr SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Route: <sip:alice@${local}>
      To: <sip:carol@192.0.2.99>;tag=c1
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 BYE
      Content-Length: 0
      """
    Then alice receives a BYE request within 2 s
    And its header "Max-Forwards" contains "69"
    And its header "Route" is absent
