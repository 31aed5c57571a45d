@rfc3261-8.2.4 @uas @udp
Feature: RFC 3261 §8.2.4 Applying Extensions
  "A UAS that wishes to apply some extension when generating the response MUST NOT do so unless support for that
  extension is indicated in the Supported header field in the request. If the desired extension is not supported, the
  server SHOULD rely only on baseline SIP and any other extensions supported by the client."

  @rfc3261-21.4.16 @req-RFC3261-8.2.4-1 @req-RFC3261-8.2.4-7 @req-RFC3261-8.2.4-2 @req-RFC3261-21.4.16-2 @req-RFC3261-21.4.16-3
  Scenario: An INVITE that lists no extension is answered with baseline SIP
    "Of course, the server MUST NOT apply extensions not listed in the Supported header field in the request."
    §21.4.16: "A UAS SHOULD NOT use this response unless it truly cannot provide any useful service to the client.
    Instead, if a desirable extension is not listed in the Supported header field, servers SHOULD process the request
    using baseline SIP capabilities and any extensions supported by the client." No Supported header field: the 180
    and the 200 require nothing of the client (no Require, no reliable provisional response with RSeq), and no 421.

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 180 response within 2 s
    And its header "Require" is absent
    And its header "RSeq" is absent
    And alice receives a 200 response within 2 s
    And its header "Require" is absent
    And its header "Session-Expires" is absent
