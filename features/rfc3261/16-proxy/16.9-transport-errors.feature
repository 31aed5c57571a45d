@rfc3261-16.9 @proxy
Feature: RFC 3261 §16.9 Handling Transport Errors
  "If the transport layer notifies a proxy of an error when it tries to forward a request (see Section 18.4), the
  proxy MUST behave as if the forwarded request received a 503 (Service Unavailable) response."
  Dave registers a contact over TCP on a port where nothing listens: the connection is refused at once.

  @udp @req-RFC3261-16.9-1
  Scenario: A request that cannot be sent counts as a 503
    "If the transport layer notifies a proxy of an error when it tries to forward a request (see Section 18.4), the
    proxy MUST behave as if the forwarded request received a 503 (Service Unavailable) response."
    With no other branch, the context holds that 503 alone: the proxy answers from it (5xx) at once, not after Timer B.

    Given the device is the proxy
    And peer dave on udp
    And peer alice on udp
    When dave sends:
      """
      REGISTER sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: reg-dave-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:dave@127.0.0.1:9;transport=tcp>
      Expires: 600
      Content-Length: 0
      """
    Then dave receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then alice receives a 5xx response within 2 s

  @tcp @req-RFC3261-16.9-2
  Scenario: A transport error on one branch does not cancel the others
    "The proxy SHOULD NOT cancel any outstanding client transactions associated with this response context due to this
    notification."
    Over TCP, so that no retransmission of the INVITE reaches bob while he waits.

    Given the device is the proxy
    And peer dave on tcp
    And peer bob on tcp
    And peer alice on tcp
    When dave sends:
      """
      REGISTER sip:${sut};transport=tcp SIP/2.0
      Via: SIP/2.0/TCP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: reg-dave-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:dave@127.0.0.1:9;transport=tcp>
      Expires: 600
      Content-Length: 0
      """
    Then dave receives a 200 response within 2 s
    When bob sends the template "proxy/register-bob-tcp.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob-tcp.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    And bob receives nothing within 500 ms
    When bob answers the INVITE with 200
    Then alice receives a 200 response within 2 s
