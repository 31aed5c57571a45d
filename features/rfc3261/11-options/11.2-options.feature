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
    And its header "Accept-Encoding" is present
    And its header "Accept-Language" is present
    And its header "Supported" is present

  @req-RFC3261-11.2-7 @rfc3261-20.1 @req-RFC3261-20.1-1
  Scenario: The 200 to an OPTIONS without Accept describes the media capabilities in SDP
    "A message body MAY be sent, the type of which is determined by the Accept header field in the OPTIONS request
    (application/sdp is the default if the Accept header field is not present). If the types include one that can
    describe media capabilities, the UAS SHOULD include a body in the response for that purpose." §20.1: "if no Accept
    header field is present, the server SHOULD assume a default value of application/sdp."

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
    And its header "Content-Type" equals "application/sdp"
    And its body contains "m=audio"
