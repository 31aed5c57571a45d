@rfc3261-13.3 @uas @udp
Feature: RFC 3261 §13.1, §13.2.1 and §13.3 The device answers an INVITE
  Alice invites the device, with an SDP offer (templates/invite.sip) or without one (templates/invite-no-offer.sip).

  @rfc3261-13.3.1.4 @req-RFC3261-13.2.1-10 @req-RFC3261-13.2.1-16 @req-RFC3261-13.2.1-17 @req-RFC3261-13.3.1.4-2
  Scenario: The 2xx to an INVITE with an SDP offer carries an SDP answer
    "If the initial offer is in an INVITE, the answer MUST be in a reliable non-failure message from UAS back to UAC
    which is correlated to that INVITE."
    "All user agents that support INVITE MUST support these two exchanges."
    "The Session Description Protocol (SDP) (RFC 2327 [1]) MUST be supported by all user agents as a means to describe
    sessions, and its usage for constructing offers and answers MUST follow the procedures defined in [13]."
    "If the INVITE request contained an offer, and the UAS had not yet sent an answer, the 2xx MUST contain an
    answer."
    The answer is SDP (RFC 3264 §6: one m= line for the offer's one, with a format of the offer, PCMU).

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 200 response within 2 s
    And its header "Content-Type" matches "(?i)application/sdp.*"
    And its body matches "(?s)v=0\r\n.*\r\nm=audio [1-9][0-9]* RTP/AVP 0( [0-9 ]*)?\r\n.*"

  @rfc3261-13.3.1.4 @req-RFC3261-13.3.1-4 @req-RFC3261-13.3.1.4-3 @req-RFC3261-13.2.1-16
  Scenario: The 2xx to an INVITE without an offer carries an SDP offer
    "It MUST provide the offer in its first non-failure reliable message back to the UAC."
    "If the INVITE did not contain an offer, the 2xx MUST contain an offer if the UAS had not yet sent an offer."
    "All user agents that support INVITE MUST support these two exchanges."

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "invite-no-offer.sip"
    Then alice receives a 200 response within 2 s
    And its header "Content-Type" matches "(?i)application/sdp.*"
    And its body matches "(?s)v=0\r\n.*\r\nm=audio [1-9][0-9]* RTP/AVP [0-9 ]+\r\n.*"

  @rfc3261-13.3.1.4 @req-RFC3261-13.2.1-15
  Scenario: Once its answer is sent, the device's responses to the INVITE carry no other session description
    "Once the UAS has sent or received an answer to the initial offer, it MUST NOT generate subsequent offers in any
    responses to the initial INVITE."
    The responses that follow the 2xx with the answer are its retransmissions: byte for byte the same, same body.

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 200 response within 2 s
    And its body contains "m=audio"
    And alice receives 2 retransmissions of it within 8*T1

  @rfc3261-13.3.1.4 @req-RFC3261-13.3.1.4-1
  Scenario: The 2xx to an INVITE has Allow and Supported
    "A 2xx response to an INVITE SHOULD contain the Allow header field and the Supported header field, and MAY contain
    the Accept header field."

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 200 response within 2 s
    And its header "Allow" contains "INVITE"
    And its header "Supported" is present

  @rfc3261-13.1 @req-RFC3261-13.1-1
  Scenario: The device supporting INVITE acknowledges BYE: a BYE in the dialog gets 200
    "A UA that supports INVITE MUST also support ACK, CANCEL and BYE."

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    And alice acknowledges it
    When alice sends:
      """
      BYE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 BYE
      Content-Length: 0
      """
    Then alice receives a 200 response to its BYE within 2 s
    And its header "CSeq" equals "2 BYE"

  @rfc3261-13.1 @req-RFC3261-13.1-1
  Scenario: The device supporting INVITE supports ACK: the ACK stops the retransmissions of its 2xx
    "A UA that supports INVITE MUST also support ACK, CANCEL and BYE."

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    When alice acknowledges it
    Then alice receives no retransmission of it within 2*T2

  @rfc3261-13.1 @req-RFC3261-13.1-1
  Scenario: The device supporting INVITE supports CANCEL: a CANCEL of the ringing INVITE gets 200, the INVITE 487
    "A UA that supports INVITE MUST also support ACK, CANCEL and BYE."

    Given the device is the embedded uas answering 200 after ringing 2 s
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 180 response within 2 s
    And store its parameter "branch" of header "Via" as "invite-branch"
    When alice sends:
      """
      CANCEL sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${invite-branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 CANCEL
      Content-Length: 0
      """
    Then alice receives a 200 response to its CANCEL within 2 s
    And its header "CSeq" equals "1 CANCEL"
    And alice receives a 487 response to its INVITE within 2 s

  @rfc3261-13.3.1.1 @req-RFC3261-13.3.1.1-2
  Scenario: The 180 and the 2xx to an INVITE indicate the same dialog
    "Each of these MUST indicate the same dialog ID."

    Given the device is the embedded uas answering 200 after ringing 200 ms
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 180 response within 2 s
    And store its parameter "tag" of header "To" as "early-tag"
    And alice receives a 200 response within 2 s
    And its parameter "tag" of header "To" is the same as "early-tag"
    And its header "Call-ID" equals "${call-id}"
    And its parameter "tag" of header "From" equals "${tag}"

  @rfc3261-13.3.1 @req-RFC3261-13.3.1-1
  Scenario: A ringing INVITE whose Expires passes gets 487
    "If the invitation expires before the UAS has generated a final response, a 487 (Request Terminated) response
    SHOULD be generated."
    The device rings for 3 s; the INVITE expires after 1 s.

    Given the device is the embedded uas answering 200 after ringing 3 s
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Expires: 1
      Content-Length: 0
      """
    Then alice receives a 180 response within 2 s
    And alice receives a 487 response to its INVITE within 1500 ms

  @rfc3261-13.3.1.3 @req-RFC3261-13.3.1.3-3 @req-RFC3261-13.3.1.3-4
  Scenario: An INVITE whose offer the device cannot accept gets 488 with a Warning
    "A UAS rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response."
    "Such a response SHOULD include a Warning header field value explaining why the offer was rejected."
    The offer has one audio stream whose only format is a codec no one knows.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Type: application/sdp
      Content-Length: ${len}

      v=0
      o=alice 2890844526 2890844526 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49170 RTP/AVP 98
      a=rtpmap:98 NOSUCHCODEC/8000
      """
    Then alice receives a 488 response to its INVITE within 2 s
    And its header "Warning" matches "3[0-9][0-9] .*"

  @rfc3261-13.3.1.4 @req-RFC3261-13.3.1.4-4 @rfc3261-14.2 @req-RFC3261-14.2-6
  Scenario: A 2xx retransmitted for 64*T1 without an ACK ends the session with a BYE
    "If the server retransmits the 2xx response for 64*T1 seconds without receiving an ACK, the dialog is confirmed,
    but the session SHOULD be terminated."
    "If a UAS generates a 2xx response and never receives an ACK, it SHOULD generate a BYE to terminate the dialog."

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 200 response within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    And alice receives a BYE request within 80*T1
    And its parameter "tag" of header "From" is the same as "to-tag"
    And its parameter "tag" of header "To" equals "${tag}"

  @isolated @rfc3261-13.3.1.1 @req-RFC3261-13.3.1.1-3
  Scenario: An INVITE left ringing gets a non-100 provisional response again within the minute
    "To prevent cancellation, the UAS MUST send a non-100 provisional response at every minute, to handle the
    possibility of lost provisional responses."
    The device rings until the caller gives up: the reference UAS with the option ring=forever; an external device runs
    it only when its profile declares option.ring=forever (a phone nobody answers). The minute is taken as 120*T1: 60 s
    at the RFC's T1 of 500 ms, 6 s with the embedded device's scaled timers (the reference UAS sends its 180 again every
    120*T1). The next provisional response must come within 130*T1 of the first and must not be a 100.

    Given the device is the uas with "ring=forever"
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 180 response within 2 s
    And alice receives a 1xx response within 130*T1
    And its start line matches "SIP/2\.0 1(?!00)[0-9][0-9] .*"
