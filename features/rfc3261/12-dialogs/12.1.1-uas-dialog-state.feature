@rfc3261-12.1.1 @uas @udp
Feature: RFC 3261 §12.1.1 and §12.2.2 The dialog state of the UAS
  Alice calls the device. The dialog state the device keeps (route set, remote target, sequence numbers, dialog ID,
  local and remote URIs) shows in the requests it sends within the dialog (it is made to hang up, or to re-INVITE:
  the embedded UA's API, or the profile's trigger.hangup / trigger.reinvite) and in how it answers alice's requests
  within the dialog. The Record-Route and Contact URIs of alice's INVITE lead back to alice.

  Background:
    Given the device is the uas
    And peer alice on udp

  @req-RFC3261-12.1.1-7 @req-RFC3261-12.1.1-9 @req-RFC3261-12.1-2 @req-RFC3261-12.1.1-12 @req-RFC3261-12.1.1-13
  @req-RFC3261-12.1.1-15
  Scenario: The device's BYE follows the route set, remote target and dialog ID it took from the INVITE
    "UAs MUST assign values to the dialog ID components as described below."
    "The route set MUST be set to the list of URIs in the Record-Route header field from the request, taken in order
    and preserving all URI parameters."
    "The remote target MUST be set to the URI from the Contact header field of the request."
    "The call identifier component of the dialog ID MUST be set to the value of the Call-ID in the request."
    "The local tag component of the dialog ID MUST be set to the tag in the To field in the response to the request
    (which always includes a tag), and the remote tag component of the dialog ID MUST be set to the tag from the From
    field in the request."
    "The remote URI MUST be set to the URI in the From field, and the local URI MUST be set to the URI in the To
    field."
    The route set begins with a loose router (lr): the BYE goes to the remote target with the route set in Route
    (§12.2.1.1).

    Given alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Record-Route: <sip:rr1@${local};lr;foo=bar>
      Record-Route: <sip:rr2@${local};lr>
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 7 INVITE
      Contact: <sip:alice-target@${local}>
      Content-Length: 0
      """
    And alice receives a 200 response to its INVITE within 2 s
    And store its parameter "tag" of header "To" as "device-tag"
    And alice acknowledges it
    When the device hangs up its call with alice
    Then alice receives a BYE request within 2 s
    And its start line equals "BYE sip:alice-target@${local} SIP/2.0"
    And its header "Route" equals "<sip:rr1@${local};lr;foo=bar>, <sip:rr2@${local};lr>"
    And its header "Call-ID" equals "${call-id}"
    And its header "To" matches "(Alice )?<sip:alice@${local}>;tag=${tag}"
    And its header "From" matches "(Bob )?<sip:bob@${sut}>;tag=${device-tag}"

  @req-RFC3261-12.1.1-8
  Scenario: Without Record-Route the device's BYE has no Route and goes to the remote target
    "If no Record-Route header field is present in the request, the route set MUST be set to the empty set."

    Given alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice-target@${local}>
      Content-Length: 0
      """
    And alice receives a 200 response to its INVITE within 2 s
    And alice acknowledges it
    When the device hangs up its call with alice
    Then alice receives a BYE request within 2 s
    And its start line equals "BYE sip:alice-target@${local} SIP/2.0"
    And its header "Route" is absent

  @req-RFC3261-12.1.1-6 @req-RFC3261-12.2.1.1-9
  Scenario: The route set and remote target stay for the whole dialog: a re-INVITE, then a BYE, follow them
    "This state MUST be maintained for the duration of the dialog."
    "If the local sequence number is empty, an initial value MUST be chosen using the guidelines of Section 8.1.1.5."
    (§8.1.1.5: "The sequence number value MUST be expressible as a 32-bit unsigned integer and MUST be less than
    2**31.") The device never sent a request in this dialog: its re-INVITE chooses the first local sequence number,
    which the regular expression bounds to 0..2147483647.

    Given alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Record-Route: <sip:rr1@${local};lr>
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice-target@${local}>
      Content-Length: 0
      """
    And alice receives a 200 response to its INVITE within 2 s
    And alice acknowledges it
    When the device sends a re-INVITE in its dialog with alice
    Then alice receives an INVITE request within 2 s
    And its start line equals "INVITE sip:alice-target@${local} SIP/2.0"
    And its header "Route" equals "<sip:rr1@${local};lr>"
    And its header "CSeq" matches "(0|[1-9][0-9]{0,8}|1[0-9]{9}|20[0-9]{8}|21[0-3][0-9]{7}|214[0-6][0-9]{6}|2147[0-3][0-9]{5}|21474[0-7][0-9]{4}|214748[0-2][0-9]{3}|2147483[0-5][0-9]{2}|21474836[0-3][0-9]|214748364[0-7]) INVITE"
    And alice answers with 200 containing:
      """
      Contact: <sip:alice-target@${local}>
      Content-Type: application/sdp

      v=0
      o=alice 2890844526 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49170 RTP/AVP 0
      a=rtpmap:0 PCMU/8000
      """
    And alice receives an ACK request within 2 s
    When the device hangs up its call with alice
    Then alice receives a BYE request within 2 s
    And its start line equals "BYE sip:alice-target@${local} SIP/2.0"
    And its header "Route" equals "<sip:rr1@${local};lr>"

  @req-RFC3261-12.1.1-10
  Scenario: The remote sequence number is the INVITE's: a request of the dialog with a lower CSeq gets 500
    "The remote sequence number MUST be set to the value of the sequence number in the CSeq header field of the
    request."
    A device that left the remote sequence number empty would take the OPTIONS's 5 as its first value and accept it.

    Given alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 10 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    And alice receives a 200 response to its INVITE within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    And alice acknowledges it
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 5 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 500 response to its OPTIONS within 2 s

  @req-RFC3261-12.1.1-14
  Scenario: An INVITE without a From tag makes a dialog whose BYE is accepted
    "A UAS MUST be prepared to receive a request without a tag in the From field, in which case the tag is considered
    to have a value of null."

    Given alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    And alice receives a 200 response to its INVITE within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    And alice acknowledges it
    When alice sends:
      """
      BYE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>
      Call-ID: ${call-id}
      CSeq: 2 BYE
      Content-Length: 0
      """
    Then alice receives a 200 response to its BYE within 2 s

  @req-RFC3261-12.1.1-14 @req-RFC3261-12.2.1.1-5
  Scenario: In a dialog whose INVITE had no From tag, the device's BYE has no To tag
    "A UAS MUST be prepared to receive a request without a tag in the From field, in which case the tag is considered
    to have a value of null."
    "If the value of the remote or local tags is null, the tag parameter MUST be omitted from the To or From header
    fields, respectively."

    Given alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    And alice receives a 200 response to its INVITE within 2 s
    And alice acknowledges it
    When the device hangs up its call with alice
    Then alice receives a BYE request within 2 s
    And its parameter "tag" of header "To" is absent
    And its parameter "tag" of header "From" is present

  @req-RFC3261-12.1.1-3 @req-RFC3261-12.1.1-5
  Scenario: The Contact of the 2xx is a SIP URI of the device, usable outside the dialog
    "The URI provided in the Contact header field MUST be a SIP or SIPS URI."
    "The URI SHOULD have global scope (that is, the same URI can be used in messages outside this dialog)."
    Its host and port are where the device listens (${sut}), and an OPTIONS sent there out of any dialog is answered.

    Given alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    And alice acknowledges it
    Then its header "Contact" matches "(.*<)?sips?:([^@>]*@)?${sut}(;[^>]*)?>?"
