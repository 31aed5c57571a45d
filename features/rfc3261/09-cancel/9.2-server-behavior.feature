@rfc3261-9.2 @uas @udp
Feature: RFC 3261 §9.2 Server Behavior: the device's INVITE is cancelled
  The device is an embedded UAS that rings for 2 s before answering; alice cancels her INVITE while it rings. Her
  INVITE and CANCEL share a branch (§9.1), written from the scenario's tag.

  @req-RFC3261-9.2-2 @req-RFC3261-9.2-3
  Scenario: The cancelled INVITE gets 487, with the To tag of the 200 to the CANCEL
    "If the original request was an INVITE, the UAS SHOULD immediately respond to the INVITE with a 487 (Request
    Terminated)."
    "This response is constructed following the procedures described in Section 8.2.6 noting that the To tag of the
    response to the CANCEL and the To tag in the response to the original request SHOULD be the same."

    Given the device is the embedded uas answering 200 after ringing 2 s
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=z9hG4bK${tag}c
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 180 response within 2 s
    When alice sends:
      """
      CANCEL sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=z9hG4bK${tag}c
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 CANCEL
      Content-Length: 0
      """
    Then alice receives a 200 response within 1 s
    And its header "CSeq" equals "1 CANCEL"
    And store its parameter "tag" of header "To" as "cancel-tag"
    And alice receives a 487 response within 500 ms
    And its header "CSeq" equals "1 INVITE"
    And its parameter "tag" of header "To" is the same as "cancel-tag"
