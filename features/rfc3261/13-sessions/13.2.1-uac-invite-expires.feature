@rfc3261-13.2.1 @uac @udp
Feature: RFC 3261 §13.2.1 Creating the Initial INVITE: an INVITE whose Expires passes
  The device is handed a URI with an Expires header (§19.1.5: "the device sends bob a request formed from the URI"),
  so that its INVITE to bob says Expires: 1; bob rings and never answers.

  @req-RFC3261-13.2.1-6
  Scenario: The INVITE's Expires passes while bob rings: the device cancels it
    "If the time indicated in the Expires header field is reached and no final answer for the INVITE has been
    received, the UAC core SHOULD generate a CANCEL request for the INVITE, as per Section 9."
    The CANCEL may not come before the second is over; it comes soon after.

    Given the device is the uac
    And peer bob on udp
    When the device sends bob a request formed from the URI "sip:bob@${local}?Expires=1"
    Then bob receives an INVITE request within 2 s
    And its header "Expires" equals "1"
    When bob answers with 180
    Then bob receives no CANCEL request within 500 ms
    And bob receives a CANCEL request within 2 s
    When bob answers with 200
    And bob answers the INVITE with 487
    Then bob receives an ACK request within 2 s
