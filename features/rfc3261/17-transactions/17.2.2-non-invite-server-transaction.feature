@rfc3261-17.2.2 @uas
Feature: RFC 3261 §17.2.2 Non-INVITE Server Transaction
  The device is the UAS and answers OPTIONS with 200 at once (but in the last scenario, where it is set to take its
  time, with provisional responses first). Its server transaction then stays in the "Completed"
  state until Timer J fires: 64*T1 (3.2 s) over UDP, zero over TCP. While it is there, a retransmission of the
  request gets the same 200 again, byte for byte (the same To tag); once it is gone, the same request is new and
  gets a new 200, with a To tag of its own (§8.2.6.2).

  @udp @isolated @req-RFC3261-17.2.2-6 @req-RFC3261-17.2.2-7 @req-RFC3261-17.2.2-9
  Scenario: Over UDP a retransmission within Timer J gets the same 200, after Timer J a new one
    "When the server transaction enters the "Completed" state, it MUST set Timer J to fire in 64*T1 seconds for
    unreliable transports, and zero seconds for reliable transports."
    "While in the "Completed" state, the server transaction MUST pass the final response to the transport layer for
    retransmission whenever a retransmission of the request is received."
    "The server transaction remains in this state until Timer J fires, at which point it MUST transition to the
    "Terminated" state."
    The request comes again 56*T1 after the 200 (within Timer J) and 80*T1 after it (after Timer J).

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "options.sip"
    And alice receives a 200 response within 2 s
    And store its parameter "tag" of header "To" as "first-tag"
    And alice receives nothing within 56*T1
    When alice sends it again
    Then alice receives 1 retransmission of it within 4*T1
    And alice receives nothing within 24*T1
    When alice sends it again
    Then alice receives a 200 response within 2 s
    And its parameter "tag" of header "To" is not the same as "first-tag"

  @tcp @req-RFC3261-17.2.2-6
  Scenario: Over TCP Timer J is zero: the same request sent again gets a new 200
    "When the server transaction enters the "Completed" state, it MUST set Timer J to fire in 64*T1 seconds for
    unreliable transports, and zero seconds for reliable transports."

    Given the device is the uas
    And peer alice on tcp
    And alice sends:
      """
      OPTIONS sip:bob@${sut};transport=tcp SIP/2.0
      Via: SIP/2.0/TCP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    And alice receives a 200 response within 2 s
    And store its parameter "tag" of header "To" as "first-tag"
    And alice receives nothing within 2*T1
    When alice sends it again
    Then alice receives a 200 response within 2 s
    And its parameter "tag" of header "To" is not the same as "first-tag"

  @udp @isolated @rfc3261-17.1 @req-RFC3261-17.1-1
  Scenario: An OPTIONS is answered before the client would retransmit it
    "Because of the non-INVITE transaction's reliance on a two-way handshake, TUs SHOULD respond immediately to
    non-INVITE requests."
    Over UDP the client retransmits a non-INVITE request T1 after sending it (§17.1.2.2): the 200 comes before.

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "options.sip"
    Then alice receives a 200 response within T1

  @udp @isolated @req-RFC3261-17.2.2-1 @req-RFC3261-17.2.2-2 @req-RFC3261-17.2.2-3 @req-RFC3261-17.2.2-4 @req-RFC3261-17.2.2-5
  Scenario: A slowly answered OPTIONS: provisional responses, the latest again for a retransmission, then the 200
    "While in the "Trying" state, if the TU passes a provisional response to the server transaction, the server
    transaction MUST enter the "Proceeding" state. The response MUST be passed to the transport layer for
    transmission. Any further provisional responses that are received from the TU while in the "Proceeding" state MUST
    be passed to the transport layer for transmission. If a retransmission of the request is received while in the
    "Proceeding" state, the most recently sent provisional response MUST be passed to the transport layer for
    retransmission. If the TU passes a final response (status codes 200-699) to the server while in the "Proceeding"
    state, the transaction MUST enter the "Completed" state, and the response MUST be passed to the transport layer for
    transmission."
    The device takes 1200 ms over the OPTIONS, with a provisional response at once and another, different one halfway:
    the reference UAS with the option non-invite.delay=1200; an external device runs it only when its profile declares
    option.non-invite.delay=1200 (it is set up to answer so). The request sent again after the second provisional
    response gets that one again (in "Trying" it would get nothing); sent again after the 200, it gets the 200 again
    ("Completed").

    Given the device is the uas with "non-invite.delay=1200"
    And peer alice on udp
    When alice sends the template "options.sip"
    Then alice receives a 1xx response within 2 s
    And alice receives a 1xx response within 2 s
    When alice sends it again
    Then alice receives 1 retransmission of it within 4*T1
    And alice receives a 200 response within 2 s
    When alice sends it again
    Then alice receives 1 retransmission of it within 4*T1
