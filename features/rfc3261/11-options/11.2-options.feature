@rfc3261-11.2 @uas @udp
Feature: RFC 3261 §11.2 Processing of OPTIONS Request
  "The response code chosen MUST be the same that would have been chosen had the request been an INVITE. That is, a
  200 (OK) would be returned if the UAS is ready to accept a call".
  "Allow, Accept, Accept-Encoding, Accept-Language, and Supported header fields SHOULD be present in a 200 (OK)
  response to an OPTIONS request."

  @req-RFC3261-11.2-1 @req-RFC3261-11.2-2
  Scenario: A UAS ready to accept calls answers OPTIONS with 200 and its Allow and Accept
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
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Allow" contains "INVITE"
    And its header "Accept" contains "application/sdp"
