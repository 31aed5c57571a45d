@rfc3261-10.2 @uac
Feature: RFC 3261 §10.2 Constructing the REGISTER Request, and refreshing it
  The device is the UAC: it is made to register with bob, a tester peer playing the registrar, on TCP (no
  retransmission comes between two REGISTERs). Bob's 200 grants the device's Contact 1 s (expires=1), so the device
  refreshes the binding within the second (§10.2.4).

  @tcp @req-RFC3261-10.2-4 @req-RFC3261-10.2-6 @req-RFC3261-10.2-7 @req-RFC3261-10.2-12 @rfc3261-10.2.2 @req-RFC3261-10.2.2-2
  Scenario: The REGISTER names the registrar's domain, the address-of-record and the device's Contact
    "The following header fields, except Contact, MUST be included in a REGISTER request. A Contact header field MAY
    be included:" (Request-URI, To, From, Call-ID, CSeq)
    "The "userinfo" and "@" components of the SIP URI MUST NOT be present."
    "This address-of-record MUST be a SIP URI or SIPS URI."
    "UACs SHOULD NOT use the "action" parameter."
    §10.2.2: "The REGISTER-specific Contact header field value of "*" applies to all registrations, but it MUST NOT be
    used unless the Expires header field is present with a value of "0"." (This REGISTER asks for a binding: its
    Contact is a URI, not "*".)

    Given the device is the uac
    And peer bob on tcp
    When the device sends a REGISTER to bob
    Then bob receives a REGISTER request within 2 s
    And its start line matches "REGISTER sips?:[^@ ]+ SIP/2\.0"
    And its header "To" matches "(?:[^<]*<)?sips?:.*"
    And its header "From" is present
    And its header "Call-ID" is present
    And its header "CSeq" matches "[0-9]+ REGISTER"
    And its header "Contact" matches "(?:[^<]*<)?sips?:.*"
    And its parameter "action" of header "Contact" is absent

  @tcp @rfc3261-10.2.4 @req-RFC3261-10.2-2 @req-RFC3261-10.2-3 @req-RFC3261-10.2-8 @req-RFC3261-10.2-9 @req-RFC3261-10.2.4-1 @req-RFC3261-10.2.4-3 @req-RFC3261-10.2.4-4 @rfc3261-8.1.1.4 @req-RFC3261-8.1.1.4-2
  Scenario: The refresh has the same Call-ID, the next CSeq, the device's own Contact only, and no Route
    §10.2: "The Record-Route header field has no meaning in REGISTER requests or responses, and MUST be ignored if
    present. In particular, the UAC MUST NOT create a new route set based on the presence or absence of a Record-Route
    header field in any response to a REGISTER request."
    "Call-ID: All registrations from a UAC SHOULD use the same Call-ID header field value for registrations sent to a
    particular registrar."
    "A UA MUST increment the CSeq value by one for each REGISTER request with the same Call-ID."
    §10.2.4: "A UA SHOULD NOT refresh bindings set up by other UAs." "A UA SHOULD use the same Call-ID for all
    registrations during a single boot cycle." "Registration refreshes SHOULD be sent to the same network address as
    the original registration, unless redirected."
    §8.1.1.4: "It SHOULD be the same in each registration from a UA."
    Bob's 200 lists another UA's binding too, and a Record-Route; the refresh still reaches bob (the same address).

    Given the device is the uac
    And peer bob on tcp
    When the device sends a REGISTER to bob
    Then bob receives a REGISTER request within 2 s
    And store its header "Call-ID" as "call"
    And store its header "CSeq" as "cseq"
    And store its header "Contact" as "contact"
    When bob answers with 200 containing:
      """
      Record-Route: <sip:192.0.2.1;lr>
      Contact: ${contact};expires=1, <sip:other-ua@192.0.2.9>;expires=3600
      """
    Then bob receives a REGISTER request within 2 s
    And its header "Call-ID" is the same as "call"
    And its CSeq number is "cseq" plus 1
    And its header "Route" is absent
    And its header "Contact" has 1 value
    And its header "Contact" is the same as "contact"

  @tcp @rfc3261-10.2.2 @req-RFC3261-10.2.2-1 @req-RFC3261-10.2.2-2
  Scenario: The device removes its binding with an expiry of zero
    §10.2.2: "UAs SHOULD support this mechanism so that bindings can be removed before their expiration interval has
    passed."
    "The REGISTER-specific Contact header field value of "*" applies to all registrations, but it MUST NOT be used
    unless the Expires header field is present with a value of "0"."

    Given the device is the uac
    And peer bob on tcp
    When the device sends a REGISTER to bob
    Then bob receives a REGISTER request within 2 s
    And store its header "Call-ID" as "call"
    And store its header "CSeq" as "cseq"
    When bob answers with 200
    And the device unregisters from bob
    Then bob receives a REGISTER request within 2 s
    And its header "Call-ID" is the same as "call"
    And its CSeq number is "cseq" plus 1
    And its header "Expires" equals "0"

  @udp @isolated @rfc3261-10.2.7 @req-RFC3261-10.2.7-1
  Scenario: A REGISTER that timed out is not re-attempted at once
    §10.2.7: "If the transaction layer returns a timeout error because the REGISTER yielded no response, the UAC SHOULD
    NOT immediately re-attempt a registration to the same registrar."
    Bob never answers: the device retransmits until Timer F (64*T1), then sends nothing for a second.

    Given the device is the uac
    And peer bob on udp
    When the device sends a REGISTER to bob
    Then bob receives a REGISTER request within 2 s
    And bob receives its retransmissions on Timer E until 64*T1
    And bob receives nothing within 1 s

  @tcp @req-RFC3261-10.2-11
  Scenario: The removal asked for while the REGISTER has no final response waits for it
    "UAs MUST NOT send a new registration (that is, containing new Contact header field values, as opposed to a
    retransmission) until they have received a final response from the registrar for the previous one or the previous
    REGISTER request has timed out."
    Bob holds his answer to the first REGISTER while the device is told to remove its binding.

    Given the device is the uac
    And peer bob on tcp
    When the device sends a REGISTER to bob
    Then bob receives a REGISTER request within 2 s
    When the device unregisters from bob
    Then bob receives nothing within 500 ms
    When bob answers with 200
    Then bob receives a REGISTER request within 2 s
    And its header "Expires" equals "0"
