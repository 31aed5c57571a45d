@rfc3261-16.6 @proxy
Feature: RFC 3261 §16.6 steps 10 and 11: a new client transaction, with its own branch and Timer C, for each attempt
  "A stateful proxy MUST create a new client transaction for this request as described in Section 17.1 and instructs
  the transaction to send the request using the address, port and transport determined in step 7."
  Bob (and carol) register as one user of the scenario (${user}@127.0.0.1) at the proxy, which is also the registrar;
  alice calls them through it.

  @tcp @req-RFC3261-16.6-53
  Scenario: A second attempt to the same address, port and transport has another branch
    "Since each attempt uses a new client transaction, it represents a new branch.  Thus, the branch parameter provided
    with the Via header field inserted in step 8 MUST be different for each attempt."
    Bob redirects the INVITE (302) to another of his URIs, at the same address, port and transport: the proxy recurses
    on it (recurse=on) with a new client transaction. Were its branch the first one's, bob's transaction layer would take
    the second INVITE for a retransmission of the first (§17.2.3). Over TCP, so that no retransmission of the first
    INVITE comes meanwhile. (The attempts of step 7, one per tuple of one target, need a DNS name with several records:
    the tester has none.)

    Given the device is the proxy with "recurse=on"
    And peer bob on tcp
    And peer alice on tcp
    When bob sends the template "proxy/register-bob-tcp.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob-tcp.sip"
    Then bob receives an INVITE request within 2 s
    And store its parameter "branch" of header "Via" as "first-attempt"
    When bob answers with 302 containing:
      """
      Contact: <sip:bob-at-home@${local};transport=tcp>
      """
    Then bob receives an INVITE request within 2 s
    And its start line equals "INVITE sip:bob-at-home@${local};transport=tcp SIP/2.0"
    And its parameter "branch" of header "Via" is not the same as "first-attempt"
    When bob answers with 480
    Then alice receives a 480 response within 2 s

  @udp @req-RFC3261-16.6-63
  Scenario: Timer C is set for the client transaction of the second target of a sequential fork too
    "Timer C MUST be set for each client transaction when an INVITE request is proxied."
    §16.8: "If the client transaction has received a provisional response, the proxy MUST generate a CANCEL request
    matching that transaction." The proxy forks sequentially (fork=sequential) with a Timer C of 500 ms (timer.c=500):
    bob (q=0.9) refuses at once (486), carol (q=0.5) answers 100 (Trying) and says nothing more. A 100 does not reset
    Timer C (§16.7 step 2 resets it on "anything but 100") and stops Timer B (§17.1.1.2): only a Timer C set when
    carol's client transaction started, after bob's ended, makes the proxy cancel it.

    Given the device is the proxy with "fork=sequential, timer.c=500"
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
    Then carol receives an INVITE request within 2 s
    And store its parameter "branch" of header "Via" as "branch-to-carol"
    When carol answers with 100
    Then carol receives a CANCEL request within 2 s
    And its parameter "branch" of header "Via" equals "${branch-to-carol}"
    When carol answers with 200
    And carol answers the INVITE with 487
    Then alice receives a final response within 2 s
