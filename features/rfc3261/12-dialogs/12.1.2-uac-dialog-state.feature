@rfc3261-12.1.2 @uac @udp
Feature: RFC 3261 §12.1.2, §12.2.1 and §12.2.2 The dialog state of the UAC
  The device is made to call bob (the embedded stack's API, or the profile's trigger.invite); bob answers with a 2xx of
  his own design (Contact, Record-Route, To tag "bob-1"), then the device is made to hang up (or re-INVITE) and its
  requests within the dialog show the dialog state it keeps. The Record-Route and Contact URIs lead back to bob.

  Background:
    Given the device is the uac
    And peer bob on udp
    And the device sends an INVITE to bob
    And bob receives an INVITE request within 2 s
    And store its CSeq number as "invite-cseq"
    And store its header "From" as "invite-from"
    And store its header "To" as "invite-to"
    And store its header "Call-ID" as "invite-call-id"
    And store its header "Contact" as "invite-contact"

  @req-RFC3261-12.1.2-4 @req-RFC3261-12.1.2-6 @req-RFC3261-12.1.2-7 @req-RFC3261-12.1.2-9 @req-RFC3261-12.1.2-10
  @req-RFC3261-12.1.2-12 @req-RFC3261-12.1-2 @req-RFC3261-12.2.1.1-1 @req-RFC3261-12.2.1.1-2 @req-RFC3261-12.2.1.1-3
  @req-RFC3261-12.2.1.1-4 @req-RFC3261-12.2.1.1-6 @req-RFC3261-12.2.1.1-7 @req-RFC3261-12.2.1.1-8
  @req-RFC3261-12.2.1.1-10 @req-RFC3261-12.2.1.1-13 @rfc3261-13.2.2.4 @req-RFC3261-13.2.2.4-2
  Scenario: The device's BYE follows the route set (reversed Record-Route), remote target and dialog ID of the 2xx
    "The route set MUST be set to the list of URIs in the Record-Route header field from the response, taken in
    reverse order and preserving all URI parameters."
    "The remote target MUST be set to the URI from the Contact header field of the response."
    "The local sequence number MUST be set to the value of the sequence number in the CSeq header field of the
    request."
    "The call identifier component of the dialog ID MUST be set to the value of the Call-ID in the request."
    "The local tag component of the dialog ID MUST be set to the tag in the From field in the request, and the remote
    tag component of the dialog ID MUST be set to the tag in the To field of the response."
    "The remote URI MUST be set to the URI in the To field, and the local URI MUST be set to the URI in the From field."
    "UAs MUST assign values to the dialog ID components as described below."
    "The URI in the To field of the request MUST be set to the remote URI from the dialog state."
    "The tag in the To header field of the request MUST be set to the remote tag of the dialog ID."
    "The From URI of the request MUST be set to the local URI from the dialog state."
    "The tag in the From header field of the request MUST be set to the local tag of the dialog ID."
    "The Call-ID of the request MUST be set to the Call-ID of the dialog."
    "Requests within a dialog MUST contain strictly monotonically increasing and contiguous CSeq sequence numbers
    (increasing-by-one) in each direction (excepting ACK and CANCEL of course, whose numbers equal the requests being
    acknowledged or cancelled)."
    "Therefore, if the local sequence number is not empty, the value of the local sequence number MUST be incremented
    by one, and this value MUST be placed into the CSeq header field."
    "The method field in the CSeq header field value MUST match the method of the request."
    "If the route set is not empty, and the first URI in the route set contains the lr parameter (see Section 19.1.1),
    the UAC MUST place the remote target URI into the Request-URI and MUST include a Route header field containing the
    route set values in order, including all parameters."
    "Otherwise, a new dialog in the "confirmed" state MUST be constructed using the procedures of Section 12.1.2."

    Given bob answers with 200 containing:
      """
      To: ${invite-to};tag=bob-1
      Contact: <sip:bob-target@${local}>
      Record-Route: <sip:p1@${local};lr;x=1>
      Record-Route: <sip:p2@${local};lr>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      a=rtpmap:0 PCMU/8000
      """
    And bob receives an ACK request within 2 s
    When the device hangs up its call with bob
    Then bob receives a BYE request within 2 s
    And its start line equals "BYE sip:bob-target@${local} SIP/2.0"
    And its header "Route" equals "<sip:p2@${local};lr>, <sip:p1@${local};lr;x=1>"
    And its CSeq number is "invite-cseq" plus 1
    And its header "CSeq" matches "[0-9]+ BYE"
    And its header "Call-ID" is the same as "invite-call-id"
    And its header "From" is the same as "invite-from"
    And its header "To" equals "${invite-to};tag=bob-1"

  @req-RFC3261-12.1.2-5 @req-RFC3261-12.2.1.1-11 @req-RFC3261-12.2.1.1-12
  Scenario: Without Record-Route in the 2xx, the device's BYE has no Route and goes to the remote target
    "If no Record-Route header field is present in the response, the route set MUST be set to the empty set."
    "If the route set is empty, the UAC MUST place the remote target URI into the Request-URI."
    "The UAC MUST NOT add a Route header field to the request."

    Given bob answers with 200 containing:
      """
      Contact: <sip:bob-target@${local}>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      """
    And bob receives an ACK request within 2 s
    When the device hangs up its call with bob
    Then bob receives a BYE request within 2 s
    And its start line equals "BYE sip:bob-target@${local} SIP/2.0"
    And its header "Route" is absent

  @req-RFC3261-12.2.1.1-14 @req-RFC3261-12.2.1.1-15 @req-RFC3261-12.2.1.1-16
  Scenario: With a strict router first in the route set, the device's BYE goes to it, with the remote target last in Route
    "If the route set is not empty, and its first URI does not contain the lr parameter, the UAC MUST place the first
    URI from the route set into the Request-URI, stripping any parameters that are not allowed in a Request-URI."
    "The UAC MUST add a Route header field containing the remainder of the route set values in order, including all
    parameters."
    "The UAC MUST then place the remote target URI into the Route header field as the last value."
    The route set (the Record-Route reversed) is p3 (strict; its method parameter is not allowed in a Request-URI,
    RFC 3261 §19.1.1 Table 1), p2, p1.

    Given bob answers with 200 containing:
      """
      Contact: <sip:bob-target@${local}>
      Record-Route: <sip:p1@${local};lr;x=1>
      Record-Route: <sip:p2@${local};lr>
      Record-Route: <sip:p3@${local};foo=bar;method=BYE>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      """
    And bob receives an ACK request within 2 s
    When the device hangs up its call with bob
    Then bob receives a BYE request within 2 s
    And its start line equals "BYE sip:p3@${local};foo=bar SIP/2.0"
    And its header "Route" equals "<sip:p2@${local};lr>, <sip:p1@${local};lr;x=1>, <sip:bob-target@${local}>"

  @req-RFC3261-12.1.2-3 @req-RFC3261-12.2.1.1-17 @rfc3261-14.1 @req-RFC3261-14.1-2
  Scenario: The device's re-INVITE, then its BYE, follow the same dialog state; the re-INVITE keeps the Contact and changes the session version
    "This state MUST be maintained for the duration of the dialog."
    "A UAC SHOULD include a Contact header field in any target refresh requests within a dialog, and unless there is a
    need to change it, the URI SHOULD be the same as used in previous requests within the dialog."
    "If the session description format has the capability for version numbers, the offerer SHOULD indicate that the
    version of the session description has changed."

    Given store the match of "o=(\S+ \d+) \d+ " in its body as "origin"
    And store the match of "o=\S+ \d+ (\d+) " in its body as "version"
    And bob answers with 200 containing:
      """
      To: ${invite-to};tag=bob-1
      Contact: <sip:bob-target@${local}>
      Record-Route: <sip:p1@${local};lr>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      """
    And bob receives an ACK request within 2 s
    When the device sends a re-INVITE in its dialog with bob
    Then bob receives a new INVITE request within 2 s
    And its start line equals "INVITE sip:bob-target@${local} SIP/2.0"
    And its header "Route" equals "<sip:p1@${local};lr>"
    And its header "To" equals "${invite-to};tag=bob-1"
    And its header "Contact" is the same as "invite-contact"
    And its CSeq number is "invite-cseq" plus 1
    And its body matches "(?s).*o=${origin} (?!${version} )\d+ IN .*"
    And bob answers with 200 containing:
      """
      Contact: <sip:bob-target@${local}>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844528 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      """
    And bob receives an ACK request within 2 s
    When the device hangs up its call with bob
    Then bob receives a BYE request within 2 s
    And its start line equals "BYE sip:bob-target@${local} SIP/2.0"
    And its header "Route" equals "<sip:p1@${local};lr>"
    And its CSeq number is "invite-cseq" plus 2

  @req-RFC3261-12.2.1.2-1
  Scenario: The Contact of the 2xx to the device's re-INVITE becomes the target of its BYE
    "When a UAC receives a 2xx response to a target refresh request, it MUST replace the dialog's remote target URI
    with the URI from the Contact header field in that response, if present."

    Given bob answers with 200 containing:
      """
      Contact: <sip:bob-target@${local}>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      """
    And bob receives an ACK request within 2 s
    And the device sends a re-INVITE in its dialog with bob
    And bob receives a new INVITE request within 2 s
    And bob answers with 200 containing:
      """
      Contact: <sip:bob-moved@${local}>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844528 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      """
    And bob receives an ACK request within 2 s
    When the device hangs up its call with bob
    Then bob receives a BYE request within 2 s
    And its start line equals "BYE sip:bob-moved@${local} SIP/2.0"

  @req-RFC3261-12.1.2-11 @req-RFC3261-12.2.1.1-5
  Scenario: A 2xx without a To tag makes a dialog whose BYE has no To tag
    "A UAC MUST be prepared to receive a response without a tag in the To field, in which case the tag is considered
    to have a value of null."
    "If the value of the remote or local tags is null, the tag parameter MUST be omitted from the To or From header
    fields, respectively."

    Given bob answers with 200 containing:
      """
      To: ${invite-to}
      Contact: <sip:bob-target@${local}>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      """
    And bob receives an ACK request within 2 s
    When the device hangs up its call with bob
    Then bob receives a BYE request within 2 s
    And its start line equals "BYE sip:bob-target@${local} SIP/2.0"
    And its parameter "tag" of header "To" is absent
    And its header "From" is the same as "invite-from"

  @req-RFC3261-12.1.2-8 @rfc3261-12.2.2 @req-RFC3261-12.2.2-3
  Scenario: The remote sequence number starts empty, then takes bob's first CSeq: a lower one then gets 500
    "The remote sequence number MUST be empty (it is established when the remote UA sends a request within the
    dialog)."
    "If the remote sequence number is empty, it MUST be set to the value of the sequence number in the CSeq header field
    value in the request."
    Bob's first request in the dialog has CSeq 1, lower than the device's INVITE's: it is accepted only if the remote
    sequence number was empty; his next, CSeq 0, is out of order only if 1 was kept.

    Given bob answers with 200 containing:
      """
      To: ${invite-to};tag=bob-1
      Contact: <sip:bob@${local}>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      """
    And bob receives an ACK request within 2 s
    When bob sends:
      """
      OPTIONS sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: ${invite-from}
      From: ${invite-to};tag=bob-1
      Call-ID: ${invite-call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then bob receives a 200 response to its OPTIONS within 2 s
    When bob sends:
      """
      OPTIONS sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: ${invite-from}
      From: ${invite-to};tag=bob-1
      Call-ID: ${invite-call-id}
      CSeq: 0 OPTIONS
      Content-Length: 0
      """
    Then bob receives a 500 response to its OPTIONS within 2 s

  @rfc3261-12.2.1.2 @req-RFC3261-12.2.1.2-2
  Scenario: A 481 to the device's re-INVITE ends the dialog: the device sends BYE
    "If the response for a request within a dialog is a 481 (Call/Transaction Does Not Exist) or a 408 (Request
    Timeout), the UAC SHOULD terminate the dialog."
    An INVITE dialog is terminated with a BYE (§15).

    Given bob answers with 200 containing:
      """
      Contact: <sip:bob@${local}>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      """
    And bob receives an ACK request within 2 s
    And the device sends a re-INVITE in its dialog with bob
    And bob receives a new INVITE request within 2 s
    When bob answers with 481
    Then bob receives an ACK request within 2 s
    And bob receives a BYE request within 2 s

  @rfc3261-12.2.1.2 @req-RFC3261-12.2.1.2-3
  Scenario: A re-INVITE of the device that gets no response at all ends the dialog: the device sends BYE
    "A UAC SHOULD also terminate a dialog if no response at all is received for the request (the client transaction
    would inform the TU about the timeout.)"
    Timer B fires 64*T1 after the re-INVITE.

    Given bob answers with 200 containing:
      """
      Contact: <sip:bob@${local}>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      """
    And bob receives an ACK request within 2 s
    When the device sends a re-INVITE in its dialog with bob
    Then bob receives a new INVITE request within 2 s
    And bob receives a BYE request within 80*T1
