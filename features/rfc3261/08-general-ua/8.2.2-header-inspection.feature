@rfc3261-8.2.2 @uas @udp
Feature: RFC 3261 §8.2.2 Header Inspection
  The UAS checks the Request-URI scheme and the Require header field before it processes a request.

  @rfc3261-8.2.2.1 @req-RFC3261-8.2.2.1-4
  Scenario: A Request-URI scheme the UAS does not support gets 416
    "If the Request-URI uses a scheme not supported by the UAS, it SHOULD reject the request with a 416 (Unsupported
    URI Scheme) response."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS nobodyKnowsThisScheme:totallyopaquecontent SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 416 response within 2 s

  @rfc3261-8.2.2.3 @req-RFC3261-8.2.2.3-1 @req-RFC3261-8.2.2.3-2
  Scenario: An option tag in Require that the UAS does not understand gets 420 with Unsupported
    "If a UAS does not understand an option-tag listed in a Require header field, it MUST respond by generating a
    response with status code 420 (Bad Extension). The UAS MUST add an Unsupported header field, and list in it those
    options it does not understand amongst those in the Require header field of the request."

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
      Require: nothingKnowsThisExtension
      Content-Length: 0
      """
    Then alice receives a 420 response within 2 s
    And its header "Unsupported" equals "nothingKnowsThisExtension"
