@rfc3261-13.3.1.2 @redirect @udp
Feature: RFC 3261 §13.3.1.2 The INVITE is redirected
  The device is a redirect server (a UAS answering INVITEs with 3xx, §8.3) where alice registered a Contact for her
  user (${user}).

  @req-RFC3261-13.3.1.2-1
  Scenario: The 3xx to an INVITE has a Contact with the address to try
    "A 300 (Multiple Choices), 301 (Moved Permanently) or 302 (Moved Temporarily) response SHOULD contain a Contact
    header field containing one or more URIs of new addresses to be tried."

    Given the device is the redirect
    And peer alice on udp
    And alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:${user}@192.0.2.10:5062>
      Expires: 3600
      Content-Length: 0
      """
    And alice receives a 200 response to its REGISTER within 2 s
    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}-invite
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 3xx response to its INVITE within 2 s
    And its start line matches "SIP/2.0 30[0-2] .*"
    And its header "Contact" contains "sip:${user}@192.0.2.10:5062"
