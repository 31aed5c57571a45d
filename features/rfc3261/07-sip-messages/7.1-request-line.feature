@rfc3261-7.1 @message
Feature: RFC 3261 §7.1 Requests
  "SIP requests are distinguished by having a Request-Line for a start-line. A Request-Line contains a method
  name, a Request-URI, and the protocol version separated by a single space (SP) character."
  "The Request-Line ends with CRLF. No CR or LF are allowed except in the end-of-line CRLF sequence. No linear
  whitespace (LWS) is allowed in any of the elements."

  Scenario: A well-formed Request-Line is accepted
    Given the message:
      """
      OPTIONS sip:bob@biloxi.example.com SIP/2.0
      Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9
      Max-Forwards: 70
      To: <sip:bob@biloxi.example.com>
      From: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl
      Call-ID: 3848276298220188511@atlanta.example.com
      CSeq: 63104 OPTIONS
      Content-Length: 0
      """
    When the embedded stack decodes it
    Then it is accepted
    And the start line is "OPTIONS sip:bob@biloxi.example.com SIP/2.0"
    And re-encoding it gives the same bytes

  @req-RFC3261-7.1-1
  Scenario: Two spaces between the method and the Request-URI make the request invalid
    Given the message:
      """
      OPTIONS  sip:bob@biloxi.example.com SIP/2.0
      Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9
      Max-Forwards: 70
      To: <sip:bob@biloxi.example.com>
      From: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl
      Call-ID: 3848276298220188511@atlanta.example.com
      CSeq: 63104 OPTIONS
      Content-Length: 0
      """
    When the embedded stack decodes it
    Then it is rejected with status 400

  Scenario: A space at the end of the Request-Line makes the request invalid
    Given the message:
      """
      OPTIONS sip:bob@biloxi.example.com SIP/2.0${sp}
      Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9
      Max-Forwards: 70
      To: <sip:bob@biloxi.example.com>
      From: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl
      Call-ID: 3848276298220188511@atlanta.example.com
      CSeq: 63104 OPTIONS
      Content-Length: 0
      """
    When the embedded stack decodes it
    Then it is rejected with status 400

  @uas @udp @req-RFC3261-7.1-4
  Scenario: The device's responses carry the SIP-Version SIP/2.0
    "To be compliant with this specification, applications sending SIP messages MUST include a SIP-Version of
    "SIP/2.0"."

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "options.sip"
    Then alice receives a 200 response within 2 s
    And its start line matches "SIP/2\.0 200 .*"
