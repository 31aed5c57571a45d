@rfc3261-13.2 @uac @udp
Feature: RFC 3261 §13.2 The device initiates a session
  The device is made to call bob (the embedded stack's API, or the profile's trigger.invite); bob answers as each
  scenario says, with To tag "bob-1" unless it says otherwise.

  Background:
    Given the device is the uac
    And peer bob on udp
    And the device sends an INVITE to bob
    And bob receives an INVITE request within 2 s
    And store its CSeq number as "invite-cseq"
    And store its header "From" as "invite-from"
    And store its header "To" as "invite-to"
    And store its header "Call-ID" as "invite-call-id"
    And store its header "Via" as "invite-via"

  @rfc3261-13.2.1 @req-RFC3261-13.2.1-1 @req-RFC3261-13.2.1-3 @req-RFC3261-13.2.1-9 @rfc3261-12.1.2 @req-RFC3261-12.1.2-1
  Scenario: The device's INVITE has Allow, Supported, an SDP offer and a Contact with a SIP URI of the device
    "An Allow header field (Section 20.5) SHOULD be present in the INVITE."
    "A Supported header field (Section 20.37) SHOULD be present in the INVITE."
    "The initial offer MUST be in either an INVITE or, if not there, in the first reliable non-failure message from the
    UAS back to the UAC."
    "When a UAC sends a request that can establish a dialog (such as an INVITE) it MUST provide a SIP or SIPS URI with
    global scope (i.e., the same SIP URI can be used in messages outside this dialog) in the Contact header field of
    the request."
    The device always offers in its INVITE; the Contact's host and port are where the device listens (${sut}).

    Then its header "Allow" contains "INVITE"
    And its header "Supported" is present
    And its header "Content-Type" matches "(?i)application/sdp.*"
    And its body matches "(?s)v=0\r\n.*\r\nm=audio [1-9][0-9]* RTP/AVP [0-9 ]+\r\n.*"
    And its header "Contact" matches "(.*<)?sips?:([^@>]*@)?${sut}(;[^>]*)?>?"

  @rfc3261-13.2.2.4 @req-RFC3261-13.2.2.4-3 @req-RFC3261-13.2.2.4-4
  Scenario: The device acknowledges the 2xx with an ACK of the INVITE's sequence number
    "The UAC core MUST generate an ACK request for each 2xx received from the transaction layer."
    "The sequence number of the CSeq header field MUST be the same as the INVITE being acknowledged, but the CSeq method
    MUST be ACK."

    When bob answers with 200 containing:
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
    Then bob receives an ACK request within 2 s
    And its CSeq number is "invite-cseq" plus 0
    And its header "CSeq" matches "[0-9]+ ACK"
    And its header "To" equals "${invite-to};tag=bob-1"
    And its header "Call-ID" is the same as "invite-call-id"

  @rfc3261-13.2.2.4 @req-RFC3261-13.2.2.4-8
  Scenario: Each retransmission of the 2xx gets the ACK again
    "The ACK MUST be passed to the client transport every time a retransmission of the 2xx final response that
    triggered the ACK arrives."

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
    When bob sends it again
    Then bob receives 1 retransmission of it within 2 s
    When bob sends it again
    Then bob receives 1 retransmission of it within 2 s

  @rfc3261-13.2.2.4 @req-RFC3261-13.2.2.4-3 @req-RFC3261-13.2.2.4-9
  Scenario: A second 2xx from another fork gets its own ACK, and the dialog the device does not keep gets a BYE
    "The UAC core MUST generate an ACK request for each 2xx received from the transaction layer."
    "If, after acknowledging any 2xx response to an INVITE, the UAC does not want to continue with that dialog, then
    the UAC MUST terminate the dialog by sending a BYE request as described in Section 15."
    Two 2xx with different To tags (a forking proxy's two branches, §13.2.2.4) make two dialogs; a device placing one
    call keeps one of them.

    When bob answers with 200 containing:
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
    And bob answers with 200 containing:
      """
      To: ${invite-to};tag=bob-2
      Contact: <sip:bob-two@${local}>
      Content-Type: application/sdp

      v=0
      o=bob2 2890844530 2890844530 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49174 RTP/AVP 0
      """
    Then bob receives an ACK request within 2 s
    And its header "To" equals "${invite-to};tag=bob-1"
    And bob receives an ACK request within 2 s
    And its header "To" equals "${invite-to};tag=bob-2"
    And its start line equals "ACK sip:bob-two@${local} SIP/2.0"
    And bob receives a BYE request within 2 s
    And its header "To" equals "${invite-to};tag=bob-2"

  @rfc3261-13.2.2.4 @req-RFC3261-13.2.2.4-1
  Scenario: The 2xx confirming an early dialog recomputes its route set
    "If the dialog identifier in the 2xx response matches the dialog identifier of an existing dialog, the dialog MUST
    be transitioned to the "confirmed" state, and the route set for the dialog MUST be recomputed based on the 2xx
    response using the procedures of Section 12.2.1.2."
    The 180 (same To tag) has another Record-Route than the 2xx.

    When bob answers with 180 containing:
      """
      To: ${invite-to};tag=bob-1
      Contact: <sip:bob-target@${local}>
      Record-Route: <sip:early@${local};lr>
      """
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
    And its header "Route" equals "<sip:p1@${local};lr>"
    When the device hangs up its call with bob
    Then bob receives a BYE request within 2 s
    And its header "Route" equals "<sip:p1@${local};lr>"
    And its start line equals "BYE sip:bob-target@${local} SIP/2.0"

  @rfc3261-13.2.2.3 @req-RFC3261-13.2.2.3-1
  Scenario: A final response after the 2xx is ignored: the call goes on and ends with a BYE
    "Subsequent final responses (which would only arrive under error conditions) MUST be ignored."

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
      SIP/2.0 486 Busy Here
      Via: ${invite-via}
      To: ${invite-to};tag=bob-1
      From: ${invite-from}
      Call-ID: ${invite-call-id}
      CSeq: ${invite-cseq} INVITE
      Content-Length: 0
      """
    And the device hangs up its call with bob
    Then bob receives a BYE request within 2 s
    And its header "To" equals "${invite-to};tag=bob-1"

  @rfc3261-13.2.1 @req-RFC3261-13.2.1-12
  Scenario: The session description of the 183 is the answer: the one in the 2xx is no offer, and the ACK carries no answer
    "The UAC MUST treat the first session description it receives as the answer, and MUST ignore any session
    descriptions in subsequent responses to the initial INVITE."
    A device that took the 2xx's session description for an offer would put an answer in its ACK (§13.2.2.4).

    When bob answers with 183 containing:
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
    And bob answers with 200 containing:
      """
      To: ${invite-to};tag=bob-1
      Contact: <sip:bob@${local}>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844528 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49176 RTP/AVP 8
      """
    Then bob receives an ACK request within 2 s
    And its body equals ""
    And its header "Content-Type" is absent
