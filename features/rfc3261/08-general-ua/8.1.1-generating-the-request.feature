@rfc3261-8.1.1 @uac
Feature: RFC 3261 §8.1.1 Generating the Request
  The device is the UAC: it is made to send requests outside of any dialog to bob (a tester peer), and bob checks the
  header fields the device wrote. Where a value must be new for each request, the device sends two and the second is
  compared with the first, over TCP (no retransmission of the first can be taken for the second).

  @rfc3261-8.1.1.1 @req-RFC3261-8.1.1.1-1 @rfc3261-8.1.1.2 @req-RFC3261-8.1.1.2-2 @udp
  Scenario: The Request-URI of a new request is the URI of its To field, a SIP URI
    §8.1.1.1: "The initial Request-URI of the message SHOULD be set to the value of the URI in the To field."
    §8.1.1.2: "All SIP implementations MUST support the SIP URI scheme."

    Given the device is the uac
    And peer bob on udp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And its start line equals "INVITE sip:bob@${local} SIP/2.0"
    And its header "To" matches "(?:[^<]*<)?sip:bob@${local}>?(?:;.*)?"

  @rfc3261-8.1.1.2 @req-RFC3261-8.1.1.2-4 @rfc3261-8.1.1.3 @req-RFC3261-8.1.1.3-2 @tcp
  Scenario: A request outside of a dialog has no To tag, and a new From tag
    §8.1.1.2: "A request outside of a dialog MUST NOT contain a To tag; the tag in the To field of a request identifies
    the peer of the dialog."
    §8.1.1.3: "The From field MUST contain a new "tag" parameter, chosen by the UAC."

    Given the device is the uac
    And peer bob on tcp
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And its parameter "tag" of header "To" is absent
    And its parameter "tag" of header "From" is present
    And store its parameter "tag" of header "From" as "first-tag"
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And its parameter "tag" of header "To" is absent
    And its parameter "tag" of header "From" is not the same as "first-tag"

  @rfc3261-8.1.1.4 @req-RFC3261-8.1.1.4-3 @rfc3261-8.1.1.7 @req-RFC3261-8.1.1.7-4 @tcp
  Scenario: Two new requests have different Call-IDs and different branches
    §8.1.1.4: "In a new request created by a UAC outside of any dialog, the Call-ID header field MUST be selected by the
    UAC as a globally unique identifier over space and time unless overridden by method-specific behavior."
    §8.1.1.7: "The branch parameter value MUST be unique across space and time for all requests sent by the UA."

    Given the device is the uac
    And peer bob on tcp
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And store its header "Call-ID" as "first-call"
    And store its parameter "branch" of header "Via" as "first-branch"
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And its header "Call-ID" is not the same as "first-call"
    And its parameter "branch" of header "Via" is not the same as "first-branch"

  @rfc3261-8.1.1.4 @req-RFC3261-8.1.1.4-1 @udp
  Scenario: The ACK of the dialog the device's INVITE set up has the INVITE's Call-ID
    "It MUST be the same for all requests and responses sent by either UA in a dialog."

    Given the device is the uac
    And peer bob on udp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And store its header "Call-ID" as "call"
    When bob answers with 200 containing:
      """
      Contact: <sip:bob@${local}>
      """
    Then bob receives an ACK request within 2 s
    And its header "Call-ID" is the same as "call"

  @rfc3261-8.1.1.5 @req-RFC3261-8.1.1.5-1 @req-RFC3261-8.1.1.5-2 @tcp
  Scenario: The CSeq of a request names its method, with a sequence number below 2**31
    "The method MUST match that of the request."
    "The sequence number value MUST be expressible as a 32-bit unsigned integer and MUST be less than 2**31."

    Given the device is the uac
    And peer bob on tcp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And its header "CSeq" matches "(?:[0-9]{1,9}|1[0-9]{9}|20[0-9]{8}|21[0-3][0-9]{7}|214[0-6][0-9]{6}|2147[0-3][0-9]{5}|21474[0-7][0-9]{4}|214748[0-2][0-9]{3}|2147483[0-5][0-9]{2}|21474836[0-3][0-9]|214748364[0-7]) INVITE"
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And its header "CSeq" matches "(?:[0-9]{1,9}|1[0-9]{9}|20[0-9]{8}|21[0-3][0-9]{7}|214[0-6][0-9]{6}|2147[0-3][0-9]{5}|21474[0-7][0-9]{4}|214748[0-2][0-9]{3}|2147483[0-5][0-9]{2}|21474836[0-3][0-9]|214748364[0-7]) OPTIONS"

  @rfc3261-8.1.1.6 @req-RFC3261-8.1.1.6-1 @udp
  Scenario: A request the device originates has Max-Forwards: 70
    "A UAC MUST insert a Max-Forwards header field into each request it originates with a value that SHOULD be 70."

    Given the device is the uac
    And peer bob on udp
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And its header "Max-Forwards" equals "70"

  @rfc3261-8.1.1.7 @req-RFC3261-8.1.1.7-1 @req-RFC3261-8.1.1.7-2 @req-RFC3261-8.1.1.7-3 @req-RFC3261-8.1.1.7-5 @udp
  Scenario: The Via of a request is SIP/2.0 with a branch that begins with the magic cookie
    "When the UAC creates a request, it MUST insert a Via into that request."
    "The protocol name and protocol version in the header field MUST be SIP and 2.0, respectively."
    "The Via header field value MUST contain a branch parameter."
    "The branch ID inserted by an element compliant with this specification MUST always begin with the characters
    "z9hG4bK"."

    Given the device is the uac
    And peer bob on udp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And its header "Via" has 1 value
    And its header "Via" matches "SIP */ *2\.0 */ *UDP .*"
    And its parameter "branch" of header "Via" matches "z9hG4bK.+"

  @rfc3261-8.1.1.8 @req-RFC3261-8.1.1.8-1 @req-RFC3261-8.1.1.8-2 @udp
  Scenario: The INVITE has one Contact, a SIP URI at which the device answers a request outside of any dialog
    "The Contact header field MUST be present and contain exactly one SIP or SIPS URI in any request that can result
    in the establishment of a dialog."
    "That is, the Contact header field value contains the URI at which the UA would like to receive requests, and this
    URI MUST be valid even if used in subsequent requests outside of any dialogs."
    The Contact names the device's address (${sut}); bob then sends it an OPTIONS there, outside of any dialog.

    Given the device is the uac
    And peer bob on udp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And its header "Contact" has 1 value
    And its header "Contact" matches "(?:[^<]*<)?sips?:(?:[^@>]+@)?${sut}(?:;[^>]*)?>?(?:;.*)?"
    And store its header "Contact" as "contact"
    When bob sends:
      """
      OPTIONS sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: ${contact}
      From: <sip:bob@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then bob receives a 200 response within 2 s

  @rfc3261-8.1.1.9 @req-RFC3261-8.1.1.9-2 @req-RFC3261-8.1.1.9-5 @rfc3261-20.32 @req-RFC3261-20.32-3 @udp
  Scenario: The option tags of the device's requests are those of standards-track RFCs
    §8.1.1.9: "The option tags listed MUST only refer to extensions defined in standards-track RFCs."
    "As with the Supported header field, the option tags in the Require and Proxy-Require header fields MUST only refer
    to extensions defined in standards-track RFCs."
    §20.32: "A UAC compliant to this specification MUST only include option tags corresponding to standards-track RFCs."
    The list: the option tags of the IANA registry defined by standards-track RFCs.

    Given the device is the uac
    And peer bob on udp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And its header "Supported" has only values among "100rel, 199, answermode, early-session, eventlist, from-change, geolocation, gruu, histinfo, ice, join, multiple-refer, norefersub, outbound, path, policy, precondition, pref, record-aware, recipient-list-invite, recipient-list-message, recipient-list-subscribe, replaces, resource-priority, sdp-anat, sec-agree, siprec, tdialog, timer, trickle-ice"
    And its header "Require" has only values among "100rel, 199, answermode, early-session, eventlist, from-change, geolocation, gruu, histinfo, ice, join, multiple-refer, norefersub, outbound, path, policy, precondition, pref, record-aware, recipient-list-invite, recipient-list-message, recipient-list-subscribe, replaces, resource-priority, sdp-anat, sec-agree, siprec, tdialog, timer, trickle-ice"
    And its header "Proxy-Require" has only values among "100rel, 199, answermode, early-session, eventlist, from-change, geolocation, gruu, histinfo, ice, join, multiple-refer, norefersub, outbound, path, policy, precondition, pref, record-aware, recipient-list-invite, recipient-list-message, recipient-list-subscribe, replaces, resource-priority, sdp-anat, sec-agree, siprec, tdialog, timer, trickle-ice"
