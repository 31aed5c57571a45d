@rfc3261-22 @uas @udp
Feature: RFC 3261 §22.1, §22.2 and §22.4: how the device challenges
  The device is a UAS that knows the Digest user alice (password secret) and demands credentials of the requests it
  receives (§22.2); alice is a tester peer.

  Background:
    Given the device is the embedded uas with users "alice:secret"
    And peer alice on udp

  @rfc3261-22.2 @req-RFC3261-22.2-2 @rfc3261-22.4 @req-RFC3261-22.4-6 @rfc3261-22.1 @req-RFC3261-22.1-2 @req-RFC3261-22-3 @req-RFC3261-22.4-2
  Scenario: A request without credentials gets a 401 with Digest challenges, each with qop, and no Basic challenge
    §22.2: "The WWW-Authenticate response-header field MUST be included in 401 (Unauthorized) response messages."
    §22.4: "However, servers MUST always send a "qop" parameter in WWW-Authenticate and Proxy-Authenticate header field
    values."
    §22.1: "Operators of user agents or proxy servers that will authenticate received requests MUST adhere to the
    following guidelines for creation of a realm string for their server:" "It is RECOMMENDED that a realm string
    contain a hostname or domain name" (the device's host, here).
    §22: "Servers MUST NOT accept credentials using the "Basic" authorization scheme, and servers also MUST NOT
    challenge with "Basic"." §22.4: "Note, however, that SIP servers MUST NOT accept or request Basic authentication."

    When alice sends the template "invite.sip"
    Then alice receives a 401 response within 2 s
    And its header "WWW-Authenticate" is present
    And its header "WWW-Authenticate" matches "(?i)Digest (?!.*,\s*Basic\b).*"
    And its header "WWW-Authenticate" matches "(?i)(?:(?:^|,\s*)Digest\s(?:(?!Digest\s).)*?qop=(?:(?!Digest\s).)*)+"
    And its parameter "qop" of header "WWW-Authenticate" is present
    And its parameter "realm" of header "WWW-Authenticate" contains "${sut.host}"

  @rfc3261-22 @req-RFC3261-22-3 @rfc3261-22.4 @req-RFC3261-22.4-2
  Scenario: Basic credentials are not accepted
    §22: "Servers MUST NOT accept credentials using the "Basic" authorization scheme, and servers also MUST NOT
    challenge with "Basic"."
    §22.4: "Note, however, that SIP servers MUST NOT accept or request Basic authentication."
    The Basic credentials carry alice's right password (alice:secret); the device refuses them (with a 401, or a 400
    since RFC 3261's grammar has no token68 credentials), where accepting them would be a 2xx.

    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Authorization: Basic YWxpY2U6c2VjcmV0
      Content-Length: 0
      """
    Then alice receives a 4xx response within 2 s

  @rfc3261-22.4 @req-RFC3261-22.4-1 @req-RFC3261-22.4-8
  Scenario: Credentials in the RFC 2069 form (no qop) are accepted
    §22.4: "Since RFC 2543 is based on HTTP Digest as defined in RFC 2069 [39], SIP servers supporting RFC 2617 MUST
    ensure they are backwards compatible with RFC 2069."
    "These mechanisms MUST be used by a server to determine if the client supports the new mechanisms in RFC 2617 that
    were not specified in RFC 2069." (No qop in the credentials: the RFC 2069 digest is checked.)

    When alice sends the template "options.sip"
    Then alice receives a 401 response within 2 s
    When alice answers the challenge as "alice" with password "secret" in the RFC 2069 form
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "2 OPTIONS"

  @rfc3261-22.1 @req-RFC3261-22.1-8 @req-RFC3261-22.1-9
  Scenario: The ACK of the authenticated INVITE's 200 is not challenged, and ends the 200's retransmissions
    §22.1: "For this reason, any credentials in the INVITE that were accepted by a server MUST be accepted by that server
    for the ACK." "Servers MUST NOT attempt to challenge an ACK."
    A challenged ACK would leave the 200 unacknowledged: the device would keep sending it (§13.3.1.4).

    When alice sends the template "invite.sip"
    Then alice receives a 401 response within 2 s
    When alice acknowledges it
    And alice answers the challenge as "alice" with password "secret"
    Then alice receives a 200 response within 2 s
    When alice acknowledges it
    Then alice receives a 180 response within 1 s
    And alice receives nothing within 1 s

  @rfc3261-22.1 @req-RFC3261-22.1-10
  Scenario: A CANCEL without credentials is not challenged
    §22.1: "Although the CANCEL method does take a response (a 2xx), servers MUST NOT attempt to challenge CANCEL
    requests since these requests cannot be resubmitted."
    It cancels nothing, so the device answers 481 (§9.2), not 401.

    When alice sends:
      """
      CANCEL sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 CANCEL
      Content-Length: 0
      """
    Then alice receives a 481 response within 2 s
