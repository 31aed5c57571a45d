@rfc3261-13.2.2.4 @uac @udp
Feature: RFC 3261 §13.2.2.4 The ACK of a device that authenticated its INVITE
  The device has Digest credentials (user sipspec, password secret); bob challenges its INVITE, then accepts the one
  with credentials. (An embedded device set up by the scenario: embedded profile only.)

  @req-RFC3261-13.2.2.4-5
  Scenario: The ACK for the 2xx carries the credentials of the INVITE
    "The ACK MUST contain the same credentials as the INVITE."

    Given the device is the embedded uas with users "sipspec:secret"
    And peer bob on udp
    And the device sends an INVITE to bob
    And bob receives an INVITE request within 2 s
    And store its header "To" as "invite-to"
    And bob answers with 401 containing:
      """
      WWW-Authenticate: Digest realm="biloxi.example.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", algorithm=MD5, qop="auth"
      """
    And bob receives an ACK request within 2 s
    And bob receives a new INVITE request within 2 s
    And its header "Authorization" is present
    And store its header "Authorization" as "credentials"
    And store its CSeq number as "invite-cseq"
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
    And its header "Authorization" is the same as "credentials"
