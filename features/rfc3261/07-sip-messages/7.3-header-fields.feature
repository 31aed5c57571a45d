@rfc3261-7.3 @message
Feature: RFC 3261 §7.3 Header Fields
  "Header fields can be extended over multiple lines by preceding each extra line with at least one SP or
  horizontal tab (HT). The line break and the whitespace at the beginning of the next line are treated as a
  single SP character."
  "Multiple header field rows with the same field-name MAY be present in a message if and only if the entire
  field-value for that header field is defined as a comma-separated list."
  "SIP provides a mechanism to represent common header field names in an abbreviated form."

  @rfc3261-7.3.1
  Scenario: A folded header value is one value
    Given the message:
      """
      OPTIONS sip:bob@biloxi.example.com SIP/2.0
      Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9
      Max-Forwards: 70
      Subject: I know you're there,
          pick up the phone
      To: <sip:bob@biloxi.example.com>
      From: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl
      Call-ID: 3848276298220188511@atlanta.example.com
      CSeq: 63104 OPTIONS
      Content-Length: 0
      """
    When the embedded stack decodes it
    Then it is accepted
    And header "Subject" is "I know you're there, pick up the phone"
    And re-encoding it gives the same bytes

  @rfc3261-7.3.1 @req-RFC3261-7.3.1-3 @req-RFC3261-7.3.1-5
  Scenario: Rows of a list header and comma-separated values are the same list
    Given the message:
      """
      OPTIONS sip:bob@biloxi.example.com SIP/2.0
      Via: SIP/2.0/UDP p1.example.com;branch=z9hG4bKa, SIP/2.0/TCP p2.example.com;branch=z9hG4bKb
      Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9
      Max-Forwards: 70
      To: <sip:bob@biloxi.example.com>
      From: "Alice, of Atlanta" <sip:alice@atlanta.example.com>;tag=9fxced76sl
      Call-ID: 3848276298220188511@atlanta.example.com
      CSeq: 63104 OPTIONS
      Content-Length: 0
      """
    When the embedded stack decodes it
    Then it is accepted
    And header "Via" has 3 values
    And header "From" has 1 value
    And header "Via" parameter "branch" is "z9hG4bKa"

  @rfc3261-7.3.3 @req-RFC3261-7.3.3-3
  Scenario: Compact header names are the long names
    Given the message:
      """
      OPTIONS sip:bob@biloxi.example.com SIP/2.0
      v: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9
      Max-Forwards: 70
      t: <sip:bob@biloxi.example.com>
      f: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl
      i: 3848276298220188511@atlanta.example.com
      CSeq: 63104 OPTIONS
      l: 0
      """
    When the embedded stack decodes it
    Then it is accepted
    And header "From" parameter "tag" is "9fxced76sl"
    And header "Call-ID" is "3848276298220188511@atlanta.example.com"
    And header "Content-Length" is "0"

  @rfc3261-7.3.1
  Scenario: Field names are case-insensitive
    Given the message:
      """
      OPTIONS sip:bob@biloxi.example.com SIP/2.0
      VIA: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9
      max-forwards: 70
      tO: <sip:bob@biloxi.example.com>
      FROM: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl
      call-id: 3848276298220188511@atlanta.example.com
      cseq: 63104 OPTIONS
      CONTENT-LENGTH: 0
      """
    When the embedded stack decodes it
    Then it is accepted
    And header "Via" parameter "branch" is "z9hG4bK74bf9"
    And header "Max-Forwards" is "70"
