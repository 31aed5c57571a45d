@rfc3261-14 @uas @udp
Feature: RFC 3261 §14 The device modifies a session it answered, and receives re-INVITEs
  Alice calls the device (templates/invite.sip, CSeq 1). The device is made to send a re-INVITE in the dialog (the
  embedded UA's API, or the profile's trigger.reinvite), or alice sends it one.

  @rfc3261-14.1 @req-RFC3261-14.1-6
  Scenario: The device waits for the ACK of its 2xx before it sends a re-INVITE
    "If there is an ongoing INVITE server transaction, the TU MUST wait until the transaction reaches the confirmed or
    terminated state before initiating the new INVITE."

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    When the device sends a re-INVITE in its dialog with alice
    Then alice receives no INVITE request within 10*T1
    When alice acknowledges it
    Then alice receives an INVITE request within 2 s

  @rfc3261-14.1 @req-RFC3261-14.1-2
  Scenario: The offer of the device's re-INVITE has a new session description version
    "If the session description format has the capability for version numbers, the offerer SHOULD indicate that the
    version of the session description has changed."
    SDP's o= line has one: the session id stays, the version changes (RFC 3264 §8).

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    And store the match of "o=(\S+ \d+) \d+ " in its body as "origin"
    And store the match of "o=\S+ \d+ (\d+) " in its body as "version"
    And alice acknowledges it
    When the device sends a re-INVITE in its dialog with alice
    Then alice receives an INVITE request within 2 s
    And its body matches "(?s).*o=${origin} (?!${version} )\d+ IN .*"

  @rfc3261-14.2 @req-RFC3261-14.2-1
  Scenario: A second INVITE in the early dialog, before the first is answered, gets 500 with a Retry-After of 0 to 10 s
    "A UAS that receives a second INVITE before it sends the final response to a first INVITE with a lower CSeq
    sequence number on the same dialog MUST return a 500 (Server Internal Error) response to the second INVITE and MUST
    include a Retry-After header field with a randomly chosen value of between 0 and 10 seconds."

    Given the device is the embedded uas answering 200 after ringing 2 s
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 180 response within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 500 response to its INVITE within 2 s
    And its header "CSeq" equals "2 INVITE"
    And its header "Retry-After" matches "([0-9]|10)( *[;(].*)?"

  @rfc3261-14.2 @req-RFC3261-14.2-2
  Scenario: A re-INVITE that crosses the device's own re-INVITE gets 491
    "A UAS that receives an INVITE on a dialog while an INVITE it had sent on that dialog is in progress MUST return a
    491 (Request Pending) response to the received INVITE."
    Alice leaves the device's re-INVITE unanswered and sends her own.

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    And alice acknowledges it
    And the device sends a re-INVITE in its dialog with alice
    And alice receives an INVITE request within 2 s
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 491 response to its INVITE within 2 s
    And its header "CSeq" equals "2 INVITE"

  @rfc3261-14.2 @req-RFC3261-14.2-5
  Scenario: A re-INVITE whose offer the device cannot accept gets 488 with a Warning
    "If the new session description is not acceptable, the UAS can reject it by returning a 488 (Not Acceptable Here)
    response for the re-INVITE. This response SHOULD include a Warning header field."

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    And alice acknowledges it
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 INVITE
      Contact: <sip:alice@${local}>
      Content-Type: application/sdp
      Content-Length: ${len}

      v=0
      o=alice 2890844526 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49170 RTP/AVP 98
      a=rtpmap:98 NOSUCHCODEC/8000
      """
    Then alice receives a 488 response to its INVITE within 2 s
    And its header "Warning" is present

  @rfc3261-14.2 @req-RFC3261-14.2-9 @req-RFC3261-14.2-10 @req-RFC3261-14.2-11
  Scenario: The offer in the 2xx to a re-INVITE without one lists the formats of a brand new call
    "A UAS providing an offer in a 2xx (because the INVITE did not contain an offer) SHOULD construct the offer as if
    the UAS were making a brand new call, subject to the constraints of sending an offer that updates an existing
    session, as described in [13] in the case of SDP."
    "Specifically, this means that it SHOULD include as many media formats and media types that the UA is willing to
    support."
    "The UAS MUST ensure that the session description overlaps with its previous session description in media
    formats, transports, or other parameters that require support from the peer."
    The device's first offer (to an INVITE without one) shows what it offers in a new call; its offer in the 2xx to
    the re-INVITE must have the same transport and formats, which also overlap with the first one.

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite-no-offer.sip"
    And alice receives a 200 response within 2 s
    And store the match of "m=audio \d+ (.*)" in its body as "formats"
    And store its parameter "tag" of header "To" as "to-tag"
    And alice acknowledges it
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 200 response to its INVITE within 2 s
    And its header "CSeq" equals "2 INVITE"
    And its body contains "m=audio"
    And its body matches "(?s).*m=audio \d+ ${formats}\r\n.*"

  @rfc3261-14.1 @isolated @req-RFC3261-14.1-10 @req-RFC3261-14.1-11
  Scenario: After a 491 the device, which did not generate the Call-ID, tries its re-INVITE again within 2 s
    "If a UAC receives a 491 response to a re-INVITE, it SHOULD start a timer with a value T chosen as follows:"
    "2. If the UAC is not the owner of the Call-ID of the dialog ID, T has a randomly chosen value of between 0 and 2
    seconds in units of 10 ms."
    "When the timer fires, the UAC SHOULD attempt the re-INVITE once more, if it still desires for that session
    modification to take place."

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    And alice acknowledges it
    And the device sends a re-INVITE in its dialog with alice
    And alice receives a new INVITE request within 2 s
    When alice answers with 491
    Then alice receives an ACK request within 2 s
    And alice receives a new INVITE request within 2500 ms
