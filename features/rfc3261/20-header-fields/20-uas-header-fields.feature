@rfc3261-20 @uas @udp
Feature: RFC 3261 §20 Header Fields in the device's answers
  The header fields that describe a body, the capabilities a UAS assumes of a client that does not state them, and
  the option tags it lists.

  @rfc3261-7.4 @rfc3261-20.1 @rfc3261-20.2 @rfc3261-20.3 @rfc3261-20.11 @rfc3261-20.12 @rfc3261-20.14 @rfc3261-20.15 @req-RFC3261-7.4.1-1 @req-RFC3261-7.4.1-2 @req-RFC3261-7.4.2-1 @req-RFC3261-20.15-1 @req-RFC3261-20.14-1 @req-RFC3261-20.1-1 @req-RFC3261-20.2-1 @req-RFC3261-20.3-1 @req-RFC3261-20.11-1 @req-RFC3261-20.12-2
  Scenario: The 2xx to an INVITE without Accept header fields carries a plain SDP answer described by its header fields
    §7.4.1: "The Internet media type of the message body MUST be given by the Content-Type header field. If the body
    has undergone any encoding such as compression, then this MUST be indicated by the Content-Encoding header field;
    otherwise, Content-Encoding MUST be omitted." §7.4.2: "The "chunked" transfer encoding of HTTP/1.1 MUST NOT be
    used for SIP." §20.15: "The Content-Type header field MUST be present if the body is not empty." §20.14:
    "Applications SHOULD use this field to indicate the size of the message-body". §20.1: "if no Accept header field
    is present, the server SHOULD assume a default value of application/sdp." §20.2: "If no Accept-Encoding header
    field is present, the server SHOULD assume a default value of identity." §20.3: "If no Accept-Language header
    field is present, the server SHOULD assume all languages are acceptable to the client." §20.11: "if the
    Content-Disposition header field is missing, the server SHOULD assume bodies of Content-Type application/sdp are
    the disposition "session"" (so the offer is answered). §20.12: "If multiple encodings have been applied to an
    entity-body, the content codings MUST be listed in the order in which they were applied." (none may be applied
    here: identity only)

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 200 response within 2 s
    And its header "Content-Type" equals "application/sdp"
    And its header "Content-Encoding" is absent
    And its header "Transfer-Encoding" is absent
    And its header "Content-Length" matches "[1-9][0-9]*"
    And its body matches "(?s)v=0\r\n.*m=audio [1-9][0-9]* RTP/AVP 0.*"

  @rfc3261-20.12 @req-RFC3261-20.12-5
  Scenario: The device uses no content coding the request's Accept-Encoding does not list
    "The server MUST only use encodings listed in the Accept-Encoding header field in the request."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Accept: application/sdp
      Accept-Encoding: identity
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Content-Encoding" is absent
    And its body matches "(?s)v=0\r\n.*"

  @rfc3261-20.37 @req-RFC3261-20.37-1
  Scenario: The option tags the device lists in Supported are those of standards-track RFCs
    "A UA compliant to this specification MUST only include option tags corresponding to standards-track RFCs." The
    list below holds option tags of the IANA registry defined by standards-track RFCs.

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "options.sip"
    Then alice receives a 200 response within 2 s
    And its header "Supported" matches "(( *, *)?(100rel|199|answermode|early-session|eventlist|explicitsub|from-change|geolocation-http|geolocation-sip|gin|gruu|histinfo|ice|join|multiple-refer|norefersub|nosub|outbound|path|policy|precondition|pref|privacy|recipient-list-invite|recipient-list-message|recipient-list-subscribe|record-aware|replaces|resource-priority|sdp-anat|sec-agree|siprec|tdialog|timer|uui))*"

  @rfc3261-20.16 @req-RFC3261-20.16-1
  Scenario: A CSeq sequence number beyond 32 bits is refused
    "The sequence number MUST be expressible as a 32-bit unsigned integer." (RFC 4475 §3.1.2.4 scalar02: "An element
    receiving this request should respond with a 400 Bad Request due to the CSeq error.")

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 4294967296 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 400 response within 2 s
