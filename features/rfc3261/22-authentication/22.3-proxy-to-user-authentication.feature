@rfc3261-22.3 @proxy @udp
Feature: RFC 3261 §22.3 Proxy-to-User Authentication
  "Similarly, when a UAC sends a request to a proxy server, the proxy server MAY authenticate the originator before the
  request is processed."
  Users register through the proxy with the template register-user.sip.

  Background:
    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s

  @req-RFC3261-22.3-3 @req-RFC3261-22.3-11
  Scenario: Credentials for another proxy's realm are forwarded as they came
    "Proxies MUST NOT add values to the Proxy-Authorization header field."
    "When multiple proxies are used in a chain, a Proxy-Authorization header field value MUST NOT be consumed by any
    proxy whose realm does not match the "realm" parameter specified in that value."
    The realm is that of a proxy further on, not this one's.

    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Proxy-Authorization: Digest username="alice", realm="downstream.example.com", nonce="dcd98b7102dd2f0e", uri="sip:${user}@127.0.0.1", response="6629fae49393a05397450978507c4ef1"
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    And its header "Proxy-Authorization" equals "Digest username=\"alice\", realm=\"downstream.example.com\", nonce=\"dcd98b7102dd2f0e\", uri=\"sip:${user}@127.0.0.1\", response=\"6629fae49393a05397450978507c4ef1\""

  @req-RFC3261-22.3-3
  Scenario: A request without credentials is forwarded without Proxy-Authorization
    "Proxies MUST NOT add values to the Proxy-Authorization header field."

    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    And its header "Proxy-Authorization" is absent

  @req-RFC3261-22.3-4
  Scenario: A 407 from further on is forwarded to the UAC with its challenge
    "All 407 (Proxy Authentication Required) responses MUST be forwarded upstream toward the UAC following the
    procedures for any other response."
    Bob plays a proxy further on that challenges the INVITE.

    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    And store its header "Via" as "via"
    And store its header "From" as "from"
    And store its header "To" as "to"
    When bob sends:
      """
      SIP/2.0 407 Proxy Authentication Required
      Via: ${via}
      To: ${to};tag=b407
      From: ${from}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Proxy-Authenticate: Digest realm="downstream.example.com", nonce="a1b2c3d4e5", qop="auth", algorithm=MD5
      Content-Length: 0
      """
    Then alice receives a 407 response within 2 s
    And its header "Proxy-Authenticate" contains "realm=\"downstream.example.com\""
    And its header "Proxy-Authenticate" contains "nonce=\"a1b2c3d4e5\""

  @req-RFC3261-22.3-14
  Scenario: The challenges of two forks are merged into the one 407 sent to the UAC
    "Each WWW-Authenticate and Proxy-Authenticate value received in responses to the forked request MUST be placed
    into the single response that is sent by the forking proxy to the UA; the ordering of these header field values
    is not significant."
    The user has two contacts, bob and bob2: bob challenges for one realm (407), bob2 for another (401).

    Given peer bob2 on udp
    When bob2 sends the template "register-user.sip"
    Then bob2 receives a 200 response within 2 s
    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    And store its header "Via" as "via"
    And store its header "From" as "from"
    And store its header "To" as "to"
    When bob sends:
      """
      SIP/2.0 407 Proxy Authentication Required
      Via: ${via}
      To: ${to};tag=b407
      From: ${from}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Proxy-Authenticate: Digest realm="one.example.com", nonce="11111111", qop="auth", algorithm=MD5
      Content-Length: 0
      """
    Then bob2 receives an INVITE request within 2 s
    And store its header "Via" as "via2"
    When bob2 sends:
      """
      SIP/2.0 401 Unauthorized
      Via: ${via2}
      To: ${to};tag=b401
      From: ${from}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      WWW-Authenticate: Digest realm="two.example.com", nonce="22222222", qop="auth", algorithm=MD5
      Content-Length: 0
      """
    Then alice receives a 4xx response within 2 s
    And its start line matches "SIP/2\.0 40[17] .*"
    And its header "Proxy-Authenticate" contains "realm=\"one.example.com\""
    And its header "WWW-Authenticate" contains "realm=\"two.example.com\""
