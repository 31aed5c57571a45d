@rfc3261-8.2.2.3 @uac @udp
Feature: RFC 3261 §8.2.2.3 Require: what the calling device's CANCEL and ACK may say
  The device calls bob (the embedded stack's API, or the profile's trigger.invite); bob answers as each scenario says.
  §8.2.2.3: "Note that Require and Proxy-Require MUST NOT be used in a SIP CANCEL request, or in an ACK request sent
  for a non-2xx response. These header fields MUST be ignored if they are present in these requests."

  Background:
    Given the device is the uac
    And peer bob on udp
    And the device sends an INVITE to bob
    And bob receives an INVITE request within 2 s
    And store its header "To" as "invite-to"

  @req-RFC3261-8.2.2.3-3
  Scenario: The CANCEL of the ringing INVITE has no Require and no Proxy-Require
    "Note that Require and Proxy-Require MUST NOT be used in a SIP CANCEL request, or in an ACK request sent for a
    non-2xx response."
    The device is made to cancel its call while bob rings ("the device sends a CANCEL": the embedded UA hangs up the
    call it is setting up).

    When bob answers with 180
    And the device sends a CANCEL to bob
    Then bob receives a CANCEL request within 2 s
    And its header "Require" is absent
    And its header "Proxy-Require" is absent

  @req-RFC3261-8.2.2.3-3
  Scenario: The ACK of a 486 has no Require and no Proxy-Require
    "Note that Require and Proxy-Require MUST NOT be used in a SIP CANCEL request, or in an ACK request sent for a
    non-2xx response."

    When bob answers with 486
    Then bob receives an ACK request within 2 s
    And its header "Require" is absent
    And its header "Proxy-Require" is absent

  @req-RFC3261-8.2.2.3-5
  Scenario: The ACK of a 2xx has only the Require and Proxy-Require values of the INVITE
    "An ACK request for a 2xx response MUST contain only those Require and Proxy-Require values that were present in
    the initial request."

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
    And its header "Require" has only values of the INVITE request bob received
    And its header "Proxy-Require" has only values of the INVITE request bob received
