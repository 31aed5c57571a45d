@rfc3261-13.2 @uac @udp
Feature: RFC 3261 §13.2 The device initiates a session with an INVITE without an offer
  The device is made to call bob with an INVITE that has no session description (the embedded stack's API, or the
  profile's trigger.invite-without-offer; skipped without one). bob puts the offer in its 2xx, and the device's answer
  must come in the ACK.
  §13.2.1: "The initial offer MUST be in either an INVITE or, if not there, in the first reliable non-failure message
  from the UAS back to the UAC."

  Background:
    Given the device is the uac
    And peer bob on udp
    And the device sends an INVITE without an offer to bob
    And bob receives an INVITE request within 2 s
    And its body equals ""
    And store its header "To" as "invite-to"

  @rfc3261-13.2.1 @req-RFC3261-13.2.1-13 @rfc3261-13.2.2.4 @req-RFC3261-13.2.2.4-6
  Scenario: The offer in the 2xx is answered in the ACK
    "If the initial offer is in the first reliable non-failure message from the UAS back to UAC, the answer MUST be in
    the acknowledgement for that message (in this specification, ACK for a 2xx response)."
    §13.2.2.4: "If the 2xx contains an offer (based on the rules above), the ACK MUST carry an answer in its body."
    The answer is checked against the offer as RFC 3264 §6 says (one m= line per offered stream, of its media type,
    with a format of the offer, or port 0 for a stream the device rejects).

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
      m=audio 49172 RTP/AVP 0 8
      a=rtpmap:0 PCMU/8000
      a=rtpmap:8 PCMA/8000
      """
    Then bob receives an ACK request within 2 s
    And its header "To" equals "${invite-to};tag=bob-1"
    And its body is an SDP answer to the offer bob sent

  @rfc3261-13.2.2.4 @req-RFC3261-13.2.2.4-6 @req-RFC3261-13.2.2.4-7
  Scenario: An offer the device cannot take gets a valid answer in the ACK, then a BYE
    "If the 2xx contains an offer (based on the rules above), the ACK MUST carry an answer in its body. If the offer in
    the 2xx response is not acceptable, the UAC core MUST generate a valid answer in the ACK and then send a BYE
    immediately."
    The only stream of the offer has an encoding that exists nowhere (x-sipspec-none): a valid answer rejects it with
    port 0 (RFC 3264 §6: "If the answerer has no media formats in common for a particular offered stream, the
    answerer MUST reject that media stream by setting the port to zero."), and no session is left.

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
      m=audio 49172 RTP/AVP 96
      a=rtpmap:96 x-sipspec-none/8000
      """
    Then bob receives an ACK request within 2 s
    And its body is an SDP answer to the offer bob sent
    And bob receives a BYE request within 2 s
    And its header "To" equals "${invite-to};tag=bob-1"
    When bob answers with 200
