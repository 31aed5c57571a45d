@rfc3261-20.5 @uac @udp
Feature: RFC 3261 §20.5 Allow: the calling device and a 2xx without Allow
  The device calls bob (the embedded stack's API, or the profile's trigger.invite) and is made to hang up
  (trigger.hangup). bob's responses carry no Allow header field.

  @req-RFC3261-20.5-2
  Scenario: bob's 2xx has no Allow: the device still sends its BYE when it hangs up
    "The absence of an Allow header field MUST NOT be interpreted to mean that the UA sending the message supports no
    methods."
    A device that took the missing Allow for "bob supports no methods" would not send bob a BYE.

    Given the device is the uac
    And peer bob on udp
    And the device sends an INVITE to bob
    And bob receives an INVITE request within 2 s
    And store its header "To" as "invite-to"
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
    When the device hangs up its call with bob
    Then bob receives a BYE request within 2 s
    And its header "To" equals "${invite-to};tag=bob-1"
