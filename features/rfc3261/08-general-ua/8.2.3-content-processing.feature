@rfc3261-8.2.3 @uas @udp
Feature: RFC 3261 §8.2.3 Content Processing
  "If there are any bodies whose type (indicated by the Content-Type), language (indicated by the Content-Language) or
  encoding (indicated by the Content-Encoding) are not understood, and that body part is not optional (as indicated
  by the Content-Disposition header field), the UAS MUST reject the request with a 415 (Unsupported Media Type)
  response."

  @rfc3261-21.4.13 @rfc3261-20.11 @req-RFC3261-8.2.3-1 @req-RFC3261-8.2.3-2 @req-RFC3261-21.4.13-1 @req-RFC3261-20.11-2
  Scenario: A body of a type the device does not understand gets 415 with Accept
    "The response MUST contain an Accept header field listing the types of all bodies it understands, in the event the
    request contained bodies of types not supported by the UAS." §21.4.13: "The server MUST return a list of
    acceptable formats using the Accept, Accept-Encoding, or Accept-Language header field, depending on the specific
    problem with the content." §20.11: "If the handling parameter is missing, the value "required" SHOULD be assumed."
    (the Content-Disposition has no handling parameter, so the body is not optional)

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Type: application/x-nothing-knows-this
      Content-Disposition: session
      Content-Length: ${len}

      opaque session description
      """
    Then alice receives a 415 response within 2 s
    And its header "Accept" contains "application/sdp"

  @rfc3261-21.4.13 @rfc3261-20.12 @req-RFC3261-8.2.3-1 @req-RFC3261-8.2.3-3 @req-RFC3261-21.4.13-1 @req-RFC3261-20.12-1
  Scenario: A body in an encoding the device does not understand gets 415 with Accept-Encoding
    "If the request contained content encodings not understood by the UAS, the response MUST contain an
    Accept-Encoding header field listing the encodings understood by the UAS." §20.12: "When present, its value
    indicates what additional content codings have been applied to the entity-body, and thus what decoding mechanisms
    MUST be applied in order to obtain the media-type referenced by the Content-Type header field." (the device cannot
    decode it, so it must not take the body for SDP)

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Type: application/sdp
      Content-Encoding: x-nothing-knows-this
      Content-Length: ${len}

      v=0
      o=alice 2890844526 2890844526 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49170 RTP/AVP 0
      """
    Then alice receives a 415 response within 2 s
    And its header "Accept-Encoding" is present
    And its header "Accept-Encoding" matches "(?!.*x-nothing-knows-this).*"

  @rfc3261-21.4.13 @req-RFC3261-8.2.3-1 @req-RFC3261-8.2.3-4 @req-RFC3261-21.4.13-1
  Scenario: A body in a language the device does not understand gets 415 with Accept-Language
    "If the request contained content with languages not understood by the UAS, the response MUST contain an
    Accept-Language header field indicating the languages understood by the UAS."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Type: application/sdp
      Content-Language: x-klingon
      Content-Length: ${len}

      v=0
      o=alice 2890844526 2890844526 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49170 RTP/AVP 0
      """
    Then alice receives a 415 response within 2 s
    And its header "Accept-Language" is present
    And its header "Accept-Language" matches "(?!.*x-klingon).*"

  @rfc3261-20.11
  Scenario: An optional body the device does not understand does not make it reject the request
    "and that body part is not optional (as indicated by the Content-Disposition header field)": with handling=optional
    the INVITE is answered as if it had no offer.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Type: application/x-nothing-knows-this
      Content-Disposition: render;handling=optional
      Content-Length: ${len}

      opaque
      """
    Then alice receives a 2xx response within 2 s
