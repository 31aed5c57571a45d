@rfc3261-16.4 @proxy @udp
Feature: RFC 3261 §16.4 Route Information Preprocessing

  @req-RFC3261-16.4-6 @req-RFC3261-16.6-49
  Scenario: A Route value naming the proxy is removed and the request follows the next one
    "If the first value in the Route header field indicates this proxy, the proxy MUST remove that value from the
    request."
    §16.6 step 7: "Otherwise, the proxy MUST apply the procedures to the first value in the Route header field, if
    present, else the Request-URI."
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
    And its start line equals "BYE sip:carol@192.0.2.99 SIP/2.0"
    And its header "Route" equals "<sip:${local};lr>"
    And its header "Max-Forwards" contains "69"

  @req-RFC3261-16.4-1 @req-RFC3261-16.4-2 @req-RFC3261-16.4-3
  Scenario: A request from a strict router gets its Request-URI back from the last Route value
    "The proxy MUST inspect the Request-URI of the request.  If the Request-URI of the request contains a value this
    proxy previously placed into a Record-Route header field
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
    And its start line equals "BYE sip:alice@${local} SIP/2.0"
    And its header "Max-Forwards" contains "69"
    And its header "Route" is absent

  @req-RFC3261-16.4-5
  Scenario: A maddr naming the proxy is stripped from the Request-URI
    "If the Request-URI has a maddr parameter with a value the proxy is responsible for, and the request was received
    using the port and transport indicated (explicitly or by default) in the Request-URI, the proxy MUST strip the
    maddr and any non-default port or transport parameter and continue processing as if those values had not been
    present in the request."
    The Request-URI names the proxy's port and its address as maddr: stripped, it is the registered user's address of
    record, whose contact is bob. Kept, §16.5 would make it the only target (a request to the proxy itself).

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1:${sut.port};maddr=127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then bob receives a MESSAGE request within 2 s
    And its start line equals "MESSAGE sip:${user}@${local} SIP/2.0"
