@rfc3261-8.2.2 @uas @udp
Feature: RFC 3261 §8.2.2 Header Inspection
  The UAS checks the Request-URI scheme and the Require header field before it processes a request.

  @rfc3261-8.2.2.1 @req-RFC3261-8.2.2.1-4
  Scenario: A Request-URI scheme the UAS does not support gets 416
    "If the Request-URI uses a scheme not supported by the UAS, it SHOULD reject the request with a 416 (Unsupported
    URI Scheme) response."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS nobodyKnowsThisScheme:totallyopaquecontent SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 416 response within 2 s

  @rfc3261-8.2.2.3 @rfc3261-20.32 @rfc3261-21.4.15 @req-RFC3261-8.2.2.3-1 @req-RFC3261-8.2.2.3-2 @req-RFC3261-20.32-1 @req-RFC3261-20.32-2 @req-RFC3261-21.4.15-1
  Scenario: An option tag in Require that the UAS does not understand gets 420 with Unsupported
    §20.32: "Although an optional header field, the Require MUST NOT be ignored if it is present." "Each option tag
    defines a SIP extension that MUST be understood to process the request." §21.4.15: "The server MUST include a list
    of the unsupported extensions in an Unsupported header field in the response."
    "If a UAS does not understand an option-tag listed in a Require header field, it MUST respond by generating a
    response with status code 420 (Bad Extension). The UAS MUST add an Unsupported header field, and list in it those
    options it does not understand amongst those in the Require header field of the request."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Require: nothingKnowsThisExtension
      Content-Length: 0
      """
    Then alice receives a 420 response within 2 s
    And its header "Unsupported" equals "nothingKnowsThisExtension"

  @req-RFC3261-8.2.2-1
  Scenario: Header fields the UAS does not understand are ignored
    "If a UAS does not understand a header field in a request (that is, the header field is not defined in this
    specification or in any supported extension), the server MUST ignore that header field and continue processing the
    message." The INVITE is answered as one without those header fields: 200 with an offer.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      X-Nothing-Knows-This: value;with=params, and, commas
      P-Unknown-Extension: <sip:somewhere@example.com>
      Newfangled-Header: "quoted" <weird> =;,
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its body contains "m=audio"

  @req-RFC3261-8.2.2-2
  Scenario: Malformed header fields the UAS does not need are ignored
    "A UAS SHOULD ignore any malformed header fields that are not necessary for processing requests." Date,
    Priority and MIME-Version play no part in answering an OPTIONS.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Date: the day before yesterday
      Priority: @@@
      MIME-Version: one point zero
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s

  @rfc3261-8.2.2.3 @req-RFC3261-8.2.2.3-4
  Scenario: Require in a CANCEL is ignored
    "Note that Require and Proxy-Require MUST NOT be used in a SIP CANCEL request or in an ACK request sent for a
    non-2xx response. These header fields MUST be ignored if they are present in these requests." The CANCEL carries an
    option tag the device does not understand: it is answered 200 (not 420) and the INVITE 487.

    Given the device is the embedded uas answering 200 after ringing 2 s
    And peer alice on udp
    When alice sends the template "invite.sip"
    And alice receives a 180 response within 2 s
    And store its parameter "branch" of header "Via" as "invite-branch"
    And alice sends:
      """
      CANCEL sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${invite-branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 CANCEL
      Require: nothingKnowsThisExtension
      Proxy-Require: nothingKnowsThisExtension
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "1 CANCEL"
    And alice receives a 487 response within 2 s

  @rfc3261-8.2.2.1 @req-RFC3261-8.2.2.1-5
  Scenario: A Request-URI the UAS does not take requests for gets 404
    "If the Request-URI does not identify an address that the UAS is willing to accept requests for, it SHOULD reject
    the request with a 404 (Not Found) response."
    The device takes requests for bob only: the reference UAS with the option accept=bob; an external device runs it
    only when its profile declares option.accept=bob (it is set up to take requests for the user bob and no other).

    Given the device is the uas with "accept=bob"
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:nobody-${user}@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:nobody-${user}@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 404 response within 2 s

  @rfc3261-8.2.2.1 @req-RFC3261-8.2.2.1-3
  Scenario: A UAS that refuses requests whose To is another user's answers 403
    "A UAS MAY apply any policy it wishes to determine whether to accept requests when the To header field is not the
    identity of the UAS." "If, on the other hand, the UAS decides to reject the request, it SHOULD generate a response
    with a 403 (Forbidden) status code and pass it to the server transaction for transmission."
    The device takes requests for bob only and refuses those whose To is someone else's: the reference UAS with the
    options accept=bob and foreign-to=reject; an external device runs it only when its profile declares both
    (option.accept=bob, option.foreign-to=reject). The Request-URI is bob's, the To carol's.

    Given the device is the uas with "accept=bob, foreign-to=reject"
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:carol@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 403 response within 2 s
