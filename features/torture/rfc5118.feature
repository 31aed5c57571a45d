@rfc5118 @uas @udp
Feature: RFC 5118 IPv6 torture test messages, sent to a UAS
  The 12 messages of RFC 5118 §4, one scenario each, named by the RFC's test name, sent over UDP as the exact octets
  of the CRLF copies kept in templates/torture/rfc5118 (see the README there). Their point is the IPv6 references,
  several of them in the top Via (its sent-by, its "received" parameter), so the top Via is not rewritten: ";rport"
  (RFC 3581) is appended to it instead, and the device answers to the packet's source (RFC 3581 §4: "the server MUST
  insert a "received" parameter containing the source IP address that the request came from" ... "the response MUST
  be sent to the IP address listed in the "received" parameter, and the port in the "rport" parameter"). A device
  without RFC 3581 would answer to the IPv6 sent-by, out of the tester's reach. Each scenario checks the answer RFC
  5118 gives: a valid request is processed (a final response that is not 400), ipv6-bad gets 400.

  @rfc5118-4.1 @udp
  Scenario: ipv6-good
    "The request below is well-formatted according to the grammar in [RFC3261]. An IPv6 reference appears in the
    Request-URI (R-URI), Via header field, and Contact header field."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/ipv6-good.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc5118-4.2 @udp
  Scenario: ipv6-bad
    "The request below is not well-formatted according to the grammar in [RFC3261]. The IPv6 reference in the R-URI
    does not contain the mandated delimiters for an IPv6 reference ("[" and "]"). A SIP implementation receiving this
    request should respond with a 400 Bad Request error."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/ipv6-bad.dat"
    Then alice receives a 400 response within 2 s

  @rfc5118-4.3 @udp
  Scenario: port-ambiguous
    "From a parsing perspective, the request below is well-formed. However, from a semantic point of view, it will
    not yield the desired result. Unfortunately, since the IPv6 address in the R-URI is compressed, the intended port
    number becomes the last octet of the reference."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/port-ambiguous.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc5118-4.4 @udp
  Scenario: port-unambiguous
    "In contrast to the example in Section 4.3, the following REGISTER request leaves no ambiguity whatsoever on
    where the IPv6 address ends and the port number begins. This REGISTER request is well formatted per the grammar
    in [RFC3261]."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/port-unambiguous.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc5118-4.5 @udp
  Scenario: via-received-param-with-delim
    "A SIP implementation receiving either of these messages must parse them successfully. Even though this is not a
    valid request based on a strict interpretation of the grammar in [RFC3261], robust implementations must
    nonetheless be able to parse the topmost Via header field and continue processing the request."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/via-received-param-with-delim.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc5118-4.5 @udp
  Scenario: via-received-param-no-delim
    "The OPTIONS request below contains an IPv6 address in the Via "received" parameter without the adorning "[" and
    "]". This request is valid according to the grammar in [RFC3261]."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/via-received-param-no-delim.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc5118-4.6 @udp
  Scenario: ipv6-in-sdp
    "This request below is valid and well-formed according to the grammar in [RFC3261]. Note that the IPv6 addresses
    in the SDP [RFC4566] body do not have the delimiting "[" and "]"."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/ipv6-in-sdp.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc5118-4.7 @udp
  Scenario: mult-ip-in-header
    "The request below is valid and well-formed according to the grammar in [RFC3261]. The Via list contains a mix of
    IPv4 addresses and IPv6 references."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/mult-ip-in-header.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc5118-4.8 @udp
  Scenario: mult-ip-in-sdp
    "The request below is valid and well-formed according to the grammar in [RFC3261]. The SDP contains multiple
    media lines, and each media line is identified by a different network connection address."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/mult-ip-in-sdp.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc5118-4.9 @udp
  Scenario: ipv4-mapped-ipv6
    "A SIP implementation receiving a message that contains such a mapped address must be prepared to parse it
    successfully. The message below is well-formed according to the grammar in [RFC3261]."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/ipv4-mapped-ipv6.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc5118-4.10 @udp
  Scenario: ipv6-bug-abnf-3-colons
    "However, following the Robustness Principle [RFC1122], an implementation must tolerate both of the above
    constructs. A SIP implementation receiving such a message may exhibit robustness by successfully parsing the IPv6
    reference (it can choose to ignore the extra colon when parsing the IPv6 reference."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/ipv6-bug-abnf-3-colons.dat"
    Then alice receives a final response other than 400 within 2 s

  @rfc5118-4.10 @udp
  Scenario: ipv6-correct-abnf-2-colons
    "The next message has the correct syntax for the IPv6 reference in the R-URI."

    Given the device is the uas
    And peer alice on udp
    When alice sends the exact bytes of template "torture/rfc5118/ipv6-correct-abnf-2-colons.dat"
    Then alice receives a final response other than 400 within 2 s
