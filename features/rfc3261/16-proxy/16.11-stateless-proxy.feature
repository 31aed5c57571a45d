@rfc3261-16.11 @proxy @udp
Feature: RFC 3261 §16.11 Stateless Proxy
  "When acting statelessly, a proxy is a simple message forwarder.  Much of the processing performed when acting
  statelessly is the same as when behaving statefully."
  The proxy runs stateless (proxy.mode=stateless). For the scenarios with two targets, bob (q=0.9) and carol (q=0.5)
  register for sip:${user}@127.0.0.1.

  @req-RFC3261-16.11-1 @req-RFC3261-16.11-8
  Scenario: A stateless proxy forwards an INVITE with its own Via and sends no 100
    "Furthermore, when handling a request statelessly, an element MUST NOT generate its own 100 (Trying) or any other
    provisional response."
    "A stateless proxy MUST follow the request processing steps described in Section 16.6 with the following
    exceptions:"

    Given the device is the proxy with "proxy.mode=stateless"
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And its header "Via" has 2 values
    And its header "Max-Forwards" equals "69"
    And its start line equals "INVITE sip:bob@${local} SIP/2.0"
    And alice receives nothing within 500 ms

  @req-RFC3261-16.11-2
  Scenario: A stateless proxy validates the request: Max-Forwards 0 gets 483
    "A stateless proxy MUST validate a request as described in Section 16.3"

    Given the device is the proxy with "proxy.mode=stateless"
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 0
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 483 response within 2 s
    And bob receives nothing within 300 ms

  @req-RFC3261-16.11-3
  Scenario: A stateless proxy removes its own Route value and uses the location service
    "A stateless proxy MUST follow the request processing steps described in Sections 16.4 through 16.5 with the
    following exception:"

    Given the device is the proxy with "proxy.mode=stateless"
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Route: <sip:${sut};lr>
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    And its header "Route" is absent
    And its start line equals "INVITE sip:bob@${local} SIP/2.0"

  @req-RFC3261-16.11-4
  Scenario: A stateless proxy sends the request to one target only
    "A stateless proxy MUST choose one and only one target from the target set."

    Given the device is the proxy with "proxy.mode=stateless"
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob-q09.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob-q05.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And carol receives nothing within 500 ms

  @req-RFC3261-16.11-5 @req-RFC3261-16.11-6 @req-RFC3261-16.11-9 @req-RFC3261-16.11-10 @req-RFC3261-16.11-13 @req-RFC3261-16.11-14 @req-RFC3261-16.11-15
  Scenario: Retransmissions of a request are forwarded to the same target, transformed the same way
    "This choice MUST only rely on fields in the message and time-invariant properties of the server."
    "In particular, a retransmitted request MUST be forwarded to the same destination each time it is processed."
    "Therefore, the component of the branch parameter that makes it unique MUST be the same each time a retransmitted
    request is forwarded."
    "Thus for a stateless proxy, the branch parameter MUST be computed as a combinatoric function of message parameters
    which are invariant on retransmission."
    "All other message transformations specified in Section 16.6 MUST result in the same transformation of a
    retransmitted request."
    "In particular, if the proxy inserts a Record-Route value or pushes URIs into the Route header field, it MUST place
    the same values in retransmissions of the request."
    "As for the Via branch parameter, this implies that the transformations MUST be based on time-invariant
    configuration or retransmission-invariant properties of the request."
    Alice sends her INVITE three times; bob gets three byte-for-byte copies (branch, Record-Route and all), carol none.

    Given the device is the proxy with "proxy.mode=stateless"
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob-q09.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob-q05.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And its header "Record-Route" is present
    When alice sends it again
    And alice sends it again
    Then bob receives 2 retransmissions of it within 2 s
    And carol receives nothing within 300 ms

  @req-RFC3261-16.11-7
  Scenario: The ACK for a non-2xx goes where its INVITE went
    "Furthermore, CANCEL and non-Routed ACK requests MUST generate the same choice as their associated INVITE."

    Given the device is the proxy with "proxy.mode=stateless"
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob-q09.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob-q05.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 486
    Then alice receives a 486 response within 2 s
    When alice acknowledges it
    Then bob receives an ACK request within 2 s
    And carol receives nothing within 300 ms

  @req-RFC3261-16.11-7 @req-RFC3261-16.11-16
  Scenario: A stateless proxy forwards a CANCEL like any request, where its INVITE went
    "Furthermore, CANCEL and non-Routed ACK requests MUST generate the same choice as their associated INVITE."
    "Stateless proxies MUST NOT perform special processing for CANCEL requests."
    The proxy does not answer the CANCEL itself: bob does.

    Given the device is the proxy with "proxy.mode=stateless"
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob-q09.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob-q05.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    And store its parameter "branch" of header "Via" as "invite-branch"
    When alice sends the template "proxy/cancel-bob.sip"
    Then bob receives a CANCEL request within 2 s
    And alice receives nothing within 300 ms
    And carol receives nothing within 100 ms
    When bob answers with 200
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "1 CANCEL"

  @req-RFC3261-16.11-17 @req-RFC3261-16.11-18
  Scenario: A stateless proxy takes its Via off a response and sends it to the next Via
    "When a response arrives at a stateless proxy, the proxy MUST inspect the sent-by value in the first (topmost) Via
    header field value."
    "If that address matches the proxy, (it equals a value this proxy has inserted into previous requests) the proxy MUST
    remove that header field value from the response and forward the result to the location indicated in the next Via
    header field value."

    Given the device is the proxy with "proxy.mode=stateless"
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    And its header "Via" has 1 value
    And its header "Via" contains "SIP/2.0/UDP ${local};branch="

  @req-RFC3261-16.11-19 @req-RFC3261-16.11-20
  Scenario: A stateless proxy forwards the body and the other header fields of a response unchanged
    "The proxy MUST NOT add to, modify, or remove the message body."
    "Unless specified otherwise, the proxy MUST NOT remove any other header field values."

    Given the device is the proxy with "proxy.mode=stateless"
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 200 containing:
      """
      Contact: <sip:bob@${local}>
      Subject: lunch
      Warning: 399 bob.example "first", 399 bob.example "second"
      Supported: timer
      Supported: 100rel
      Content-Type: text/plain

      see you at noon
      """
    Then alice receives a 200 response within 2 s
    And its header "Subject" equals "lunch"
    And its header "Warning" has 2 values
    And its header "Supported" has 2 values
    And its header "Content-Type" equals "text/plain"
    And its body matches "see you at noon\r\n"

  @req-RFC3261-16.11-21
  Scenario: A response whose top Via is not the proxy's is dropped
    "If the address does not match the proxy, the message MUST be silently discarded."
    Bob's response has a Via of another host on top of the proxy's and alice's: relayed, it would reach alice.

    Given the device is the proxy with "proxy.mode=stateless"
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And store its header "Via" as "invite-vias"
    When bob answers with 180 containing:
      """
      Via: SIP/2.0/UDP 192.0.2.7:5060;branch=z9hG4bK-not-the-proxy
      Via: ${invite-vias}
      """
    Then alice receives nothing within 500 ms
