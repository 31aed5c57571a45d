@rfc3261-16.6 @proxy @udp @slow
Feature: RFC 3261 §16.6 step 11 and §16.7 step 2: Timer C is more than 3 minutes
  "In order to handle the case where an INVITE request never generates a final response, the TU uses a timer which is
  called timer C."
  §16.8: "If the client transaction has received a provisional response, the proxy MUST generate a CANCEL request
  matching that transaction." A Timer C of 3 minutes or less shows as a CANCEL to a ringing target within 3 minutes.
  The proxy runs with its own Timer C (no timer.c option). Each scenario waits 3 minutes of real time: they are @slow,
  left out of the suite unless -Dsipspec.slow=true.

  @req-RFC3261-16.6-64
  Scenario: Timer C set when the INVITE is proxied does not fire within 3 minutes
    "Timer C MUST be set for each client transaction when an INVITE request is proxied.  The timer MUST be larger than 3
    minutes."
    Bob answers 100 (Trying) only: it stops Timer B (§17.1.1.2) and does not reset Timer C (§16.7 step 2 resets it on
    "anything but 100"), so the timer set when the INVITE was proxied is the one running.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 100
    Then bob receives no CANCEL request within 180 s

  @req-RFC3261-16.7-5
  Scenario: Timer C reset by a 180 does not fire within 3 minutes of it
    "For an INVITE transaction, if the response is a provisional response with status codes 101 to 199 inclusive (i.e.,
    anything but 100), the proxy MUST reset timer C for that client transaction.  The timer MAY be reset to a different
    value, but this value MUST be greater than 3 minutes."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    And bob receives no CANCEL request within 180 s
