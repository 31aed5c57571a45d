@rfc3261-10.3 @registrar @udp
Feature: RFC 3261 §10.3 Processing REGISTER Requests

  @req-RFC3261-10.3-32 @req-RFC3261-10.3-33
  Scenario: A registration is added and the 200 lists it with its expiry
    "The registrar returns a 200 (OK) response. The response MUST contain Contact header field values enumerating all
    current bindings. Each Contact value MUST feature an "expires" parameter indicating its expiration interval chosen
    by the registrar."

    Given the device is the embedded registrar
    And peer alice on udp
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:alice@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" contains "<sip:alice@"
    And its header "Contact" contains ";expires=3600"

  @req-RFC3261-10.3-25 @req-RFC3261-10.3-26
  Scenario: An expiry shorter than the registrar's minimum gets 423 with Min-Expires
    "If and only if the requested expiration interval is greater than zero AND smaller than one hour AND less than a
    registrar-configured minimum, the registrar MAY reject the registration with a response of 423 (Interval Too
    Brief). This response MUST contain a Min-Expires header field that states the minimum expiration interval the
    registrar is willing to honor."

    Given the device is the embedded registrar
    And peer alice on udp
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:alice@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 10
      Content-Length: 0
      """
    Then alice receives a 423 response within 2 s
    And its header "Min-Expires" contains "60"
