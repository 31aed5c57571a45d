@rfc3261-7.3 @uas @udp
Feature: RFC 3261 §7.3 Header Fields on the wire: what the device accepts and writes

  @rfc3261-7.3.1 @req-RFC3261-7.3.1-5
  Scenario: The device takes Via values in any mix of rows and comma-separated lists
    "Implementations MUST be able to process multiple header field rows with the same name in any combination of the
    single-value-per-line or comma-separated value forms." The response carries the three Via values in their order,
    so the device read both rows and both values of the first row.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}, SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-second
      Via: SIP/2.0/UDP 192.0.2.2:5060;branch=z9hG4bK-third
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Via" has 3 values
    And its header "Via" matches "SIP/2\.0/UDP [^,]+, SIP/2\.0/UDP 192\.0\.2\.1:5060;branch=z9hG4bK-second, SIP/2\.0/UDP 192\.0\.2\.2:5060;branch=z9hG4bK-third"

  @rfc3261-7.3.1 @req-RFC3261-7.3.1-4
  Scenario: The device writes each WWW-Authenticate challenge on its own row
    "Multiple header field rows with these names MAY be present in a message, but since their grammar does not follow
    the general form listed in Section 7.3, they MUST NOT be combined into a single header field row." (WWW-Authenticate,
    Authorization, Proxy-Authenticate and Proxy-Authorization). The embedded device offers SHA-256 and MD5: two
    challenges; combined into one row they would read as one malformed challenge.

    Given the device is the embedded uas with users "alice:secret"
    And peer alice on udp
    When alice sends the template "options.sip"
    Then alice receives a 401 response within 2 s
    And its header "WWW-Authenticate" has 2 values
    And its parameter "algorithm" of header "WWW-Authenticate" matches "SHA-256|MD5"

  @rfc3261-7.3.1 @req-RFC3261-7.3.1-6
  Scenario: The device's To tag is the only tag parameter of To
    "Even though an arbitrary number of parameter pairs may be attached to a header field value, any given
    parameter-name MUST NOT appear more than once." The device adds a tag to a To that has other parameters.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>;x-info=1
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "To" matches "<sip:bob@[^>]+> *; *x-info=1 *; *tag=[^;,]+|<sip:bob@[^>]+> *; *tag=[^;,]+ *; *x-info=1"

  @rfc3261-7.3.1 @rfc3261-18.2.1 @req-RFC3261-7.3.1-6
  Scenario: The device's received parameter replaces a received parameter already in the top Via
    "any given parameter-name MUST NOT appear more than once." §18.2.1: "If the host portion of the "sent-by" parameter
    contains a domain name, or if it contains an IP address that differs from the packet source address, the server
    MUST add a "received" parameter to that Via header field value." The top Via already has a received parameter
    (a wrong one): the device must not write a second.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP 192.0.2.1:${local.port};branch=${branch};received=192.0.2.99
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Via" matches "SIP/2\.0/UDP 192\.0\.2\.1:[0-9]+;branch=z9hG4bK[^;]*;received=127\.0\.0\.1"

  @rfc3261-7.3.2 @rfc3261-20 @req-RFC3261-7.3.2-1 @req-RFC3261-20-8
  Scenario: Response header fields in a request are ignored
    "If a header field appears in a message not matching its category (such as a request header field in a response),
    it MUST be ignored." §20: "If one is placed in a request by mistake, it MUST be ignored by the UAS receiving the
    request." Server, Warning, Unsupported, Min-Expires, Retry-After and WWW-Authenticate are response header fields
    (Tables 2 and 3): an INVITE carrying them is answered as if they were not there.

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
      Server: tester/1.0
      Warning: 399 tester "misplaced response header"
      Unsupported: 100rel
      Min-Expires: 3600
      Retry-After: 30
      WWW-Authenticate: Digest realm="tester", nonce="abc"
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Content-Type" equals "application/sdp"

  @rfc3261-7.3.3 @req-RFC3261-7.3.3-3
  Scenario: The device accepts a request written with compact header names only
    "Implementations MUST accept both the long and short forms of each header name."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      v: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      t: <sip:bob@${sut}>
      f: <sip:alice@${local}>;tag=${tag}
      i: ${call-id}
      CSeq: 1 INVITE
      m: <sip:alice@${local}>
      k: nothing-needed
      s: compact
      c: application/sdp
      l: ${len}

      v=0
      o=alice 2890844526 2890844526 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49170 RTP/AVP 0
      a=rtpmap:0 PCMU/8000
      """
    Then alice receives a 200 response within 2 s
    And its header "Call-ID" equals "${call-id}"
    And its parameter "tag" of header "From" equals "${tag}"
    And its body contains "m=audio"
