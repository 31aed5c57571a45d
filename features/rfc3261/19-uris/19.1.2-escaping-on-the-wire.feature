@rfc3261-19.1.2 @registrar @udp
Feature: RFC 3261 §19.1.2 Character Escaping Requirements, on the wire
  A registrar writes the Contact values of its 200 (OK) itself (§10.3): a URI with escaped characters must come back
  escaped the same way.

  @req-RFC3261-19.1.2-1 @req-RFC3261-19.1.2-2 @req-RFC3261-19.1.2-3 @req-RFC3261-19.1.2-4
  @req-RFC3261-19.1.2-5
  Scenario: A registrar lists a Contact with escaped characters still escaped
    "Excluded US-ASCII characters (RFC 2396 [5]), such as space and control characters and characters used as URI
    delimiters, also MUST be escaped. URIs MUST NOT contain unescaped space and control characters."
    "For each component, the set of valid BNF expansions defines exactly which characters may appear unescaped. All
    other characters MUST be escaped."
    "Expanding the hname and hvalue tokens in Section 25 show that all URI reserved characters in header field names
    and values MUST be escaped."
    "Any characters occurring in a telephone-subscriber that do not appear in an expansion of the BNF for the user
    rule MUST be escaped."
    The registrar writes the bindings of the 200 itself: each URI keeps its escapes (a space, an @ in the user, a &
    and a space in a header value, a # in a telephone-subscriber).

    Given the device is the registrar
    And peer alice on udp
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:j%40s0n%20smith@${local}?Subject=project%20x%26y>
      Contact: <sip:+1-212-555-1212;postd=pp22%23@${local};user=phone>
      Expires: 3600
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" contains "<sip:j%40s0n%20smith@${local}?Subject=project%20x%26y>"
    And its header "Contact" contains "<sip:+1-212-555-1212;postd=pp22%23@${local};user=phone>"
