@rfc3261-8.2.2.2 @uas @udp
Feature: RFC 3261 §8.2.2.2 Merged Requests

  @req-RFC3261-8.2.2.2-1 @req-RFC3261-8.2.2.2-2
  Scenario: A second request with the From tag, Call-ID and CSeq of an ongoing transaction gets 482
    "If the request has no tag in the To header field, the UAS core MUST check the request against ongoing
    transactions. If the From tag, Call-ID, and CSeq exactly match those associated with an ongoing transaction, but
    the request does not match that transaction (based on the matching rules in Section 17.2.3), the UAS core SHOULD
    generate a 482 (Loop Detected) response and pass it to the server transaction."

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "options.sip"
    And alice receives a 200 response within 2 s
    When alice sends the template "options.sip"
    Then alice receives a 482 response within 2 s
    And its header "Call-ID" is the same as "call-id"
