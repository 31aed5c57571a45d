@rfc3261-16.12 @proxy @udp
Feature: RFC 3261 §16.12 Summary of Proxy Route Processing
  "In the absence of local policy to the contrary, the processing a proxy performs on a request containing a Route
  header field can be summarized in the following steps. 1. The proxy will inspect the Request-URI.  If it indicates
  a resource owned by this proxy, the proxy will replace it with the results of running a location service.
  Otherwise, the proxy will not change the Request-URI. 2. The proxy will inspect the URI in the topmost Route header
  field value.  If it indicates this proxy, the proxy removes it from the Route header field (this route node has been
  reached). 3. The proxy will forward the request to the resource indicated by the URI in the topmost Route header
  field value or in the Request-URI if no Route header field is present."
  §16.12 states no requirement of its own (its rules are those of §16.4 to §16.6): these scenarios follow its
  examples with the proxy as one of their proxies.

  Scenario: The basic trapezoid: the proxy is P2, record-routes the INVITE and routes the BYE of the dialog
    §16.12.1.1: "P2 gets this.  It is responsible for domain.com so it runs a location service and rewrites the
    Request-URI.  It also adds a Record-Route header field value." "The callee at u2.domain.com gets this and responds
    with a 200 OK" "This is forwarded by P2 to P1 to U1 as normal." "P2 also notices it is not responsible for the
    resource indicated by the Request-URI (it is responsible for domain.com, not u2.domain.com), so it doesn't change
    it.  It does see itself in the first Route header field value, so it removes it and forwards the following to
    u2.domain.com based on a DNS lookup against the Request-URI"
    Alice plays P1, with U1 behind her: her INVITE carries U1's Via and P1's Record-Route; her BYE has lost P1's own
    Route value. Bob (U2) copies the Record-Route into his 200 (§12.1.1).

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Via: SIP/2.0/UDP u1.example.com;branch=z9hG4bK-u1-${tag}
      Max-Forwards: 69
      Record-Route: <sip:p1.example.com;lr>
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    And its start line equals "INVITE sip:bob@${local} SIP/2.0"
    And its header "Record-Route" has 2 values
    And its header "Record-Route" contains ", <sip:p1.example.com;lr>"
    And store its header "Record-Route" as "route-set"
    When bob answers with 200 containing:
      """
      Record-Route: ${route-set}
      Contact: sip:bob@${local}
      """
    Then alice receives a 200 response within 2 s
    And its header "Record-Route" equals "${route-set}"
    And store its header "Contact" as "bob-contact"
    And store its parameter "tag" of header "To" as "bob-tag"
    When alice sends:
      """
      BYE ${bob-contact} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 69
      Route: <sip:${sut};lr>
      To: <sip:${user}@127.0.0.1>;tag=${bob-tag}
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 BYE
      Content-Length: 0
      """
    Then bob receives a BYE request within 2 s
    And its start line equals "BYE sip:bob@${local} SIP/2.0"
    And its header "Route" is absent
    And its header "Max-Forwards" equals "68"

  Scenario: The proxy is P1: a request for a resource it does not own keeps its Request-URI
    §16.12.1.1: "P1 is not responsible for domain.com, so it looks it up in DNS and sends it there." §16.12 step 1:
    "Otherwise, the proxy will not change the Request-URI." Alice's own address (another port) is not the proxy's.

    Given the device is the proxy
    And peer alice on udp
    When alice sends:
      """
      MESSAGE sip:carol@${local} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:carol@${local}>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then alice receives a MESSAGE request within 2 s
    And its start line equals "MESSAGE sip:carol@${local} SIP/2.0"
    And its header "Via" has 2 values
    And its header "Record-Route" is absent

  Scenario: A request whose Route names the proxy and then another loose router goes to that router, Request-URI unchanged
    §16.12.1.1: "P1 notices that it is not responsible for the resource indicated in the Request-URI so it doesn't
    change it.  It does see that it is the first value in the Route header field, so it removes that value, and
    forwards the request to P2". Alice is P2, the next loose router.

    Given the device is the proxy
    And peer alice on udp
    When alice sends:
      """
      BYE sip:carol@192.0.2.99 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Route: <sip:${sut};lr>, <sip:p2@${local};lr>
      To: <sip:carol@192.0.2.99>;tag=c1
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 BYE
      Content-Length: 0
      """
    Then alice receives a BYE request within 2 s
    And its start line equals "BYE sip:carol@192.0.2.99 SIP/2.0"
    And its header "Route" equals "<sip:p2@${local};lr>"
