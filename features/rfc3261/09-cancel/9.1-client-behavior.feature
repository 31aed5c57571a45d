@rfc3261-9.1 @uac @tcp
Feature: RFC 3261 §9.1 Client Behavior: the device cancels its INVITE
  The device is the UAC: it sends an INVITE to bob (a tester peer on TCP, so that no retransmission comes in between),
  then is told to cancel it ("the device sends a CANCEL to bob": the embedded UA hangs up the call it is setting up).

  @req-RFC3261-9.1-2 @req-RFC3261-9.1-3 @req-RFC3261-9.1-4 @req-RFC3261-9.1-6 @req-RFC3261-9.1-10
  Scenario: The CANCEL repeats the INVITE's Request-URI, Call-ID, To, From, CSeq number and top Via, and goes to the same place
    "The Request-URI, Call-ID, To, the numeric part of CSeq, and From header fields in the CANCEL request MUST be
    identical to those in the request being cancelled, including tags."
    "A CANCEL constructed by a client MUST have only a single Via header field value matching the top Via value in the
    request being cancelled."
    "However, the method part of the CSeq header field MUST have a value of CANCEL."
    "The CANCEL request MUST NOT contain any Require or Proxy-Require header fields."
    "The destination address, port, and transport for the CANCEL MUST be identical to those used to send the original
    request."
    bob has one address, on TCP: a CANCEL that reaches bob went to the INVITE's address, port and transport.

    Given the device is the uac
    And peer bob on tcp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And store its header "To" as "to"
    And store its header "From" as "from"
    And store its header "Call-ID" as "call"
    And store its header "CSeq" as "cseq"
    And store its header "Via" as "via"
    When bob answers with 180
    And the device sends a CANCEL to bob
    Then bob receives a CANCEL request within 2 s
    And its start line equals "CANCEL sip:bob@${local};transport=tcp SIP/2.0"
    And its header "To" is the same as "to"
    And its header "From" is the same as "from"
    And its header "Call-ID" is the same as "call"
    And its CSeq number is "cseq" plus 0
    And its header "CSeq" matches "[0-9]+ CANCEL"
    And its header "Via" has 1 value
    And its header "Via" is the same as "via"
    And its header "Require" is absent
    And its header "Proxy-Require" is absent

  @req-RFC3261-9.1-9
  Scenario: No CANCEL once the INVITE has a final response
    "If the original request has generated a final response, the CANCEL SHOULD NOT be sent, as it is an effective
    no-op, since CANCEL has no effect on requests that have already generated a final response."

    Given the device is the uac
    And peer bob on tcp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    When bob answers with 486
    Then bob receives an ACK request within 2 s
    When the device sends a CANCEL to bob
    Then bob receives nothing within 500 ms

  @req-RFC3261-9.1-1
  Scenario: No CANCEL for a request other than INVITE
    "A CANCEL request SHOULD NOT be sent to cancel a request other than INVITE."
    The OPTIONS has a provisional response, so nothing else would hold a CANCEL back.

    Given the device is the uac
    And peer bob on tcp
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    When bob answers with 100
    And the device sends a CANCEL to bob
    Then bob receives nothing within 500 ms
