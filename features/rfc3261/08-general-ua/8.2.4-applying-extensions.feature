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

  @rfc3261-21.4.16 @req-RFC3261-8.2.4-4 @req-RFC3261-21.4.16-1
  Scenario: An INVITE that lacks an extension the device requires gets 421 with the extension in Require
    "In rare circumstances, where the server cannot process the request without the extension, the server MAY send a
    421 (Extension Required) response. This response indicates that the proper response cannot be generated without
    support of a specific extension. The needed extension(s) MUST be included in a Require header field in the
    response."
    §21.4.16: "Responses with this status code MUST contain a Require header field listing the required extensions."
    The device requires reliable provisional responses (RFC 3262, option tag 100rel) of its callers: the reference UAS
    with the option 100rel=required; an external device runs it only when its profile declares option.100rel=required
    (it is set up so). The INVITE lists no extension.

    Given the device is the uas with "100rel=required"
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 421 response within 2 s
    And its header "Require" contains "100rel"

  @req-RFC3261-8.2.4-6
  Scenario: The device's reliable 180 lists 100rel in its Require
    "Any extensions applied to a non-421 response MUST be listed in a Require header field included in the response."
    The INVITE lists 100rel (RFC 3262) in Supported; the device applies it to its 180, which it then sends reliably,
    with an RSeq header field: the reference UAS with the option 100rel=on; an external device runs it only when its
    profile declares option.100rel=on (it is set up to send provisional responses reliably when the caller supports
    it).

    Given the device is the uas with "100rel=on"
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Supported: 100rel
      Content-Length: 0
      """
    Then alice receives a 180 response within 2 s
    And its header "RSeq" is present
    And its header "Require" contains "100rel"
