@rfc3261-19.1 @uas @udp
Feature: RFC 3261 §19.1 SIP and SIPS URIs, on the wire
  The device is the UAS and gets OPTIONS requests whose URIs carry parameters and components it does not know or
  that Table 1 of §19.1.1 does not allow where they are, and URIs that break the syntax of §19.1.

  Background:
    Given the device is the uas
    And peer alice on udp

  @rfc3261-19.1.1 @req-RFC3261-19.1.1-12
  Scenario: URI parameters the device does not understand are ignored
    "Since the uri-parameter mechanism is extensible, SIP elements MUST silently ignore any uri-parameters that they
    do not understand."

    When alice sends:
      """
      OPTIONS sip:bob@${sut};x-unknown=1;x-flag SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut};x-unknown=2>
      From: <sip:alice@${local};x-unknown=3>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Contact: <sip:alice@${local};x-unknown=4>
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "1 OPTIONS"

  @rfc3261-19.1.1 @req-RFC3261-19.1.1-13
  Scenario: Components Table 1 does not allow in a Request-URI or a To URI are ignored
    "Elements processing URIs SHOULD ignore any disallowed components if they are present."
    Table 1 allows no method parameter in a Request-URI, and neither maddr, ttl, transport, lr, method nor headers
    in To: the OPTIONS stays an OPTIONS and is answered 200. (Headers in a Request-URI make the request malformed,
    RFC 4475 §3.1.2.11: they are not tried here.)

    When alice sends:
      """
      OPTIONS sip:bob@${sut};method=INVITE SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut};maddr=192.0.2.1;ttl=5;transport=tcp;lr;method=INVITE?Subject=ignored>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "1 OPTIONS"

  @rfc3261-19.1.2 @req-RFC3261-19.1.2-6
  Scenario: A Request-URI whose host is escaped is not taken for the device's address
    "Note that character escaping is not allowed in the host component of a SIP or SIPS URI (the % character is not
    valid in its expansion). This is likely to change in the future as requirements for Internationalized Domain
    Names are finalized. Current implementations MUST NOT attempt to improve robustness by treating received escaped
    characters in the host component as literally equivalent to their unescaped counterpart."
    %31%32%37.0.0.1 would be 127.0.0.1, the device's address, if it were unescaped.

    When alice sends:
      """
      OPTIONS sip:bob@%31%32%37.0.0.1:${sut.port} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 4xx response within 2 s
    And its header "CSeq" equals "1 OPTIONS"

  @rfc3261-19.1.1
  Scenario: A Request-URI with an @ sign and an empty user is refused
    "If the @ sign is present in a SIP or SIPS URI, the user field MUST NOT be empty." Such a URI does not match the
    grammar of §25.1 (user = 1*( unreserved / escaped / user-unreserved )): the request is malformed. (The requirement
    itself, on the URIs the device makes, is checked in 19.1.5-forming-requests-from-a-uri.feature.)

    When alice sends:
      """
      OPTIONS sip:@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 400 response within 2 s
