@rfc3261-22.2 @uac @tcp
Feature: RFC 3261 §22.2 and §22.3: the device answers a challenge with credentials
  The device is the UAC with the Digest user alice (password secret); bob, a tester peer on TCP, challenges its
  request, and checks the credentials of the request sent again against his challenge (realm, nonce, opaque,
  algorithm, qop, uri and the response the password gives).

  Background:
    Given the device is the embedded uac with users "alice:secret"
    And peer bob on tcp

  @rfc3261-8.1.3.5 @req-RFC3261-8.1.3.5-1 @req-RFC3261-8.1.3.5-6 @rfc3261-22.4 @req-RFC3261-22.4-3
  Scenario: After a 401 the device sends the INVITE again with Authorization answering the challenge
    §8.1.3.5: "If a 401 (Unauthorized) or 407 (Proxy Authentication Required) response is received, the UAC SHOULD
    follow the authorization procedures of Section 22.2 and Section 22.3 to retry the request with credentials."
    "This new request constitutes a new transaction and SHOULD have the same value of the Call-ID, To, and From of the
    previous request, but the CSeq should contain a new sequence number that is one higher than the previous."
    §22.4: "For SIP, the 'uri' MUST be enclosed in quotation marks."

    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And store its header "Call-ID" as "call"
    And store its header "From" as "from"
    And store its header "To" as "to"
    And store its header "CSeq" as "cseq"
    And store its parameter "branch" of header "Via" as "first-branch"
    When bob answers with 401 and the headers:
      """
      WWW-Authenticate: Digest realm="biloxi.example.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41", qop="auth", algorithm=MD5
      """
    Then bob receives an ACK request within 2 s
    And bob receives an INVITE request within 2 s
    And its credentials answer bob's challenge with the password "secret"
    And its header "Authorization" matches "Digest .*uri=\"[^\"]+\".*"
    And its header "Call-ID" is the same as "call"
    And its header "From" is the same as "from"
    And its header "To" is the same as "to"
    And its CSeq number is the one of "cseq" plus 1
    And its parameter "branch" of header "Via" is not the same as "first-branch"

  @rfc3261-8.1.3.5 @req-RFC3261-8.1.3.5-1 @rfc3261-21.4.8 @req-RFC3261-21.4.8-1
  Scenario: After a 407 the device sends the request again with Proxy-Authorization answering the proxy's challenge
    §21.4.8: "This code is similar to 401 (Unauthorized), but indicates that the client MUST first authenticate itself
    with the proxy."
    §8.1.3.5: "If a 401 (Unauthorized) or 407 (Proxy Authentication Required) response is received, the UAC SHOULD
    follow the authorization procedures of Section 22.2 and Section 22.3 to retry the request with credentials."

    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    When bob answers with 407 and the headers:
      """
      Proxy-Authenticate: Digest realm="atlanta.example.com", nonce="f84f1cec41e6cbe5aea9c8e88d359", qop="auth", algorithm=MD5
      """
    Then bob receives an OPTIONS request within 2 s
    And its credentials answer bob's challenge with the password "secret"
    And its header "Authorization" is absent
