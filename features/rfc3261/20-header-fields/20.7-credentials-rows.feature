@rfc3261-20.7 @uac @udp
Feature: RFC 3261 §20.7 and §20.28: credentials, one row each
  §20.7 Authorization: "Although not a comma-separated list, this header field name may be present multiple times,
  and MUST NOT be combined into a single header line using the usual rules described in Section 7.3." §20.28
  Proxy-Authorization says the same. The device, a UA with the credentials of "alice", is challenged in two realms at
  once: it answers each challenge with its own row.

  Background:
    Given the device is the embedded uas with users "alice:secret"
    And peer bob on udp
    And the device sends an OPTIONS to bob
    And bob receives an OPTIONS request within 2 s
    And store its header "Via" as "via"
    And store its header "From" as "from"
    And store its header "To" as "to"
    And store its header "Call-ID" as "call"
    And store its header "CSeq" as "cseq"

  @req-RFC3261-20.7-1
  Scenario: Two WWW-Authenticate challenges are answered with two Authorization rows
    When bob sends:
      """
      SIP/2.0 401 Unauthorized
      Via: ${via}
      From: ${from}
      To: ${to};tag=${tag}
      Call-ID: ${call}
      CSeq: ${cseq}
      WWW-Authenticate: Digest realm="one.example", nonce="bm9uY2Utb25l", algorithm=MD5, qop="auth"
      WWW-Authenticate: Digest realm="two.example", nonce="bm9uY2UtdHdv", algorithm=MD5, qop="auth"
      Content-Length: 0
      """
    Then bob receives a new OPTIONS request within 2 s
    And its header "Authorization" has 2 values
    And its parameter "realm" of header "Authorization" matches "one\.example|two\.example"

  @rfc3261-20.28 @req-RFC3261-20.28-1
  Scenario: Two Proxy-Authenticate challenges are answered with two Proxy-Authorization rows
    When bob sends:
      """
      SIP/2.0 407 Proxy Authentication Required
      Via: ${via}
      From: ${from}
      To: ${to};tag=${tag}
      Call-ID: ${call}
      CSeq: ${cseq}
      Proxy-Authenticate: Digest realm="one.example", nonce="bm9uY2Utb25l", algorithm=MD5, qop="auth"
      Proxy-Authenticate: Digest realm="two.example", nonce="bm9uY2UtdHdv", algorithm=MD5, qop="auth"
      Content-Length: 0
      """
    Then bob receives a new OPTIONS request within 2 s
    And its header "Proxy-Authorization" has 2 values
    And its parameter "realm" of header "Proxy-Authorization" matches "one\.example|two\.example"
