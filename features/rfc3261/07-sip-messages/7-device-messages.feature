@rfc3261-7 @uas @udp
Feature: RFC 3261 §7 SIP Messages: what the device writes
  "The start-line, each message-header line, and the empty line MUST be terminated by a carriage-return line-feed
  sequence (CRLF). Note that the empty line MUST be present even if the message-body is not."
  The tester judges line ends strictly: a bare LF in the start line, a header line or the empty line makes the
  message malformed, and a malformed message matches no "receives" step.

  @req-RFC3261-7-1 @req-RFC3261-7.1-5 @req-RFC3261-8.1.1.2-2 @req-RFC3261-11-1
  Scenario: The device's response to OPTIONS ends its lines with CRLF and carries SIP/2.0 in upper case
    "To be compliant with this specification, applications sending SIP messages MUST include a SIP-Version of
    "SIP/2.0". The SIP-Version string is case-insensitive, but implementations MUST send upper-case."
    §8.1.1.2: "All SIP implementations MUST support the SIP URI scheme." §11: "All UAs MUST support the OPTIONS
    method." (a sip: Request-URI answered 200, neither 416 nor 405/501)

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "options.sip"
    Then alice receives a 200 response within 2 s
    And its start line matches "SIP/2\.0 200 .*"

  @req-RFC3261-7.1-4 @req-RFC3261-7.1-5 @req-RFC3261-7-1 @req-RFC3261-20-5 @req-RFC3261-20.16-1 @req-RFC3261-20.42-1 @req-RFC3261-20-7 @req-RFC3261-20.14-3
  Scenario: The BYE the device sends is a well-formed request with every mandatory header field
    "To be compliant with this specification, applications sending SIP messages MUST include a SIP-Version of
    "SIP/2.0"." "The SIP-Version string is case-insensitive, but implementations MUST send upper-case."
    §20: "A "mandatory" header field MUST be present in a request" (Table 3: Call-ID, CSeq, From, To, Max-Forwards
    and Via are mandatory in a BYE) and ""Not applicable" means that the header field MUST NOT be present in a
    request" (Min-Expires, Retry-After, Unsupported, Warning and WWW-Authenticate are not applicable to a BYE).
    §20.16: "The sequence number MUST be expressible as a 32-bit unsigned integer." §20.42: "For implementations
    compliant to this specification, the value of the branch parameter MUST start with the magic cookie "z9hG4bK"".
    §20.14: "If no body is present in a message, then the Content-Length header field value MUST be set to zero."

    Given the device is the embedded uas hanging up 200 ms after answering
    And peer alice on udp
    When alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    And alice acknowledges it
    Then alice receives a BYE request within 2 s
    And its start line matches "BYE [^ ]+ SIP/2\.0"
    And its header "Call-ID" is present
    And its header "From" is present
    And its header "To" is present
    And its header "Max-Forwards" matches "[0-9]+"
    And its header "CSeq" matches "(\d{1,9}|[1-3]\d{9}|4[01]\d{8}|42[0-8]\d{7}|429[0-3]\d{6}|4294[0-8]\d{5}|42949[0-5]\d{4}|429496[0-6]\d{3}|4294967[01]\d{2}|42949672[0-8]\d|429496729[0-5]) BYE"
    And its parameter "branch" of header "Via" matches "z9hG4bK.+"
    And its header "Min-Expires" is absent
    And its header "Retry-After" is absent
    And its header "Unsupported" is absent
    And its header "Warning" is absent
    And its header "WWW-Authenticate" is absent
    And its header "Content-Length" equals "0"
