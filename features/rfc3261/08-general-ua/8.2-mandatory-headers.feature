@rfc3261-8.2 @uas @udp
Feature: RFC 3261 §8.2 UAS Behavior: a request without a mandatory header field
  §8.1.1: "A valid SIP request formulated by a UAC MUST, at a minimum, contain the following header fields: To, From,
  CSeq, Call-ID, Max-Forwards, and Via; all of these header fields are mandatory in all SIP requests."

  @rfc3261-21.4.1
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
