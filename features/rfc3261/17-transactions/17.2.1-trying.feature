@rfc3261-17.2.1 @proxy @udp
Feature: RFC 3261 §17.2.1 INVITE Server Transaction, the 100 (Trying)
  An INVITE server transaction sends a 100 (Trying) when its TU will not answer within 200 ms. The embedded UAS
  always does (it rings at once), so its transaction sends none; the embedded stateful proxy forwards the INVITE to
  bob, who does not answer, and its server transaction answers alice with a 100 (Trying).

  @req-RFC3261-17.2.1-2
  Scenario: The 100 (Trying) to an INVITE without a To tag has no To tag
    "The 100 (Trying) response is constructed according to the procedures in Section 8.2.6, except that the insertion
    of tags in the To header field of the response (when none was present in the request) is downgraded from MAY to
    SHOULD NOT."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    And bob sends:
      """
      REGISTER sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@127.0.0.1>
      From: <sip:bob@127.0.0.1>;tag=${tag}
      Call-ID: reg-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:bob@${local}>
      Expires: 600
      Content-Length: 0
      """
    And bob receives a 200 response within 2 s
    When alice sends:
      """
      INVITE sip:bob@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    And alice receives a 100 response within 2 s
    And its header "CSeq" equals "1 INVITE"
    And its parameter "tag" of header "To" is absent
