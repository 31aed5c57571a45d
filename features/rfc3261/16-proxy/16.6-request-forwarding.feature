@rfc3261-16.6 @proxy @udp
Feature: RFC 3261 §16.6 Request Forwarding
  "For each target, the proxy forwards the request following these steps: 1. Make a copy of the received request 2.
  Update the Request-URI 3. Update the Max-Forwards header field 4. Optionally add a Record-route header field value 5.
  Optionally add additional header fields 6. Postprocess routing information 7. Determine the next-hop address, port,
  and transport 8. Add a Via header field value 9. Add a Content-Length header field if necessary 10. Forward the new
  request 11. Set timer C"

  Background:
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

  Scenario: Max-Forwards is decremented by one
    "If the copy contains a Max-Forwards header field, the proxy MUST decrement its value by one (1)."

    When alice sends:
      """
      INVITE sip:bob@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 42
      To: <sip:bob@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    And its header "Max-Forwards" contains "41"

  Scenario: The proxy inserts its Via before the received ones
    "The proxy MUST insert a Via header field value into the copy before the existing Via header field values."
    Alice's Via has no rport parameter; the proxy's has one, so the first Via bob sees is the proxy's.

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
    Then bob receives an INVITE request within 2 s
    And its header "Via" contains ";rport"
    And its header "Via" contains "branch=z9hG4bK"
    And its header "Via" has 2 values

  Scenario: A record-routing proxy inserts a loose-routing Record-Route into an INVITE
    "If this proxy wishes to remain on the path of future requests in a dialog created by this request (assuming the
    request creates a dialog), it MUST insert a Record-Route header field value into the copy before any existing
    Record-Route header field values, even if a Route header field is already present."
    "The URI placed in the Record-Route header field value MUST be a SIP or SIPS URI. This URI MUST contain an lr
    parameter (see Section 19.1.1)."

    When alice sends:
      """
      INVITE sip:bob@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Record-Route: <sip:p0.example.com;lr>
      To: <sip:bob@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    And its header "Record-Route" contains "<sip:127.0.0.1:"
    And its header "Record-Route" contains ";lr>"

  Scenario: The first Route value is a strict router: the request is reformatted for it
    "If the copy contains a Route header field, the proxy MUST inspect the URI in its first value. If that URI does not
    contain an lr parameter, the proxy MUST modify the copy as follows: - The proxy MUST place the Request-URI into the
    Route header field as the last value. - The proxy MUST then place the first Route header field value into the
    Request-URI and remove that value from the Route header field."
    Alice is the strict router: she gets the request only if the proxy sends it to the Request-URI it made of her Route.

    When alice sends:
      """
      BYE sip:carol@192.0.2.99 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Route: <sip:${sut};lr>, <sip:${local}>
      To: <sip:carol@192.0.2.99>;tag=c1
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 BYE
      Content-Length: 0
      """
    Then alice receives a BYE request within 2 s
    And its header "Route" contains "<sip:carol@192.0.2.99>"
