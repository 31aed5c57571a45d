@rfc3261-8.2 @uas @udp
Feature: RFC 3261 §8.2 UAS Behavior: a request without a mandatory header field
  §8.1.1: "A valid SIP request formulated by a UAC MUST, at a minimum, contain the following header fields: To, From,
  CSeq, Call-ID, Max-Forwards, and Via; all of these header fields are mandatory in all SIP requests."

  @rfc3261-21.4.1 @req-RFC3261-21.4.1-1
  Scenario: A request without Call-ID gets 400 whose reason phrase names the missing header field
    §21.4.1: "The request could not be understood due to malformed syntax. The Reason-Phrase SHOULD identify the syntax
    problem in more detail, for example, "Missing Call-ID header field"."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 400 response within 2 s
    And its start line contains "Call-ID"

  @rfc3261-8.2.6.2 @req-RFC3261-8.2.6.2-6
  Scenario: The response to a request without a To tag has a To tag
    "However, if the To header field in the request did not contain a tag, the URI in the To header field in the
    response MUST equal the URI in the To header field; additionally, the UAS MUST add a tag to the To header field in
    the response (with the exception of the 100 (Trying) response, in which a tag MAY be present)."

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "options.sip"
    Then alice receives a 200 response within 2 s
    And its parameter "tag" of header "To" is present

  @rfc3261-8.2.6.2 @req-RFC3261-8.2.6.2-4
  Scenario: The Via header field values of the response are those of the request, in the same order
    "The Via header field values in the response MUST equal the Via header field values in the request and MUST
    maintain the same ordering."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=z9hG4bK-first-via
      Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-second-via
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Via" equals "SIP/2.0/UDP ${local};branch=z9hG4bK-first-via, SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-second-via"

  @rfc3261-8.2.6.2 @req-RFC3261-8.2.6.2-3
  Scenario: The CSeq of the response is the CSeq of the request
    "The CSeq header field of the response MUST equal the CSeq field of the request."

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
      CSeq: 4711 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "4711 OPTIONS"

  @rfc3261-9.2 @req-RFC3261-9.2-1
  Scenario: A CANCEL that matches no transaction gets 481
    "If the UAS did not find a matching transaction for the CANCEL according to the procedure above, it SHOULD respond
    to the CANCEL with a 481 (Call Leg/Transaction Does Not Exist)."

    Given the device is the uas
    And peer alice on udp
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

  @rfc3261-12.2.2 @req-RFC3261-12.2.2-2
  Scenario: A request with a To tag that matches no dialog gets 481
    "If the UAS wishes to reject the request because it does not wish to recreate the dialog, it MUST respond to the
    request with a 481 (Call/Transaction Does Not Exist) status code and pass that to the server transaction."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>;tag=no-such-dialog
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 481 response within 2 s

  @rfc3261-15.1.2 @req-RFC3261-15.1.2-1
  Scenario: A BYE that matches no dialog gets 481
    "If the BYE does not match an existing dialog, the UAS core SHOULD generate a 481 (Call/Transaction Does Not Exist)
    response and pass that to the server transaction."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      BYE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>;tag=no-such-dialog
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 BYE
      Content-Length: 0
      """
    Then alice receives a 481 response within 2 s
