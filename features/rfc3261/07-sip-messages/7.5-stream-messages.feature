@rfc3261-7.5 @uas @tcp
Feature: RFC 3261 §7 SIP Messages over a stream transport
  "Implementations processing SIP messages over stream-oriented transports MUST ignore any CRLF appearing before the
  start-line [H4.1]." "Note that the empty line MUST be present even if the message-body is not."

  @rfc3261-7 @rfc3261-20.14 @req-RFC3261-7-2 @req-RFC3261-20.14-2
  Scenario: Over TCP the device's response has its empty line and a Content-Length
    "Note that the empty line MUST be present even if the message-body is not." §20.14: "If a stream-based protocol
    (such as TCP) is used as transport, the header field MUST be used." Over a stream, a response without its empty
    line or without Content-Length cannot be framed, so it never arrives as a message.

    Given the device is the uas
    And peer alice on tcp
    When alice sends:
      """
      OPTIONS sip:bob@${sut};transport=tcp SIP/2.0
      Via: SIP/2.0/TCP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Content-Length" matches "[0-9]+"

  @req-RFC3261-7.5-1
  Scenario: CRLFs before the start line of a request on TCP are ignored
    "Implementations processing SIP messages over stream-oriented transports MUST ignore any CRLF appearing before the
    start-line [H4.1]." Three CRLFs come first; the request after them is answered, and so is the next one on the
    same connection (the CRLFs did not shift the framing).

    Given the device is the uas
    And peer alice on tcp
    When alice sends:
      """
      ${crlf}${crlf}${crlf}OPTIONS sip:bob@${sut};transport=tcp SIP/2.0
      Via: SIP/2.0/TCP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "1 OPTIONS"
    When alice sends:
      """
      OPTIONS sip:bob@${sut};transport=tcp SIP/2.0
      Via: SIP/2.0/TCP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "2 OPTIONS"
