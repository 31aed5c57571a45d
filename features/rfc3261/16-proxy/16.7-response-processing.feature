@rfc3261-16.7 @proxy
Feature: RFC 3261 §16.7 Response Processing
  "When a response is received by an element, it first tries to locate a client transaction (Section 17.1.3) matching
  the response.  If none is found, the element MUST process the response (even if it is an informational response) as
  a stateless proxy (described below).  If a match is found, the response is handed to the client transaction."
  Bob (and, for forking, carol) register as one user of the scenario (${user}@127.0.0.1) at the proxy, which is also the registrar; alice calls
  them through it.

  @udp @req-RFC3261-16.7-13 @req-RFC3261-16.7-17
  Scenario: A 180 is forwarded at once, a 100 Trying is not forwarded
    "Until a final response has been sent on the server transaction, the following responses MUST be forwarded
    immediately: - Any provisional response other than 100 (Trying) - Any 2xx response"
    "In particular, a stateful proxy MUST NOT forward any 100 (Trying) response."
    Alice's only 100 is the one the proxy's server transaction makes itself; bob's 100 must not be a second one.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And alice receives a 100 response within 2 s
    When bob answers with 100
    Then alice receives nothing within 500 ms
    When bob answers with 180
    Then alice receives a 180 response within 2 s

  @udp @req-RFC3261-16.7-2 @req-RFC3261-16.7-3
  Scenario: A forwarded response loses the proxy's Via and keeps the rest
    "As client transactions pass responses to the proxy layer, the following processing MUST take place:"
    "The following processing MUST be performed on each response that is forwarded."
    "3.  Remove the topmost Via" "The proxy removes the topmost Via header field value from the response."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And its header "Via" has 2 values
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    And its header "Via" has 1 value
    And its header "Via" contains "SIP/2.0/UDP ${local};branch="
    And its header "Call-ID" equals "${call-id}"

  @udp @req-RFC3261-16.7-13 @req-RFC3261-16.7-48
  Scenario: A 2xx is forwarded at once while another branch is pending, which is then cancelled
    "Until a final response has been sent on the server transaction, the following responses MUST be forwarded
    immediately: - Any provisional response other than 100 (Trying) - Any 2xx response"
    "If the forwarded response was a final response, the proxy MUST generate a CANCEL request for all pending client
    transactions associated with this response context."
    Carol rang and then says nothing more: the proxy must not wait for her before it forwards bob's 200.

    Given the device is the proxy
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And carol receives an INVITE request within 2 s
    When carol answers with 180
    Then alice receives a 180 response within 2 s
    When bob answers with 200
    Then alice receives a 200 response within 2 s
    And carol receives a CANCEL request within 2 s

  @udp @req-RFC3261-16.7-15
  Scenario: A 2xx of another branch after the final response is forwarded too
    "After a final response has been sent on the server transaction, the following responses MUST be forwarded
    immediately: - Any 2xx response to an INVITE request"
    Carol answers 200 although the proxy cancelled her branch after bob's 200: alice gets both 200s.

    Given the device is the proxy
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And carol receives an INVITE request within 2 s
    When carol answers with 180
    Then alice receives a 180 response within 2 s
    When bob answers with 200
    Then alice receives a 200 response within 2 s
    And carol receives a CANCEL request within 2 s
    When carol answers the INVITE with 200
    Then alice receives a 200 response within 2 s

  @tcp @req-RFC3261-16.7-46
  Scenario: A 2xx that comes after the server transaction has ended is forwarded statelessly
    "If the server transaction is no longer available to handle the transmission, the element MUST forward the response
    statelessly by sending it to the server transport."
    Carol answers 200 more than 64*T1 after bob's 200: by then the INVITE server transaction has ended (Timer L of RFC
    6026, or at once after the 2xx in RFC 3261), while carol's branch still waits for its final response. Over TCP,
    so that no retransmission of the INVITE reaches carol while she waits.

    Given the device is the proxy
    And peer bob on tcp
    And peer carol on tcp
    And peer alice on tcp
    When bob sends the template "proxy/register-bob-tcp.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob-tcp.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob-tcp.sip"
    Then bob receives an INVITE request within 2 s
    And carol receives an INVITE request within 2 s
    When carol answers with 180
    Then alice receives a 180 response within 2 s
    When bob answers with 200
    Then alice receives a 200 response within 2 s
    And carol receives a CANCEL request within 2 s
    When carol answers with 200
    Then carol receives nothing within 72*T1
    When carol answers the INVITE with 200
    Then alice receives a 200 response within 2 s

  @udp @req-RFC3261-16.7-16 @req-RFC3261-16.7-19 @req-RFC3261-16.7-22 @req-RFC3261-16.7-24 @req-RFC3261-16.7-45
  Scenario: A final non-2xx waits for the other branch; the lowest class goes to the server transaction
    "A stateful proxy MUST NOT immediately forward any other responses."
    "A stateful proxy MUST send a final response to a response context's server transaction if no final responses have
    been immediately forwarded by the above rules and all client transactions in this response context have been
    terminated."
    "Otherwise, the proxy MUST forward a response from the responses stored in the response context."
    "If no 6xx class responses are present, the proxy SHOULD choose from the lowest response class stored in the
    response context."
    "The proxy MUST pass the response to the server transaction associated with the response context."
    Over UDP the server transaction retransmits the 486 until the ACK (§17.2.1): a response sent without it would not be.

    Given the device is the proxy
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And carol receives an INVITE request within 2 s
    And alice receives a 100 response within 2 s
    When bob answers with 486
    Then alice receives nothing within 500 ms
    When carol answers with 500
    Then alice receives a 486 response within 2 s
    And alice receives 1 retransmission of it within 2 s
    When alice acknowledges it
    Then alice receives no retransmission of it within 500 ms

  @udp @req-RFC3261-16.7-7
  Scenario: The SIP contacts of a 3xx the proxy recurses on are taken out of it
    "If the proxy chooses to recurse on any contacts in a 3xx response by adding them to the target set, it MUST remove
    them from the response before adding the response to the response context."
    "3xx responses may contain a mixture of SIP, SIPS, and non-SIP URIs.  A proxy may choose to recurse on the SIP and
    SIPS URIs and place the remainder into the response context to be returned, potentially in the final response."
    Bob redirects to another URI of his and to a mailto URI. The second branch fails; the 302, of the lowest class,
    is then the best response, with what is left of its contacts. The scenario needs a proxy that recurses (recurse=on):
    one that does not is skipped, as the requirement does not bind it.

    Given the device is the proxy with "recurse=on"
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 302 containing:
      """
      Contact: <sip:bob-at-home@${local}>, <mailto:bob@example.com>
      """
    Then bob receives an INVITE request within 2 s
    And its start line equals "INVITE sip:bob-at-home@${local} SIP/2.0"
    When bob answers with 480
    Then alice receives a 302 response within 2 s
    And its header "Contact" equals "<mailto:bob@example.com>"

  @udp @req-RFC3261-16.7-9
  Scenario: A 3xx whose every contact the proxy recursed on is not a candidate
    "If the proxy recurses on all of the contacts in a 3xx response, the proxy SHOULD NOT add the resulting contactless
    response to the response context."
    Were the contactless 302 kept, it would be the best response (3xx is the lowest class), not the 480. The scenario
    needs a proxy that recurses (recurse=on).

    Given the device is the proxy with "recurse=on"
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 302 containing:
      """
      Contact: <sip:bob-at-home@${local}>
      """
    Then bob receives an INVITE request within 2 s
    When bob answers with 480
    Then alice receives a 480 response within 2 s

  @udp @req-RFC3261-16.7-20 @req-RFC3261-16.7-23
  Scenario: A 6xx is chosen over a lower class
    "The stateful proxy MUST choose the "best" final response among those received and stored in the response context."
    "It MUST choose from the 6xx class responses if any exist in the context."

    Given the device is the proxy
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And carol receives an INVITE request within 2 s
    When bob answers with 486
    And carol answers with 603
    Then alice receives a 603 response within 2 s

  @udp @req-RFC3261-16.7-16 @req-RFC3261-16.7-23 @req-RFC3261-16.7-49
  Scenario: A 6xx is not forwarded at once: the pending branches are cancelled first
    "If a 6xx response is received, it is not immediately forwarded, but the stateful proxy SHOULD cancel all client
    pending transactions as described in Section 10, and it MUST NOT create any new branches in this context."
    "A stateful proxy MUST NOT immediately forward any other responses."
    "A proxy SHOULD also generate a CANCEL request for all pending client transactions associated with this response
    context when it receives a 6xx response."
    "It MUST choose from the 6xx class responses if any exist in the context."

    Given the device is the proxy
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And carol receives an INVITE request within 2 s
    And alice receives a 100 response within 2 s
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    When carol answers with 603
    Then bob receives a CANCEL request within 2 s
    And alice receives nothing within 300 ms
    When bob answers with 200
    And bob answers the INVITE with 487
    Then alice receives a 603 response within 2 s

  @udp 
  Scenario: In sequential forking a 486 of the first target lets the proxy try the next
    The counterpart of the next scenario: carol is tried after bob's 486.

    Given the device is the proxy with "fork=sequential"
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob-q09.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob-q05.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And carol receives nothing within 300 ms
    When bob answers with 486
    Then carol receives an INVITE request within 2 s
    When carol answers with 200
    Then alice receives a 200 response within 2 s

  @udp @req-RFC3261-16.7-14
  Scenario: After a 6xx the proxy starts no new branch
    "If a 6xx response is received, it is not immediately forwarded, but the stateful proxy SHOULD cancel all client
    pending transactions as described in Section 10, and it MUST NOT create any new branches in this context."
    With sequential forking carol (q=0.5) would be tried after bob (q=0.9); bob's 603 closes the context.

    Given the device is the proxy with "fork=sequential"
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob-q09.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob-q05.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 603
    Then alice receives a 603 response within 2 s
    And carol receives nothing within 500 ms

  @udp @req-RFC3261-16.7-29 @req-RFC3261-16.7-34
  Scenario: The challenges of a 401 and a 407 are merged into the response forwarded
    "If the selected response is a 401 (Unauthorized) or 407 (Proxy Authentication Required), the proxy MUST collect
    any WWW-Authenticate and Proxy-Authenticate header field values from all other 401 (Unauthorized) and 407 (Proxy
    Authentication Required) responses received so far in this response context and add them to this response without
    modification before forwarding."
    "The forwarded response MUST be processed as described in steps "Aggregate Authorization Header Field Values"
    through "Record-Route"."

    Given the device is the proxy
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And carol receives an INVITE request within 2 s
    When bob answers with 401 containing:
      """
      WWW-Authenticate: Digest realm="bob.example", nonce="b0b1", algorithm=MD5
      """
    And carol answers with 407 containing:
      """
      Proxy-Authenticate: Digest realm="carol.example", nonce="ca201", algorithm=MD5
      """
    Then alice receives a 4xx response within 2 s
    And its start line matches "SIP/2.0 40[17] .*"
    And its header "WWW-Authenticate" equals "Digest realm=\"bob.example\", nonce=\"b0b1\", algorithm=MD5"
    And its header "Proxy-Authenticate" equals "Digest realm=\"carol.example\", nonce=\"ca201\", algorithm=MD5"

  @udp @req-RFC3261-16.7-26
  Scenario: Among 4xx responses a 401 is preferred
    "The proxy SHOULD give preference to responses that provide information affecting resubmission of this request, such
    as 401, 407, 415, 420, and 484 if the 4xx class is chosen."

    Given the device is the proxy
    And peer bob on udp
    And peer carol on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When carol sends the template "proxy/register-bob.sip"
    Then carol receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And carol receives an INVITE request within 2 s
    When bob answers with 404
    And carol answers with 401 containing:
      """
      WWW-Authenticate: Digest realm="carol.example", nonce="ca201", algorithm=MD5
      """
    Then alice receives a 4xx response within 2 s
    And its start line matches "SIP/2.0 401 .*"

  @udp @req-RFC3261-16.7-27 @req-RFC3261-16.7-28
  Scenario: A lone 503 becomes a 500
    "A proxy which receives a 503 (Service Unavailable) response SHOULD NOT forward it upstream unless it can determine
    that any subsequent requests it might proxy will also generate a 503."
    "If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 503
    Then alice receives a 5xx response within 2 s
    And its start line matches "SIP/2.0 500 .*"

  @udp @req-RFC3261-16.7-30
  Scenario: The proxy puts no To tag into a 1xx that has none
    "A proxy MUST NOT insert a tag into the To header field of a 1xx or 2xx response if the request did not contain
    one."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 183 containing:
      """
      To: <sip:${user}@127.0.0.1>
      """
    Then alice receives a 183 response within 2 s
    And its parameter "tag" of header "To" is absent

  @udp @req-RFC3261-16.7-31
  Scenario: The proxy keeps the To tag of a 1xx and a 2xx
    "A proxy MUST NOT modify the tag in the To header field of a 1xx or 2xx response."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 180 containing:
      """
      To: <sip:${user}@127.0.0.1>;tag=b0b-3f2a
      """
    Then alice receives a 180 response within 2 s
    And its parameter "tag" of header "To" equals "b0b-3f2a"
    When bob answers with 200 containing:
      """
      To: <sip:${user}@127.0.0.1>;tag=b0b-3f2a
      Contact: <sip:bob@${local}>
      """
    Then alice receives a 200 response within 2 s
    And its parameter "tag" of header "To" equals "b0b-3f2a"

  @udp @req-RFC3261-16.7-32
  Scenario: The proxy keeps the To tag of a 486 it forwards
    "An element SHOULD preserve the To tag when simply forwarding a 3-6xx response to a request that did not contain a
    To tag."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 486 containing:
      """
      To: <sip:${user}@127.0.0.1>;tag=b0b-486
      """
    Then alice receives a 486 response within 2 s
    And its parameter "tag" of header "To" equals "b0b-486"

  @udp @req-RFC3261-16.7-33
  Scenario: The proxy keeps the To tag of the request in the response it forwards
    "A proxy MUST NOT modify the To tag in any forwarded response to a request that contains a To tag."
    A re-INVITE within a dialog, sent to bob's remote target (at 127.0.0.2, a domain the proxy is not responsible for,
    so that it forwards the request to its Request-URI, §16.5): bob answers it with 491 and the To tag of the request.

    Given the device is the proxy
    And peer bob on udp at 127.0.0.2
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${peer.bob} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>;tag=dlg-b0b
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    When bob answers with 491
    Then alice receives a 491 response within 2 s
    And its parameter "tag" of header "To" equals "dlg-b0b"

  @udp @req-RFC3261-16.7-42 @req-RFC3261-16.7-43
  Scenario: The proxy forwards the body and the header fields of a 200 unchanged
    "The proxy MUST NOT add to, modify, or remove the message body."
    "Unless otherwise specified, the proxy MUST NOT remove any header field values other than the Via header field
    value discussed in Section 16.7 Item 3."

    Given the device is the proxy
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

  @udp @req-RFC3261-16.7-44
  Scenario: The received parameter the proxy added to the next Via stays in the response
    "In particular, the proxy MUST NOT remove any "received" parameter it may have added to the next Via header field
    value while processing the request associated with this response."
    Alice's sent-by is a domain name: the proxy adds received (§18.2.1) and sends the response to that address.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP alice.invalid:${local.port};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    And its parameter "received" of header "Via" equals "127.0.0.1"

  @udp @req-RFC3261-16.7-1
  Scenario: A response that matches no client transaction is forwarded as a stateless proxy would
    "If none is found, the element MUST process the response (even if it is an informational response) as a stateless
    proxy (described below)."
    Bob sends his 200 to the MESSAGE again once the proxy's client transaction has ended (Timer K, T4).

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Type: text/plain
      Content-Length: ${len}

      Hello bob
      """
    Then bob receives a MESSAGE request within 2 s
    When bob answers with 200
    Then alice receives a 200 response within 2 s
    And alice receives nothing within 2*T4
    When bob sends it again
    Then alice receives a 200 response within 2 s

  @udp @req-RFC3261-16.7-6
  Scenario: The 200 to the proxy's own CANCEL is not forwarded
    "If no Via header field values remain in the response, the response was meant for this element and MUST NOT be
    forwarded."
    The 200 bob sends for the CANCEL the proxy made has only the proxy's Via.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "proxy/invite-bob.sip"
    Then bob receives an INVITE request within 2 s
    And alice receives a 100 response within 2 s
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    And store its parameter "branch" of header "Via" as "invite-branch"
    When alice sends the template "proxy/cancel-bob.sip"
    Then alice receives a 200 response within 2 s
    And bob receives a CANCEL request within 2 s
    When bob answers with 200
    Then alice receives nothing within 500 ms
    When bob answers the INVITE with 487
    Then alice receives a 487 response within 2 s

  @tcp @req-RFC3261-16.7-38
  Scenario: The proxy's Record-Route in a 2xx relayed from UDP to TCP is a loose-routing SIP URI of the proxy
    "If the selected response contains a Record-Route header field value originally provided by this proxy, the proxy
    MAY choose to rewrite the value before forwarding the response.  This allows the proxy to provide different URIs
    for itself to the next upstream and downstream elements."
    "The new URI provided by the proxy MUST satisfy the same constraints on URIs placed in Record-Route header fields in
    requests (see Step 4 of Section 16.6) with the following modifications:"
    §16.6 step 4: "The URI placed in the Record-Route header field value MUST be a SIP or SIPS URI.  This URI MUST
    contain an lr parameter (see Section 19.1.1)." "The URI placed in the Record-Route header field MUST resolve to the
    element inserting it (or a suitable stand-in) when the server location procedures of [4] are applied to it, so that
    subsequent requests reach the same SIP element." Alice calls over TCP, bob is registered over UDP: the proxy may
    give alice another URI for itself than it gave bob; whichever it gives her is a SIP URI with lr at its address
    ${sut}. (A proxy that record-routes twice when the transport changes, as RFC 5658 describes, has two such values.
    A proxy that does not record-route an INVITE fails here: the features expect a record-routing proxy.)

    Given the device is the proxy
    And peer bob on udp
    And peer alice on tcp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    And store its header "Record-Route" as "record-route"
    When bob answers with 200 containing:
      """
      To: <sip:${user}@127.0.0.1>;tag=bob-1
      Contact: <sip:bob@${local}>
      Record-Route: ${record-route}
      """
    Then alice receives a 200 response within 2 s
    And its header "Record-Route" matches "<sip:${sut}(;[^;>]+)*;lr(=on)?(;[^;>]+)*>(, <sip:${sut}(;[^;>]+)*;lr(=on)?(;[^;>]+)*>)?"
