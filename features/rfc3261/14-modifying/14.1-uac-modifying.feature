@rfc3261-14.1 @uac @udp
Feature: RFC 3261 §14.1 The device modifies the session it placed
  The device calls bob (the embedded stack's API, or the profile's trigger.invite), bob answers 200 with To tag
  "bob-1", the device acknowledges; then the device is made to send re-INVITEs (trigger.reinvite).

  Background:
    Given the device is the uac
    And peer bob on udp
    And the device sends an INVITE to bob
    And bob receives an INVITE request within 2 s
    And store its header "From" as "invite-from"
    And store its header "To" as "invite-to"
    And store its header "Call-ID" as "invite-call-id"
    And bob answers with 200 containing:
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

  @req-RFC3261-14.1-4 @req-RFC3261-14.1-5
  Scenario: The device sends no second re-INVITE while its first is in progress, and sends it once that one completes
    "Note that a UAC MUST NOT initiate a new INVITE transaction within a dialog while another INVITE transaction is in
    progress in either direction."
    "If there is an ongoing INVITE client transaction, the TU MUST wait until the transaction reaches the completed or
    terminated state before initiating the new INVITE."
    Bob keeps the first re-INVITE ringing (180), then accepts it.

    Given the device sends a re-INVITE in its dialog with bob
    And bob receives a new INVITE request within 2 s
    And bob answers with 180
    When the device sends a re-INVITE in its dialog with bob
    Then bob receives no INVITE request within 10*T1
    When bob answers with 200 containing:
      """
      Contact: <sip:bob@${local}>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844528 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      """
    Then bob receives an ACK request within 2 s
    And bob receives a new INVITE request within 2 s

  @req-RFC3261-14.1-4
  Scenario: The device sends no re-INVITE while bob's re-INVITE is in progress (its 2xx not acknowledged)
    "Note that a UAC MUST NOT initiate a new INVITE transaction within a dialog while another INVITE transaction is in
    progress in either direction."

    Given bob sends:
      """
      INVITE sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: ${invite-from}
      From: ${invite-to};tag=bob-1
      Call-ID: ${invite-call-id}
      CSeq: 1 INVITE
      Contact: <sip:bob@${local}>
      Content-Length: 0
      """
    And bob receives a 200 response to its INVITE within 2 s
    When the device sends a re-INVITE in its dialog with bob
    Then bob receives no INVITE request within 10*T1
    When bob acknowledges it
    Then bob receives a new INVITE request within 2 s

  @isolated @req-RFC3261-14.1-10 @req-RFC3261-14.1-11
  Scenario: After a 491 the device, owner of the Call-ID, tries its re-INVITE again after 2.1 to 4 s
    "If a UAC receives a 491 response to a re-INVITE, it SHOULD start a timer with a value T chosen as follows:"
    "1. If the UAC is the owner of the Call-ID of the dialog ID (meaning it generated the value), T has a randomly
    chosen value between 2.1 and 4 seconds in units of 10 ms."
    "When the timer fires, the UAC SHOULD attempt the re-INVITE once more, if it still desires for that session
    modification to take place."
    The device placed the call: it generated the Call-ID. Timers fire late under load, never early.

    Given the device sends a re-INVITE in its dialog with bob
    And bob receives a new INVITE request within 2 s
    When bob answers with 491
    Then bob receives an ACK request within 2 s
    And bob receives no INVITE request within 2 s
    And bob receives a new INVITE request within 2500 ms

  @rfc3261-14.2 @req-RFC3261-14.2-12
  Scenario: The device's re-INVITE without an offer gets an offer it cannot take in the 2xx: a valid answer in the ACK, then a BYE
    §14.2: "A UAS providing an offer in a 2xx (because the INVITE did not contain an offer) SHOULD construct the offer
    as if the UAS were making a brand new call" ... "If, however, it is unacceptable to the UAC, the UAC SHOULD
    generate an answer with a valid session description, and then send a BYE to terminate the session."
    The device is made to send a re-INVITE without an offer (trigger.reinvite-without-offer); the only stream of bob's
    offer has an encoding that exists nowhere (x-sipspec-none), so a valid answer rejects it with port 0.

    When the device sends a re-INVITE without an offer in its dialog with bob
    Then bob receives a new INVITE request within 2 s
    And its body equals ""
    When bob answers with 200 containing:
      """
      Contact: <sip:bob@${local}>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844528 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 96
      a=rtpmap:96 x-sipspec-none/8000
      """
    Then bob receives an ACK request within 2 s
    And its body is an SDP answer to the offer bob sent
    And bob receives a BYE request within 2 s
    And its header "To" equals "${invite-to};tag=bob-1"
    When bob answers with 200
