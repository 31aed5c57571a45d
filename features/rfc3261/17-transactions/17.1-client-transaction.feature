@rfc3261-17.1 @uac @udp @isolated
Feature: RFC 3261 §17.1 Client Transaction
  The device is the UAC: it is made to send a request to bob (a trigger: the embedded stack's API, or the profile's
  trigger command for an external device), and bob never answers. Over UDP the device's client transaction must
  retransmit the request on its timer, and stop when the transaction times out. T1 is the device's (its profile).
  The scenarios measure intervals of a few T1 (50 ms for the embedded stack): they run alone (@isolated), so that
  other scenarios do not take the CPU from the device while it keeps time.

  @rfc3261-17.1.1.2 @req-RFC3261-17.1.1.2-2 @req-RFC3261-17.1.1.2-3 @req-RFC3261-17.1.1.2-5 @req-RFC3261-17.1.1.2-6
  @req-RFC3261-17.1.1.2-7 @req-RFC3261-17.1.1.2-8 @req-RFC3261-17.1.1.2-12
  Scenario: An unanswered INVITE is retransmitted at T1, 2*T1, 4*T1... and no more after Timer B
    "The client transaction MUST pass the request to the transport layer for transmission (see Section 18)."
    "If an unreliable transport is being used, the client transaction MUST start timer A with a value of T1."
    "For any transport, the client transaction MUST start timer B with a value of 64*T1 seconds (Timer B controls
    transaction timeouts)."
    "When timer A fires, the client transaction MUST retransmit the request by passing it to the transport layer, and
    MUST reset the timer with a value of 2*T1."
    "When timer A fires 2*T1 seconds later, the request MUST be retransmitted again (assuming the client transaction
    is still in this state). This process MUST continue so that the request is retransmitted with intervals that
    double after each transmission."
    "Whatever the value of T1, the exponential backoffs on retransmissions described in this section MUST be used."
    "The value of 64*T1 is equal to the amount of time required to send seven requests in the case of an unreliable
    transport."

    Given the device is the uac
    And peer bob on udp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And bob receives its retransmissions on Timer A until 64*T1
    And bob receives nothing within 64*T1

  @rfc3261-17.1.2.2 @req-RFC3261-17.1.2.2-1 @req-RFC3261-17.1.2.2-2 @req-RFC3261-17.1.2.2-3
  Scenario: An unanswered OPTIONS is retransmitted at T1, 2*T1, 4*T1... capped at T2, and no more after Timer F
    "The request MUST be passed to the transport layer for transmission."
    "If an unreliable transport is in use, the client transaction MUST set timer E to fire in T1 seconds. If timer E
    fires while still in this state, the timer is reset, but this time with a value of MIN(2*T1, T2). When the timer
    fires again, it is reset to a MIN(4*T1, T2). This process continues so that retransmissions occur with an
    exponentially increasing interval that caps at T2."
    "When entering this state, the client transaction SHOULD set timer F to fire in 64*T1 seconds."

    Given the device is the uac
    And peer bob on udp
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And bob receives its retransmissions on Timer E until 64*T1
    And bob receives nothing within 2*T2

  @rfc3261-8.1.1 @req-RFC3261-8.1.1-1
  Scenario: A request the device sends has the mandatory header fields
    "A valid SIP request formulated by a UAC MUST, at a minimum, contain the following header fields: To, From, CSeq,
    Call-ID, Max-Forwards, and Via; all of these header fields are mandatory in all SIP requests."

    Given the device is the uac
    And peer bob on udp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And its header "To" is present
    And its header "From" is present
    And its header "CSeq" is present
    And its header "Call-ID" is present
    And its header "Max-Forwards" is present
    And its header "Via" is present
