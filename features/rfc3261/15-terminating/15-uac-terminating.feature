@rfc3261-15 @uac @udp
Feature: RFC 3261 §15 The calling device ends a session
  The device calls bob (the embedded stack's API, or the profile's trigger.invite) and is made to hang up
  (trigger.hangup).

  @req-RFC3261-15-2
  Scenario: After bob refused the call there is no dialog: the device hanging up sends no BYE
    "A UA MUST NOT send a BYE outside of a dialog."

    Given the device is the uac
    And peer bob on udp
    And the device sends an INVITE to bob
    And bob receives an INVITE request within 2 s
    And bob answers with 486
    And bob receives an ACK request within 2 s
    When the device hangs up its call with bob
    Then bob receives no BYE request within 10*T1

  @req-RFC3261-15-2
  Scenario: After bob's BYE ended the dialog, the device hanging up sends no BYE
    "A UA MUST NOT send a BYE outside of a dialog."

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
    And bob sends:
      """
      BYE sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: ${invite-from}
      From: ${invite-to};tag=bob-1
      Call-ID: ${invite-call-id}
      CSeq: 1 BYE
      Content-Length: 0
      """
    And bob receives a 200 response to its BYE within 2 s
    When the device hangs up its call with bob
    Then bob receives no BYE request within 10*T1
