@rfc3261-8.2.1 @uas @udp
Feature: RFC 3261 §8.2.1 Method Inspection
  "If the UAS recognizes but does not support the method of a request, it MUST generate a 405 (Method Not Allowed)
  response." "The UAS MUST also add an Allow header field to the 405 (Method Not Allowed) response. The Allow header
  field MUST list the set of methods supported by the UAS generating the message."

  @rfc3261-21.4.6 @rfc3261-20.5 @req-RFC3261-8.2.1-1 @req-RFC3261-8.2.1-2 @req-RFC3261-8.2.1-3 @req-RFC3261-8.2.1-4 @req-RFC3261-21.4.6-1 @req-RFC3261-20.5-1
  Scenario: A method the UAS recognizes but does not support gets 405 with Allow
    "Once a request is authenticated (or authentication is skipped), the UAS MUST inspect the method of the request."
    §21.4.6: "The response MUST include an Allow header field containing a list of valid methods for the indicated
    address." §20.5: "All methods, including ACK and CANCEL, understood by the UA MUST be included in the list of
    methods in the Allow header field, when present." The device takes INVITE (it answers calls), so it understands
    ACK and CANCEL; the method it refused is not in the list.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      MESSAGE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Type: text/plain
      Content-Length: ${len}

      hello
      """
    Then alice receives a 405 response within 2 s
    And its header "Allow" contains "INVITE"
    And its header "Allow" matches "(.*\b)?ACK(\b.*)?"
    And its header "Allow" matches "(.*\b)?CANCEL(\b.*)?"
    And its header "Allow" matches "(?!.*\bMESSAGE\b).*"

  @rfc3261-20.5 @req-RFC3261-8.2.1-4
  Scenario: Every method the Allow of a 405 lists is one the UAS supports
    "The Allow header field MUST list the set of methods supported by the UAS generating the message." The 405 lists
    OPTIONS and BYE: an OPTIONS gets 200 and a BYE outside any dialog gets 481, neither 405 nor 501.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      SUBSCRIBE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 SUBSCRIBE
      Event: presence
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 405 response within 2 s
    And its header "Allow" matches "(.*\b)?OPTIONS(\b.*)?"
    And its header "Allow" matches "(.*\b)?BYE(\b.*)?"
    When alice sends the template "options.sip"
    Then alice receives a 200 response within 2 s
    When alice sends:
      """
      BYE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>;tag=no-such-dialog
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 3 BYE
      Content-Length: 0
      """
    Then alice receives a 481 response within 2 s
