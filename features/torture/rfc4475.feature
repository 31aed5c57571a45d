@rfc4475 @uas
Feature: RFC 4475 SIP torture test messages, sent to a UAS
  The 49 messages of RFC 4475 §3, one scenario each, named by the RFC's test name, sent over the transport their top
  Via names (UDP, or TCP for the TCP ones) as the exact octets of the RFC's archive (Appendix A), kept in
  templates/torture/rfc4475 (see the README there). The one change: a UAS answers over UDP to the sent-by of the top Via
  (RFC 3261 §18.2.2), so the sent-by host and port of each request's top Via (and nothing else) is rewritten to the
  peer's address, ${local}; everything around it (LWS, line folding, parameters, the malformed ";;,;,," of badinv01,
  the bare "z9hG4bK" of badbranch) stays. bext01 also names TLS in its Via: the tester has no TLS peer, so it is sent
  over TCP with TCP in its place. The five responses (unreason, noreason, scalarlg, bigcode, bcast) are sent
  unchanged. Each scenario checks the answer RFC 4475 gives for the message: a valid request is processed (a final
  response that is not 400), an invalid one gets 400 or the status the RFC names, a response gets no answer.

  @rfc4475-3.1.1.1 @udp
  Scenario: wsinv
    "All elements should treat this as a well-formed request. The UnknownHeaderWithUnusualValue header field deserves
    special attention. [...] since the receiving element does not know the definition of the syntax for this field,
    it must parse it as a header value."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/wsinv.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.1.1.2 @tcp @req-RFC3261-8.2.1-1
  Scenario: intmeth
    "If this unusual URI has been defined at a proxy, the proxy will forward this request normally. Otherwise, a
    proxy will generate a 404. Endpoints will generate a 501 listing the methods they understand in an Allow header
    field."
    RFC 3261: §8.2.1: "Once a request is authenticated (or authentication is skipped), the UAS MUST inspect the
    method of the request."

    Given the device is the uas
    And peer alice on tcp
    When alice sends the exact bytes of template "torture/rfc4475/intmeth.dat"
    Then alice receives a 501 response within 2 s
    And its header "Allow" is present

  @rfc4475-3.1.1.3 @udp
  Scenario: esc01
    "A parser must accept this as a well-formed message. The application using the message must treat the % HEX HEX
    expansions as equivalent to the character being encoded. Note that the "name" uri-parameter has a value of
    "value%41", which is NOT equivalent to "valueA"."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/esc01.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.1.1.4 @udp
  Scenario: escnull
    "The message is well formed - parsers must accept this message. Implementations must take special care when
    unescaping the Address-of-Record (AOR) in this request so as to not prematurely shorten the username. This
    request registers two distinct contact URIs."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/escnull.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.1.1.5 @tcp @req-RFC3261-8.2.1-1
  Scenario: esc02
    "A parser should accept this message as well formed. A proxy would forward or reject the message depending on
    what the Request-URI meant to it. An endpoint would reject this message with a 501. This message has two Contact
    header field values, not three. <sip:alias2@host2.example.com> is a C%6Fntact header field value."
    RFC 3261: §8.2.1: "Once a request is authenticated (or authentication is skipped), the UAS MUST inspect the
    method of the request."

    Given the device is the uas
    And peer alice on tcp
    When alice sends the exact bytes of template "torture/rfc4475/esc02.dat"
    Then alice receives a 501 response within 2 s
    And its header "Allow" is present

  @rfc4475-3.1.1.6 @udp
  Scenario: lwsdisp
    "This OPTIONS request is not valid per the grammar in RFC 3261 since there is no LWS between the token in the
    display name and < in the From header field value. This has been identified as a specification bug that will be
    removed when RFC 3261 is revised. Elements should accept this request as well formed."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/lwsdisp.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.1.1.7 @tcp
  Scenario: longreq
    "This well-formed request contains header fields with many values and values that are very long."

    Given the device is the uas
    And peer alice on tcp
    When alice sends the exact bytes of template "torture/rfc4475/longreq.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.1.1.8 @udp @req-RFC3261-18.3-1
  Scenario: dblreq
    "A SIP element receiving this datagram would handle the REGISTER request normally and ignore the extra bits that
    look like an INVITE request. If the element is a proxy choosing to forward the REGISTER, the INVITE octets would
    not appear in the forwarded request."
    The device answers the REGISTER once and nothing else: a second answer would mean it took the INVITE octets after the
    body for a message. RFC 3261 §18.3: "If there are additional bytes in the transport packet beyond the end of the
    body, they MUST be discarded."
    RFC 3261: §18.3: "If there are additional bytes in the transport packet beyond the end of the body, they MUST be
    discarded."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/dblreq.dat"
    Then alice receives a final response other than 400 within 2 s
    And alice receives nothing within 500 ms

  @rfc4475-3.1.1.9 @udp
  Scenario: semiuri
    "Receiving elements will accept this as a well-formed message. The Request-URI will parse so that the user part
    is "user;par=u@example.net"."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/semiuri.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.1.1.10 @udp
  Scenario: transports
    "Parsers must accept this message as well formed. Elements receiving this message would process it exactly as if
    the 2nd and subsequent header field values specified UDP (or other transport)."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/transports.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.1.1.11 @udp
  Scenario: mpart01
    "This MESSAGE request contains two body parts. The second part is binary encoded and contains null (0x00)
    characters. Receivers must take care to frame the received message properly. Parsers must accept this message as
    well formed, even if the application above the parser does not support multipart/signed."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/mpart01.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.1.1.12 @udp
  Scenario: unreason
    "This response is well formed. A parser must accept this message."
    A response, sent unchanged: the device has no transaction for it and sends nothing back (a response is never
    answered); it must then still answer an OPTIONS. Whether it parsed the response is not visible on the wire.

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/unreason.dat"
    Then alice receives nothing within 500 ms
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/${transport} ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s

  @rfc4475-3.1.1.13 @udp
  Scenario: noreason
    "This well-formed response contains no reason phrase. A parser must accept this message. The space character
    after the reason code is required."
    A response, sent unchanged: the device has no transaction for it and sends nothing back (a response is never
    answered); it must then still answer an OPTIONS. Whether it parsed the response is not visible on the wire.

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/noreason.dat"
    Then alice receives nothing within 500 ms
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/${transport} ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s

  @rfc4475-3.1.2.1 @udp
  Scenario: badinv01
    "The Via header field of this request contains additional semicolons and commas without parameters or values. The
    Contact header field contains additional semicolons without parameters. This message is syntactically invalid. An
    element receiving this request should respond with a 400 Bad Request error."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/badinv01.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.2 @udp @req-RFC3261-18.3-3
  Scenario: clerr
    "When sent over UDP (as this message ostensibly was), the receiving element should respond with a 400 Bad Request
    error."
    RFC 3261 §18.3: "If the transport packet ends before the end of the message body, this is considered an error. If
    the message is a response, it MUST be discarded. If the message is a request, the element SHOULD generate a 400
    (Bad Request) response."
    RFC 3261: §18.3: "If the message is a request, the element SHOULD generate a 400 (Bad Request) response."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/clerr.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.3 @udp
  Scenario: ncl
    "An element receiving this message should respond with an error. This request appeared over UDP, so the remainder
    of the datagram can simply be discarded."
    An error: any 4xx.

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/ncl.dat"
    Then alice receives a 4xx response within 2 s

  @rfc4475-3.1.2.4 @tcp
  Scenario: scalar02
    "An element receiving this request should respond with a 400 Bad Request due to the CSeq error. If only the
    Max-Forwards field were in error, the element could choose to process the request as if the field were absent. If
    only the expiry values were in error, the element could treat them as if they contained the default values for
    expiration (3600 in this case)."

    Given the device is the uas
    And peer alice on tcp
    When alice sends the exact bytes of template "torture/rfc4475/scalar02.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.5 @tcp
  Scenario: scalarlg
    "This response contains several scalar header field values outside their legal range. An element receiving this
    response will simply discard it."
    A response, sent unchanged: the device has no transaction for it and sends nothing back (a response is never
    answered); it must then still answer an OPTIONS. Whether it parsed the response is not visible on the wire.

    Given the device is the uas
    And peer alice on tcp
    When alice sends the exact bytes of template "torture/rfc4475/scalarlg.dat"
    Then alice receives nothing within 500 ms
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/${transport} ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s

  @rfc4475-3.1.2.6 @udp
  Scenario: quotbal
    "This is a request with an unterminated quote in the display name of the To field. An element receiving this
    request should return a 400 Bad Request error."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/quotbal.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.7 @udp
  Scenario: ltgtruri
    "This INVITE request is invalid because the Request-URI has been enclosed within in "<>". It is reasonable always
    to reject a request with this error with a 400 Bad Request."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/ltgtruri.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.8 @udp
  Scenario: lwsruri
    "This INVITE has illegal LWS within the Request-URI. An element receiving this request should respond with a 400
    Bad Request."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/lwsruri.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.9 @udp
  Scenario: lwsstart
    "This INVITE has illegal multiple SP characters between elements of the start line. It is acceptable to reject
    this request as malformed."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/lwsstart.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.10 @tcp
  Scenario: trws
    "This OPTIONS request contains SP characters between the SIP-Version field and the CRLF terminating the
    Request-Line. It is acceptable to reject this request as malformed."

    Given the device is the uas
    And peer alice on tcp
    When alice sends the exact bytes of template "torture/rfc4475/trws.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.11 @udp
  Scenario: escruri
    "This INVITE is malformed, as the SIP Request-URI contains escaped headers. It is acceptable for an element to
    reject this request with a 400 Bad Request."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/escruri.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.12 @udp
  Scenario: baddate
    "This INVITE is invalid, as it contains a non-GMT time zone in the SIP Date header field. It is acceptable to
    reject this request as malformed (though an element shouldn't do that unless the contents of the Date header
    field were actually important to its processing)."
    The RFC accepts a 400 and prefers processing: any final response passes; no answer, or a broken device, fails.

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/baddate.dat"
    Then alice receives a final response within 2 s

  @rfc4475-3.1.2.13 @udp
  Scenario: regbadct
    "This REGISTER request is malformed. The SIP URI contained in the Contact Header field has an escaped header, so
    the field must be in name-addr form (which implies that the URI must be enclosed in <>). It is reasonable for an
    element receiving this request to respond with a 400 Bad Request."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/regbadct.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.14 @udp
  Scenario: badaspec
    "This request is malformed, since the addr-spec in the To header field contains spaces. Parsers receiving this
    request must not break. It is reasonable to reject this request with a 400 Bad Request response."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/badaspec.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.15 @udp
  Scenario: baddn
    "This OPTIONS request is malformed, since the display names in the To and From header fields contain non-token
    characters but are unquoted. It is reasonable always to reject this kind of error with a 400 Bad Request
    response."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/baddn.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.16 @udp
  Scenario: badvers
    "To an element implementing [RFC3261], this request is malformed due to its high version number. The element
    should respond to the request with a 505 Version Not Supported error."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/badvers.dat"
    Then alice receives a 505 response within 2 s

  @rfc4475-3.1.2.17 @udp
  Scenario: mismatch01
    "This request has mismatching values for the method in the start line and the CSeq header field. Any element
    receiving this request will respond with a 400 Bad Request."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/mismatch01.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.1.2.18 @udp
  Scenario: mismatch02
    "Any element receiving this response should respond with a 501 Not Implemented. A 400 Bad Request is also
    acceptable, but choosing a 501 (particularly at proxies) has better future-proof characteristics."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/mismatch02.dat"
    Then alice receives a final response within 2 s
    And its start line matches "SIP/2\.0 (501|400) .*"

  @rfc4475-3.1.2.19 @udp
  Scenario: bigcode
    "This response has a response code larger than 699. An element receiving this response should simply drop it."
    A response, sent unchanged: the device has no transaction for it and sends nothing back (a response is never
    answered); it must then still answer an OPTIONS. Whether it parsed the response is not visible on the wire.

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/bigcode.dat"
    Then alice receives nothing within 500 ms
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/${transport} ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s

  @rfc4475-3.2.1 @udp
  Scenario: badbranch
    "A parser must not break when receiving this message. An element receiving this request could reject the request
    with a 400 Response (preferably statelessly, as other requests from the source are likely also to have a
    malformed branch parameter), or it could fall back to the RFC 2543-style transaction identifier."
    Either answer the RFC allows (400, or processing with the RFC 2543 transaction identifier) passes; no answer
    fails.

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/badbranch.dat"
    Then alice receives a final response within 2 s

  @rfc4475-3.3.1 @udp
  Scenario: insuf
    "This request contains no Call-ID, From, or To header fields. An element receiving this message must not break
    because of the missing information. Ideally, it will respond with a 400 Bad Request error."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/insuf.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.3.2 @tcp @req-RFC3261-8.2.2.1-4
  Scenario: unkscm
    "This OPTIONS contains an unknown URI scheme in the Request-URI. A parser must accept this as a well-formed SIP
    request. An element receiving this request will reject it with a 416 Unsupported URI Scheme response."
    RFC 3261: §8.2.2.1: "If the Request-URI uses a scheme not supported by the UAS, it SHOULD reject the request with
    a 416 (Unsupported URI Scheme) response."

    Given the device is the uas
    And peer alice on tcp
    When alice sends the exact bytes of template "torture/rfc4475/unkscm.dat"
    Then alice receives a 416 response within 2 s

  @rfc4475-3.3.3 @tcp @req-RFC3261-8.2.2.1-4
  Scenario: novelsc
    "A parser must accept this as a well-formed SIP request. If an element will never accept this scheme as
    meaningful in a Request-URI, it is appropriate to treat it as unknown and return a 416 Unsupported URI Scheme
    response."
    RFC 3261: §8.2.2.1: "If the Request-URI uses a scheme not supported by the UAS, it SHOULD reject the request with
    a 416 (Unsupported URI Scheme) response."

    Given the device is the uas
    And peer alice on tcp
    When alice sends the exact bytes of template "torture/rfc4475/novelsc.dat"
    Then alice receives a 416 response within 2 s

  @rfc4475-3.3.4 @udp
  Scenario: unksm2
    "This message contains registered schemes in the To, From, and Contact header fields of a request. The message is
    syntactically valid. Parsers must not fail when receiving this message. Proxies should treat this message as they
    would any other request for this URI."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/unksm2.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.3.5 @tcp @req-RFC3261-8.2.2.3-1 @req-RFC3261-8.2.2.3-2 @req-RFC3261-21.4.15-1 @req-RFC3261-20.32-1
  Scenario: bext01
    "Any element receiving this request will respond with a 420 Bad Extension response, containing an Unsupported
    header field listing these features from either the Require or Proxy-Require header field, depending on the role
    in which the element is responding."
    RFC 3261: §8.2.2.3: "If a UAS does not understand an option-tag listed in a Require header field, it MUST respond
    by generating a response with status code 420 (Bad Extension)." §8.2.2.3: "The UAS MUST add an Unsupported header
    field, and list in it those options it does not understand amongst those in the Require header field of the
    request." §21.4.15: "The server MUST include a list of the unsupported extensions in an Unsupported header field
    in the response." §20.32: "Although an optional header field, the Require MUST NOT be ignored if it is present."

    Given the device is the uas
    And peer alice on tcp
    When alice sends the exact bytes of template "torture/rfc4475/bext01.dat"
    Then alice receives a 420 response within 2 s
    And its header "Unsupported" has 2 values
    And its header "Unsupported" matches "nothingSupportsThis, ?nothingSupportsThisEither|nothingSupportsThisEither, ?nothingSupportsThis"

  @rfc4475-3.3.6 @udp @req-RFC3261-8.2.3-1 @req-RFC3261-8.2.3-2 @req-RFC3261-21.4.13-1
  Scenario: invut
    "This INVITE request contains a body of unknown type. It is syntactically valid. A parser must not fail when
    receiving it. A proxy receiving this request would process it just as it would any other INVITE. An endpoint
    receiving this request would reject it with a 415 Unsupported Media Type error."
    RFC 3261: §8.2.3: "If there are any bodies whose type (indicated by the Content-Type), language (indicated by the
    Content-Language) or encoding (indicated by the Content-Encoding) are not understood, and that body part is not
    optional (as indicated by the Content-Disposition header field), the UAS MUST reject the request with a 415
    (Unsupported Media Type) response." §8.2.3: "The response MUST contain an Accept header field listing the types
    of all bodies it understands, in the event the request contained bodies of types not supported by the UAS."
    §21.4.13: "The server MUST return a list of acceptable formats using the Accept, Accept-Encoding, or
    Accept-Language header field, depending on the specific problem with the content."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/invut.dat"
    Then alice receives a 415 response within 2 s
    And its header "Accept" is present

  @rfc4475-3.3.7 @tcp @req-RFC3261-8.2.1-2 @req-RFC3261-8.2.1-3 @req-RFC3261-21.4.6-1
  Scenario: regaut01
    "This REGISTER request contains an Authorization header field with an unknown scheme. The request is well formed.
    A parser must not fail when receiving it. A proxy will treat this request as it would any other REGISTER.
    Endpoints choosing not to act as registrars will simply reject the request. A 405 Method Not Allowed is
    appropriate."
    RFC 3261: §8.2.1: "If the UAS recognizes but does not support the method of a request, it MUST generate a 405
    (Method Not Allowed) response." §8.2.1: "The UAS MUST also add an Allow header field to the 405 (Method Not
    Allowed) response." §21.4.6: "The response MUST include an Allow header field containing a list of valid methods
    for the indicated address."

    Given the device is the uas
    And peer alice on tcp
    When alice sends the exact bytes of template "torture/rfc4475/regaut01.dat"
    Then alice receives a 405 response within 2 s
    And its header "Allow" is present

  @rfc4475-3.3.8 @udp
  Scenario: multi01
    "The message contains a request with multiple Call-ID, To, From, Max-Forwards, and CSeq values. An element
    receiving this request must not break. An element receiving this request would respond with a 400 Bad Request
    error."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/multi01.dat"
    Then alice receives a 400 response within 2 s

  @rfc4475-3.3.9 @udp
  Scenario: mcl01
    "Multiple conflicting Content-Length header field values appear in this request. An element receiving this
    message should respond with an error. This request appeared over UDP, so the remainder of the datagram can simply
    be discarded."
    An error: any 4xx.

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/mcl01.dat"
    Then alice receives a 4xx response within 2 s

  @rfc4475-3.3.10 @udp
  Scenario: bcast
    "This message is a response with a 2nd Via header field value's sent-by containing 255.255.255.255. The message
    is well formed; parsers must not fail when receiving it."
    A response, sent unchanged: the device has no transaction for it and sends nothing back (a response is never
    answered); it must then still answer an OPTIONS. Whether it parsed the response is not visible on the wire.

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/bcast.dat"
    Then alice receives nothing within 500 ms
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/${transport} ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s

  @rfc4475-3.3.11 @udp
  Scenario: zeromf
    "This is a legal SIP request with the Max-Forwards header field value set to zero. A proxy should not forward the
    request and should respond 483 (Too Many Hops). An endpoint should process the request as if the Max-Forwards
    field value were still positive."
    Processed: neither 400 nor the proxy's 483.

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/zeromf.dat"
    Then alice receives a final response other than 400 within 2 s
    And its start line matches "SIP/2\.0 (?!483 ).*"

  @rfc4475-3.3.12 @udp
  Scenario: cparam01
    "This register request contains a contact where the 'unknownparam' parameter must be interpreted as a
    contact-param and not a url-param."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/cparam01.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.3.13 @udp
  Scenario: cparam02
    "This register request contains a contact where the URI has an unknown parameter. The register should succeed,
    and a subsequent retrieval of the registration must include "unknownparam" as a url-parameter."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/cparam02.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.3.14 @udp
  Scenario: regescrt
    "This register request contains a contact where the URI has an escaped header. The register should succeed, and a
    subsequent retrieval of the registration must include the escaped Route header in the contact URI for this
    binding."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/regescrt.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc4475-3.3.15 @udp
  Scenario: sdp01
    "The recipient of this request could respond with a 406 Not Acceptable, with a Warning/399 indicating that a
    response cannot be formulated in the formats offered in the Accept header field."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/sdp01.dat"
    Then alice receives a 406 response within 2 s

  @rfc4475-3.4.1 @udp
  Scenario: inv2543
    "This is a legal message per RFC 2543 (and several bis versions) that should be accepted by RFC 3261 elements
    that want to maintain backwards compatibility. There is no explicit Content-Length. (The body is assumed to be
    all octets in the datagram after the null-line.)"

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc4475/inv2543.dat"
    Then alice receives a final response other than 400 within 2 s
