@rfc3261-22.2 @uac @tcp
Feature: RFC 3261 §22.2 and §22.3: the device answers a challenge with credentials
  The device is the UAC with the Digest user alice (password secret); bob, a tester peer on TCP, challenges its
  request, and checks the credentials of the request sent again against his challenge (realm, nonce, opaque,
  algorithm, qop, uri and the response the password gives).

  Background:
    Given the device is the embedded uac with users "alice:secret"
    And peer bob on tcp

  @rfc3261-8.1.3.5 @req-RFC3261-8.1.3.5-1 @req-RFC3261-8.1.3.5-6 @rfc3261-22.4 @req-RFC3261-22.4-3 @req-RFC3261-22.4-7 @req-RFC3261-22.2-3 @req-RFC3261-22.2-8
  Scenario: After a 401 the device sends the INVITE again with Authorization answering the challenge
    §8.1.3.5: "If a 401 (Unauthorized) or 407 (Proxy Authentication Required) response is received, the UAC SHOULD
    follow the authorization procedures of Section 22.2 and Section 22.3 to retry the request with credentials."
    "This new request constitutes a new transaction and SHOULD have the same value of the Call-ID, To, and From of the
    previous request, but the CSeq should contain a new sequence number that is one higher than the previous."
    §22.4: "For SIP, the 'uri' MUST be enclosed in quotation marks." "If a client receives a "qop" parameter in a
    challenge header field, it MUST send the "qop" parameter in any resulting authorization header field."
    §22.2: "When the originating UAC receives the 401 (Unauthorized), it SHOULD, if it is able, re-originate the
    request with the proper credentials." "When a UAC resubmits a request with its credentials after receiving a 401
    (Unauthorized) or 407 (Proxy Authentication Required) response, it MUST increment the CSeq header field value as it
    would normally when sending an updated request."

    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And store its header "Call-ID" as "call"
    And store its header "From" as "from"
    And store its header "To" as "to"
    And store its header "CSeq" as "cseq"
    And store its parameter "branch" of header "Via" as "first-branch"
    When bob answers with 401 containing:
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
    And its CSeq number is "cseq" plus 1
    And its parameter "branch" of header "Via" is not the same as "first-branch"

  @rfc3261-8.1.3.5 @req-RFC3261-8.1.3.5-1 @rfc3261-21.4.8 @req-RFC3261-21.4.8-1 @rfc3261-22.3 @req-RFC3261-22.3-5 @req-RFC3261-22.2-8 @req-RFC3261-22.4-7
  Scenario: After a 407 the device sends the request again with Proxy-Authorization answering the proxy's challenge
    §21.4.8: "This code is similar to 401 (Unauthorized), but indicates that the client MUST first authenticate itself
    with the proxy."
    §8.1.3.5: "If a 401 (Unauthorized) or 407 (Proxy Authentication Required) response is received, the UAC SHOULD
    follow the authorization procedures of Section 22.2 and Section 22.3 to retry the request with credentials."
    §22.3: "When the originating UAC receives the 407 (Proxy Authentication Required) it SHOULD, if it is able,
    re-originate the request with the proper credentials."
    §22.2: "When a UAC resubmits a request with its credentials after receiving a 401 (Unauthorized) or 407 (Proxy
    Authentication Required) response, it MUST increment the CSeq header field value as it would normally when sending
    an updated request."
    §22.4: "If a client receives a "qop" parameter in a challenge header field, it MUST send the "qop" parameter in any
    resulting authorization header field."

    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And store its header "CSeq" as "cseq"
    When bob answers with 407 containing:
      """
      Proxy-Authenticate: Digest realm="atlanta.example.com", nonce="f84f1cec41e6cbe5aea9c8e88d359", qop="auth", algorithm=MD5
      """
    Then bob receives an OPTIONS request within 2 s
    And its credentials answer bob's challenge with the password "secret"
    And its CSeq number is "cseq" plus 1
    And its header "Authorization" is absent

  @rfc3261-22.4 @req-RFC3261-22.4-5
  Scenario: A challenge without qop is answered without qop, cnonce and nc
    §22.4: "RFC 2617 notes that a cnonce value MUST NOT be sent in an Authorization (and by extension
    Proxy-Authorization) header field if no qop directive has been sent."

    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    When bob answers with 401 containing:
      """
      WWW-Authenticate: Digest realm="biloxi.example.com", nonce="a7c3e9b2f1d04e6b8c5a", algorithm=MD5
      """
    Then bob receives an OPTIONS request within 2 s
    And its credentials answer bob's challenge with the password "secret"
    And its header "Authorization" matches "(?i)(?!.*cnonce).*"

  @rfc3261-22.1 @req-RFC3261-22.1-13
  Scenario: Credentials rejected with a new challenge (not stale) are not sent again
    §22.1: "A UAC MUST NOT re-attempt requests with the credentials that have just been rejected (though the request may
    be retried if the nonce was stale)."

    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    When bob answers with 401 containing:
      """
      WWW-Authenticate: Digest realm="biloxi.example.com", nonce="b1d2f3a4c5e6", qop="auth", algorithm=MD5
      """
    Then bob receives an ACK request within 2 s
    And bob receives an INVITE request within 2 s
    And its header "Authorization" is present
    When bob answers with 401 containing:
      """
      WWW-Authenticate: Digest realm="biloxi.example.com", nonce="c9e8d7b6a5f4", qop="auth", algorithm=MD5
      """
    Then bob receives an ACK request within 2 s
    And bob receives nothing within 500 ms

  @rfc3261-22.3 @req-RFC3261-22.3-9
  Scenario: Proxy credentials of one call are not sent in the INVITE of the next
    §22.3: "These credentials MUST NOT be cached across dialogs; however, if a UA is configured with the realm of its
    local outbound proxy, when one exists, then the UA MAY cache credentials for that realm across dialogs."
    (The device has no outbound proxy here.)

    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    When bob answers with 407 containing:
      """
      Proxy-Authenticate: Digest realm="atlanta.example.com", nonce="d4e5f6a7b8c9", qop="auth", algorithm=MD5
      """
    Then bob receives an ACK request within 2 s
    And bob receives an INVITE request within 2 s
    And its header "Proxy-Authorization" is present
    When bob answers with 486
    Then bob receives an ACK request within 2 s
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And its header "Proxy-Authorization" is absent

  @rfc3261-22.3 @req-RFC3261-22.3-16
  Scenario: Credentials for two proxies' challenges are told apart by their realms
    §22.3: "When multiple proxies are used in a chain, a Proxy-Authorization header field value MUST NOT be consumed by
    any proxy whose realm does not match the "realm" parameter specified in that value." "As noted above, multiple
    credentials in a request SHOULD be differentiated by the "realm" parameter."

    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    When bob answers with 407 containing:
      """
      Proxy-Authenticate: Digest realm="atlanta.example.com", nonce="e1f2a3b4c5d6", qop="auth", algorithm=MD5
      Proxy-Authenticate: Digest realm="biloxi.example.com", nonce="f6e5d4c3b2a1", qop="auth", algorithm=MD5
      """
    Then bob receives an OPTIONS request within 2 s
    And its credentials answer bob's challenge with the password "secret"
    And its header "Proxy-Authorization" has 2 values
    And its header "Proxy-Authorization" matches "(?i)Digest .*realm=\"atlanta\.example\.com\".*, Digest .*realm=\"biloxi\.example\.com\".*|Digest .*realm=\"biloxi\.example\.com\".*, Digest .*realm=\"atlanta\.example\.com\".*"

  @rfc3261-22.3 @req-RFC3261-22.3-18
  Scenario: Two challenges of one realm are answered with the same user's credentials
    §22.3: "When it retries a request, a UAC MAY therefore supply multiple credentials in Authorization or
    Proxy-Authorization header fields with the same "realm" parameter value. The same credentials SHOULD be used for the
    same realm." Every credential the device sends must answer a challenge with alice's password, as alice.

    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    When bob answers with 407 containing:
      """
      Proxy-Authenticate: Digest realm="atlanta.example.com", nonce="0a1b2c3d4e5f", qop="auth", algorithm=MD5
      Proxy-Authenticate: Digest realm="atlanta.example.com", nonce="5f4e3d2c1b0a", qop="auth", algorithm=MD5
      """
    Then bob receives an OPTIONS request within 2 s
    And its credentials answer bob's challenge with the password "secret"
    And its header "Proxy-Authorization" matches "(?i)(?:(?:^|,\s*)Digest\s(?:(?!Digest\s).)*?username=\"alice\"(?:(?!Digest\s).)*)+"

  @rfc3261-22.3 @req-RFC3261-22.3-7
  Scenario: The credentials of the re-originated INVITE are sent again in the ACK of its 200
    §22.3: "The UAC SHOULD also cache the credentials used in the re-originated request."
    §13.2.2.4: "The ACK MUST contain the same credentials as the INVITE." A device that kept no copy of them would send
    the ACK without.

    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    When bob answers with 407 containing:
      """
      Proxy-Authenticate: Digest realm="atlanta.example.com", nonce="9a8b7c6d5e4f", qop="auth", algorithm=MD5
      """
    Then bob receives an ACK request within 2 s
    And bob receives an INVITE request within 2 s
    And store its header "Proxy-Authorization" as "credentials"
    When bob answers with 200 containing:
      """
      Contact: <sip:bob@${local};transport=tcp>
      """
    Then bob receives an ACK request within 2 s
    And its header "Proxy-Authorization" is the same as "credentials"

  @req-RFC3261-22.2-4
  Scenario: The credentials that answered bob's 401 go with the device's next request to bob
    "Once authentication credentials have been supplied (either directly by the user, or discovered in an internal
    keyring), UAs SHOULD cache the credentials for a given value of the To header field and "realm" and attempt to
    re-use these values on the next request for that destination."
    The next OPTIONS goes to the same To; its credentials answer bob's challenge (the same realm and nonce, the nonce
    count one higher).

    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    When bob answers with 401 containing:
      """
      WWW-Authenticate: Digest realm="biloxi.example.com", nonce="a1b2c3d4e5f6", qop="auth", algorithm=MD5
      """
    Then bob receives an OPTIONS request within 2 s
    And its credentials answer bob's challenge with the password "secret"
    When bob answers with 200
    And the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And its credentials answer bob's challenge with the password "secret"
