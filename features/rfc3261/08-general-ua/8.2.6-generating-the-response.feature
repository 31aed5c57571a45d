@rfc3261-8.2.6 @uas @udp
Feature: RFC 3261 §8.2.6 Generating the Response
  "The From field of the response MUST equal the From header field of the request. The Call-ID header field of the
  response MUST equal the Call-ID header field of the request. The CSeq header field of the response MUST equal the
  CSeq field of the request."

  @rfc3261-8.2.6.1 @req-RFC3261-8.2.6.1-1 @req-RFC3261-8.2.6.1-2
  Scenario: A non-INVITE request gets its final response at once and no provisional response
    "One largely non-method-specific guideline for the generation of responses is that UASs SHOULD NOT issue a
    provisional response for a non-INVITE request. Rather, UASs SHOULD generate a final response to a non-INVITE
    request as soon as possible." The 200 comes within T1, before the client would retransmit, and nothing else comes.

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "options.sip"
    Then alice receives a 200 response within 1 s
    And alice receives nothing within 300 ms

  @rfc3261-8.2.6.2 @rfc3261-20.20 @rfc3261-25.1 @req-RFC3261-8.2.6.2-1 @req-RFC3261-8.2.6.2-2 @req-RFC3261-20.20-2 @req-RFC3261-25.1-2
  Scenario: The From and the Call-ID of the response are those of the request
    "The From field of the response MUST equal the From header field of the request. The Call-ID header field of the
    response MUST equal the Call-ID header field of the request." §20.20: "Even if the "display-name" is empty, the
    "name-addr" form MUST be used if the "addr-spec" contains a comma, question mark, or semicolon." §25.1: "These
    special characters MUST be in a quoted string to be used within a parameter value." The From has a URI parameter
    (so its URI stays in angle brackets) and a quoted parameter value with special characters (so it stays quoted).

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local};transport=udp>;tag=${tag};x-note="a;b,c=d?"
      Call-ID: ${call-id}@tester.example
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "From" equals '<sip:alice@${local};transport=udp>;tag=${tag};x-note="a;b,c=d?"'
    And its header "Call-ID" equals "${call-id}@tester.example"

  @rfc3261-8.2.6.2 @rfc3261-20.31 @req-RFC3261-8.2.6.2-5 @req-RFC3261-20.31-3
  Scenario: The To of a response to a request with a To tag is the To of the request
    "If a request contained a To tag in the request, the To header field in the response MUST equal that of the
    request." §20.39 (To): "Even if the "display-name" is empty, the "name-addr" form MUST be used if the "addr-spec"
    contains a comma, question mark, or semicolon." The request matches no dialog: its 481 keeps the To as it was.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut};user=ip>;tag=no-such-dialog
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 481 response within 2 s
    And its header "To" equals "<sip:bob@${sut};user=ip>;tag=no-such-dialog"

  @rfc3261-8.2.6.2 @req-RFC3261-8.2.6.2-7
  Scenario: The provisional and the final response to an INVITE have the same To tag
    "The same tag MUST be used for all responses to that request, both final and provisional (again excepting the 100
    (Trying))."

    Given the device is the embedded uas answering 200 after ringing 100 ms
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 180 response within 2 s
    And store its parameter "tag" of header "To" as "ringing-tag"
    And alice receives a 200 response within 2 s
    And its parameter "tag" of header "To" is the same as "ringing-tag"

  @rfc3261-20 @req-RFC3261-20-6 @req-RFC3261-20-9
  Scenario: The response carries every mandatory response header field and no request-only one
    §20: "A mandatory response header field MUST be present in the response" (Tables 2 and 3: Call-ID, CSeq, From, To
    and Via) and "a header field labeled "not applicable" for a response means that the UAS MUST NOT place the header
    field in the response". Max-Forwards, Priority, Subject, In-Reply-To, Proxy-Require, Authorization and
    Proxy-Authorization are request header fields (where "R"): the device does not copy them into its response.

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
      Priority: urgent
      Subject: request-only header fields
      In-Reply-To: 70710@saturn.bell-tel.com
      Proxy-Require: nothingKnowsThisExtension
      Authorization: Digest username="alice", realm="elsewhere", nonce="abc", uri="sip:bob@${sut}", response="00000000000000000000000000000000"
      Proxy-Authorization: Digest username="alice", realm="elsewhere", nonce="abc", uri="sip:bob@${sut}", response="00000000000000000000000000000000"
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Call-ID" is present
    And its header "CSeq" is present
    And its header "From" is present
    And its header "To" is present
    And its header "Via" is present
    And its header "Max-Forwards" is absent
    And its header "Priority" is absent
    And its header "Subject" is absent
    And its header "In-Reply-To" is absent
    And its header "Proxy-Require" is absent
    And its header "Authorization" is absent
    And its header "Proxy-Authorization" is absent

  @rfc3261-20 @req-RFC3261-20-10
  Scenario: Extension header parameters the device does not understand are ignored
    "A UA SHOULD ignore extension header parameters that are not understood." Unknown parameters on Via, To, From,
    Contact, Content-Type and CSeq's neighbours do not stop the INVITE; the device answers it.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch};x-via-ext=1;x-flag
      Max-Forwards: 70
      To: <sip:bob@${sut}>;x-to-ext=2
      From: <sip:alice@${local}>;tag=${tag};x-from-ext="three"
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>;x-contact-ext=4;+sip.unknown="<x>"
      Accept: application/sdp;x-level=5
      Content-Type: application/sdp;x-type-ext=6
      Content-Length: ${len}

      v=0
      o=alice 2890844526 2890844526 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49170 RTP/AVP 0
      a=rtpmap:0 PCMU/8000
      """
    Then alice receives a 200 response within 2 s
    And its body contains "m=audio"
    And its parameter "x-via-ext" of header "Via" equals "1"

  @rfc3261-8.2.6.1 @req-RFC3261-8.2.6.1-3 @req-RFC3261-8.2.6.1-4 @req-RFC3261-8.2.6.1-5
  Scenario: The 100 (Trying) to an INVITE copies its Timestamp and adds the delay
    "When a 100 (Trying) response is generated, any Timestamp header field present in the request MUST be copied into
    this 100 (Trying) response. If there is a delay in generating the response, the UAS SHOULD add a delay value into
    the Timestamp value in the response. This value MUST contain the difference between the time of sending of the
    response and receipt of the request, measured in seconds." The device answers after 500 ms without ringing: its
    100 comes 200 ms after the INVITE (§17.2.1), so the delay is about 0.2 s: at least 0.1 s (timers tick at 10 ms) and well below 5 s.

    Given the device is the embedded uas answering 200 after 500 ms without ringing
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
      Timestamp: 54.031
      Content-Length: 0
      """
    Then alice receives a 100 response within 2 s
    And its header "Timestamp" matches "54\.031 (0?\.[1-9][0-9]*|[1-4](\.[0-9]*)?)"
