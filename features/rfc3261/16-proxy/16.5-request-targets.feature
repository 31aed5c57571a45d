@rfc3261-16.5 @proxy @udp
Feature: RFC 3261 §16.5 Determining Request Targets
  "When accessing the location service constructed by a registrar, the Request-URI MUST first be canonicalized as
  described in Section 10.3 before being used as an index. The output of these mechanisms is used to construct the
  target set."

  Scenario: A request to a registered user goes to its registered contact
    "The Request-URI in the copy's start line MUST be replaced with the URI for this target."

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
      MESSAGE sip:bob@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Type: text/plain
      Content-Length: ${len}

      Hello bob
      """
    Then bob receives a MESSAGE request within 2 s
    And its header "To" contains "<sip:bob@127.0.0.1>"

  Scenario: A request to a user of the proxy's domain with no binding gets 480
    "If the target set remains empty after applying all of the above, the proxy MUST return an error response, which
    SHOULD be the 480 (Temporarily Unavailable) response."

    Given the device is the proxy
    And peer alice on udp
    When alice sends:
      """
      MESSAGE sip:nobody@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:nobody@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then alice receives a 480 response within 2 s
