@rfc3261-16.8 @proxy
Feature: RFC 3261 §16.8 Processing Timer C
  "If timer C should fire, the proxy MUST either reset the timer with any value it chooses, or terminate the client
  transaction."
  The proxy runs with a Timer C of 500 ms (the RFC's "larger than 3 minutes" scaled down, as T1 is).

  @udp @req-RFC3261-16.8-2
  Scenario: Timer C fires on a branch that rang: the proxy cancels it
    "If the client transaction has received a provisional response, the proxy MUST generate a CANCEL request matching
    that transaction."

    Given the device is the proxy with "timer.c=500"
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And store its parameter "branch" of header "Via" as "branch-to-bob"
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    And bob receives a CANCEL request within 2 s
    And its parameter "branch" of header "Via" equals "${branch-to-bob}"
    When bob answers with 200
    And bob answers the INVITE with 487
    Then alice receives a 487 response within 2 s

  @udp @req-RFC3261-16.8-3 @req-RFC3261-16.7-21
  Scenario: Timer C fires on a branch that never answered: the proxy answers 408
    "If the client transaction has not received a provisional response, the proxy MUST behave as if the transaction
    received a 408 (Request Timeout) response."
    "If there are no final responses in the context, the proxy MUST send a 408 (Request Timeout) response to the server
    transaction."
    Bob never answers; Timer B (64*T1) would end the branch only after 3.2 s.

    Given the device is the proxy with "timer.c=500"
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And alice receives a 408 response within 2 s

  @tcp @isolated @req-RFC3261-16.7-4
  Scenario: A 180 resets Timer C
    "For an INVITE transaction, if the response is a provisional response with status codes 101 to 199 inclusive (i.e.,
    anything but 100), the proxy MUST reset timer C for that client transaction."
    Timer C is 1 s. Bob rings 500 ms after the INVITE: without the reset Timer C would fire 500 ms after the 180; with
    it, 1 s after. Over TCP, so that no retransmission of the INVITE comes meanwhile.

    Given the device is the proxy with "timer.c=1000"
    And peer bob on tcp
    And peer alice on tcp
    When bob sends the template "proxy/register-bob-tcp.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob-tcp.sip"
    Then bob receives an INVITE request within 2 s
    And bob receives nothing within 500 ms
    When bob answers with 180
    Then bob receives nothing within 800 ms
    And bob receives a CANCEL request within 1 s
