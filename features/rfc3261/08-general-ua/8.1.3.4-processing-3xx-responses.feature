@rfc3261-8.1.3.4 @uac @tcp
Feature: RFC 3261 §8.1.3.4 Processing 3xx Responses
  The device is the UAC: it sends an INVITE to bob, who redirects it to carol (and dave), tester peers on TCP.
  ${peer.carol} is carol's host:port.

  Background:
    Given the device is the uac
    And peer bob on tcp
    And peer carol on tcp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And store its parameter "branch" of header "Via" as "first-branch"
    And store its header "From" as "first-from"
    And store its header "Call-ID" as "first-call"
    And store its header "CSeq" as "first-cseq"

  @req-RFC3261-8.1.3.4-1 @req-RFC3261-8.1.3.4-12 @req-RFC3261-8.1.3.4-13 @rfc3261-21.3.3 @req-RFC3261-21.3.3-1
  Scenario: After a 302 the device sends the INVITE to the Contact, in a new transaction, with the same header fields and body
    §8.1.3.4: "Upon receipt of a redirection response (for example, a 301 response status code), clients SHOULD use the
    URI(s) in the Contact header field to formulate one or more new requests based on the redirected request."
    "Finally, once the new request has been constructed, it is sent using a new client transaction, and therefore MUST
    have a new branch ID in the top Via field as discussed in Section 8.1.1.7."
    "In all other respects, requests sent upon receipt of a redirect response SHOULD re-use the header fields and bodies
    of the original request."
    §21.3.3: "The requesting client SHOULD retry the request at the new address(es) given by the Contact header field
    (Section 20.10)."

    When bob answers with 302 containing:
      """
      Contact: <sip:carol@${peer.carol};transport=tcp>
      """
    Then bob receives an ACK request within 2 s
    And carol receives an INVITE request within 2 s
    And its start line equals "INVITE sip:carol@${local};transport=tcp SIP/2.0"
    And its parameter "branch" of header "Via" is not the same as "first-branch"
    And its header "From" is the same as "first-from"
    And its header "Call-ID" is the same as "first-call"
    And its header "Content-Type" equals "application/sdp"
    And its body contains "m=audio"

  @rfc3261-21.3.2 @req-RFC3261-21.3.2-1
  Scenario: After a 301 the device sends the INVITE to the new address
    §21.3.2: "The user can no longer be found at the address in the Request-URI, and the requesting client SHOULD retry
    at the new address given by the Contact header field (Section 20.10)."

    When bob answers with 301 containing:
      """
      Contact: <sip:carol@${peer.carol};transport=tcp>
      """
    Then carol receives an INVITE request within 2 s
    And its start line equals "INVITE sip:carol@${local};transport=tcp SIP/2.0"

  @req-RFC3261-8.1.3.4-8
  Scenario: The new Request-URI is the whole Contact URI but its method parameter and headers
    "In order to create a request based on a contact address in a 3xx response, a UAC MUST copy the entire URI from the
    target set into the Request-URI, except for the "method-param" and "header" URI parameters (see Section 19.1.1 for
    a definition of these parameters)."

    When bob answers with 302 containing:
      """
      Contact: <sip:carol@${peer.carol};transport=tcp;x-room=blue;method=INVITE?Subject=moved>
      """
    Then carol receives an INVITE request within 2 s
    And its start line equals "INVITE sip:carol@${local};transport=tcp;x-room=blue SIP/2.0"

  @req-RFC3261-8.1.3.4-2
  Scenario: A Contact listed twice is tried once
    "As with proxy recursion, a client processing 3xx class responses MUST NOT add any given URI to the target set more
    than once."
    Carol refuses; the second copy of her URI must not bring the INVITE back to her.

    When bob answers with 302 containing:
      """
      Contact: <sip:carol@${peer.carol};transport=tcp>, <sip:carol@${peer.carol};transport=tcp>
      """
    Then carol receives an INVITE request within 2 s
    When carol answers with 486
    Then carol receives an ACK request within 2 s
    And carol receives nothing within 500 ms

  @req-RFC3261-8.1.3.4-6 @req-RFC3261-8.1.3.4-7
  Scenario: When the first contact fails, the device tries the next one
    "Failures SHOULD be detected through failure response codes (codes greater than 399); for network errors the client
    transaction will report any transport layer failures to the transaction user."
    "When a failure for a particular contact address is received, the client SHOULD try the next contact address."
    Carol's 180 is no failure: dave is tried only after her 486.

    Given peer dave on tcp
    When bob answers with 302 containing:
      """
      Contact: <sip:carol@${peer.carol};transport=tcp>;q=0.9, <sip:dave@${peer.dave};transport=tcp>;q=0.5
      """
    Then carol receives an INVITE request within 2 s
    When carol answers with 180
    Then dave receives nothing within 300 ms
    When carol answers with 486
    Then dave receives an INVITE request within 2 s
    And its start line equals "INVITE sip:dave@${local};transport=tcp SIP/2.0"

  @rfc3261-21.3.3 @req-RFC3261-21.3.3-3
  Scenario: A Contact of a 302 without an expiration time is not used for the next call
    §21.3.3: "If there is no explicit expiration time, the address is only valid once for recursing, and MUST NOT be
    cached for future transactions."

    When bob answers with 302 containing:
      """
      Contact: <sip:carol@${peer.carol};transport=tcp>
      """
    Then carol receives an INVITE request within 2 s
    When carol answers with 486
    Then carol receives an ACK request within 2 s
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And its header "Call-ID" is not the same as "first-call"
    And carol receives nothing within 300 ms

  @rfc3261-21.3.4 @req-RFC3261-21.3.4-1
  Scenario: After a 305 the device sends the same request through the proxy the Contact gives
    §21.3.4: "The requested resource MUST be accessed through the proxy given by the Contact field. The Contact field
    gives the URI of the proxy. The recipient is expected to repeat this single request via the proxy."

    When bob answers with 305 containing:
      """
      Contact: <sip:${peer.carol};transport=tcp>
      """
    Then carol receives an INVITE request within 2 s
    And its start line matches "INVITE sip:bob@[^ ]+ SIP/2.0"
    And its header "Call-ID" is the same as "first-call"

  @rfc3261-21.5.4 @req-RFC3261-21.5.4-2
  Scenario: A 503 without Retry-After is a failure like a 500: the device tries the next contact
    §21.5.4: "The server MAY indicate when the client should retry the request in a Retry-After header field. If no
    Retry-After is given, the client MUST act as if it had received a 500 (Server Internal Error) response."
    §8.1.3.4: "When a failure for a particular contact address is received, the client SHOULD try the next contact
    address." Carol's 503 has no Retry-After: the device must not wait to try her again, but go on to dave.

    Given peer dave on tcp
    When bob answers with 302 containing:
      """
      Contact: <sip:carol@${peer.carol};transport=tcp>;q=0.9, <sip:dave@${peer.dave};transport=tcp>;q=0.5
      """
    Then carol receives an INVITE request within 2 s
    When carol answers with 503
    Then carol receives an ACK request within 2 s
    And dave receives an INVITE request within 2 s
    And carol receives nothing within 300 ms
