@rfc3261-8.2.1 @uas @udp
Feature: RFC 3261 §8.2.1 Method Inspection
  "If the UAS recognizes but does not support the method of a request, it MUST generate a 405 (Method Not Allowed)
  response." "The UAS MUST also add an Allow header field to the 405 (Method Not Allowed) response. The Allow header
  field MUST list the set of methods supported by the UAS generating the message."

  @req-RFC3261-8.2.1-2 @req-RFC3261-8.2.1-3
  Scenario: A method the UAS recognizes but does not support gets 405 with Allow
    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      MESSAGE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Type: text/plain
      Content-Length: ${len}

      hello
      """
    Then alice receives a 405 response within 2 s
    And its header "Allow" contains "INVITE"
