@rfc3261-20.10 @uas @tcp
Feature: RFC 3261 §20.10 Contact: a URI with parameters stays in angle brackets
  §20: "The Contact, From, and To header fields contain a URI. If the URI contains a comma, question mark or
  semicolon, the URI MUST be enclosed in angle brackets (< and >). Any URI parameters are contained within these
  brackets. If the URI is not enclosed in angle brackets, any semicolon-delimited parameters are header-parameters,
  not URI parameters."

  @rfc3261-20 @req-RFC3261-20.10-1 @req-RFC3261-20-11
  Scenario: The Contact of the device's 2xx is in name-addr form when its URI has parameters
    §20.10: "Even if the "display-name" is empty, the "name-addr" form MUST be used if the "addr-spec" contains a
    comma, semicolon, or question mark." The check: the Contact is either enclosed in angle brackets or has no
    comma, semicolon or question mark at all (reached over TCP, the embedded device's Contact has ";transport=tcp").

    Given the device is the uas
    And peer alice on tcp
    When alice sends:
      """
      INVITE sip:bob@${sut};transport=tcp SIP/2.0
      Via: SIP/2.0/TCP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local};transport=tcp>
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" matches "(\"[^\"]*\" *|[^<\"]*)<[^>]*>.*|[^;,?<>]*"
