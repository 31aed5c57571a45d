@rfc3261-16.6 @proxy @udp
Feature: RFC 3261 §16.6 Request Forwarding
  "For each target, the proxy forwards the request following these steps: 1. Make a copy of the received request 2.
  Update the Request-URI 3. Update the Max-Forwards header field 4. Optionally add a Record-route header field value 5.
  Optionally add additional header fields 6. Postprocess routing information 7. Determine the next-hop address, port,
  and transport 8. Add a Via header field value 9. Add a Content-Length header field if necessary 10. Forward the new
  request 11. Set timer C"

  Background:
    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s

  @req-RFC3261-16.6-13
  Scenario: Max-Forwards is decremented by one
    "If the copy contains a Max-Forwards header field, the proxy MUST decrement its value by one (1)."

    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 42
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    And its header "Max-Forwards" equals "41"

  @req-RFC3261-16.6-54 @req-RFC3261-16.6-56
  Scenario: The proxy inserts its Via before the received ones
    "The proxy MUST insert a Via header field value into the copy before the existing Via header field values."
    "The first part MUST satisfy the constraints of Section 8.1.1.7 as described above." §8.1.1.7: "The branch
    parameter value MUST be unique across space and time for all requests sent by the UA. ... The branch ID inserted by
    an element compliant with this specification MUST always begin with the characters "z9hG4bK"."
    The first Via bob sees has the proxy's address as sent-by, the second is alice's.

    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    And its header "Via" has 2 values
    And its header "Via" matches "SIP/2\.0/UDP ${sut};[^,]*, SIP/2\.0/UDP 127\.0\.0\.1:[0-9]+;branch=z9hG4bK[^,]*"
    And its parameter "branch" of header "Via" matches "z9hG4bK.+"

  @req-RFC3261-16.6-15 @req-RFC3261-16.6-18 @req-RFC3261-16.6-19 @req-RFC3261-16.6-22
  Scenario: A record-routing proxy inserts a loose-routing Record-Route with its own address into an INVITE
    "If this proxy wishes to remain on the path of future requests in a dialog created by this request (assuming the
    request creates a dialog), it MUST insert a Record-Route header field value into the copy before any existing
    Record-Route header field values, even if a Route header field is already present."
    "The URI placed in the Record-Route header field value MUST be a SIP or SIPS URI. This URI MUST contain an lr
    parameter (see Section 19.1.1)."
    "The URI placed in the Record-Route header field MUST resolve to the element inserting it (or a suitable stand-in)
    when the server location procedures of [4] are applied to it, so that subsequent requests reach the same SIP
    element." The proxy is at ${sut}: its Record-Route URI has that host and port. (A proxy that does not record-route
    an INVITE fails here: the features expect a record-routing proxy.)

    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Route: <sip:${sut};lr>
      Record-Route: <sip:p0.example.com;lr>
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    And its header "Record-Route" has 2 values
    And its header "Record-Route" matches "<sip:${sut}(;[^;>]+)*;lr(=on)?(;[^;>]+)*>, <sip:p0\.example\.com;lr>"

  @req-RFC3261-16.6-21
  Scenario: The proxy's Record-Route URI has no transport parameter
    "The URI SHOULD NOT contain the transport parameter unless the proxy has knowledge (such as in a private network)
    that the next downstream element that will be in the path of subsequent requests supports that transport."

    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    And its header "Record-Route" matches "<sip:${sut}(;(?!transport=)[^;>]+)*>"

  @req-RFC3261-16.6-41 @req-RFC3261-16.6-42 @req-RFC3261-16.6-43 @req-RFC3261-16.6-44 @req-RFC3261-16.6-48
  Scenario: The first Route value is a strict router: the request is reformatted for it
    "If the copy contains a Route header field, the proxy MUST inspect the URI in its first value. If that URI does not
    contain an lr parameter, the proxy MUST modify the copy as follows: - The proxy MUST place the Request-URI into the
    Route header field as the last value. - The proxy MUST then place the first Route header field value into the
    Request-URI and remove that value from the Route header field."
    Step 7: "If the proxy has reformatted the request to send to a strict-routing element as described in step 6
    above, the proxy MUST apply those procedures to the Request-URI of the request."
    Alice is the strict router: she gets the request only if the proxy sends it to the Request-URI it made of her Route.

    When alice sends:
      """
      BYE sip:carol@192.0.2.99 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Route: <sip:${sut};lr>, <sip:${local}>
      To: <sip:carol@192.0.2.99>;tag=c1
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 BYE
      Content-Length: 0
      """
    Then alice receives a BYE request within 2 s
    And its start line equals "BYE sip:${local} SIP/2.0"
    And its header "Route" equals "<sip:carol@192.0.2.99>"

  @req-RFC3261-16.6-6 @req-RFC3261-16.6-7 @req-RFC3261-16.6-9 @req-RFC3261-16.6-10
  Scenario: The forwarded copy keeps every header field, the order of values of the same name, and the body
    "The copy MUST initially contain all of the header fields from the received request. Fields not detailed in the
    processing described below MUST NOT be removed."
    "The proxy MUST NOT reorder field values with a common field name (See Section 7.3.1)."
    "The proxy MUST NOT add to, modify, or remove the message body."

    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Subject: lunch
      X-Sipspec-Note: first
      Accept-Language: fr
      X-Sipspec-Note: second, third
      Accept-Language: da, en;q=0.5
      Content-Type: text/plain
      Content-Length: ${len}

      Lunch at noon?
        Bring   the  spaces.
      """
    Then bob receives a MESSAGE request within 2 s
    And its header "Subject" equals "lunch"
    And its header "X-Sipspec-Note" equals "first, second, third"
    And its header "Accept-Language" equals "fr, da, en;q=0.5"
    And its header "Content-Type" equals "text/plain"
    And its body matches "Lunch at noon\?\r\n  Bring   the  spaces\.\r\n"

  @req-RFC3261-16.6-8
  Scenario: The forwarded copy keeps the order of the header fields
    "The copy SHOULD maintain the ordering of the header fields as in the received request."
    Alice's header fields come in an unusual order; the proxy's own Via, Record-Route and Max-Forwards aside, bob
    gets them in the same order.

    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Subject: lunch
      Call-ID: ${call-id}
      Via: SIP/2.0/UDP ${local};branch=${branch}
      X-Sipspec-Note: first
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Max-Forwards: 70
      CSeq: 1 MESSAGE
      To: <sip:${user}@127.0.0.1>
      Accept-Language: fr
      Content-Length: 0
      """
    Then bob receives a MESSAGE request within 2 s
    And its header fields come in the order "Subject, Call-ID, X-Sipspec-Note, From, CSeq, To, Accept-Language"

  @req-RFC3261-16.6-14
  Scenario: A request without Max-Forwards is forwarded with Max-Forwards 70
    "If the copy does not contain a Max-Forwards header field, the proxy MUST add one with a field value, which SHOULD
    be 70."

    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then bob receives a MESSAGE request within 2 s
    And its header "Max-Forwards" equals "70"

  @req-RFC3261-16.6-59 @req-RFC3261-16.6-60
  Scenario: The proxy's ACK for a non-2xx response has the branch of the INVITE it acknowledges
    "In particular, CANCEL and ACK requests (for non-2xx responses) MUST have the same branch value as the
    corresponding request they cancel or acknowledge."
    "The request method MUST NOT be included in the calculation of the branch parameter."
    §17.1.1.3: the client transaction acknowledges a non-2xx final response itself.

    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    And store its parameter "branch" of header "Via" as "invite-branch"
    When bob answers with 486
    Then bob receives an ACK request within 2 s
    And its parameter "branch" of header "Via" is the same as "invite-branch"

  @req-RFC3261-16.6-59 @req-RFC3261-16.6-60
  Scenario: The CANCEL the proxy forwards has the branch of the INVITE it cancels
    "In particular, CANCEL and ACK requests (for non-2xx responses) MUST have the same branch value as the
    corresponding request they cancel or acknowledge."
    "The request method MUST NOT be included in the calculation of the branch parameter."
    Alice cancels her INVITE after bob's 180: the proxy cancels its client transaction to bob (§16.10).

    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    And store its parameter "branch" of header "Via" as "invite-branch"
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    And store its parameter "branch" of header "Via" as "alice-branch"
    When alice sends:
      """
      CANCEL sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${alice-branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 CANCEL
      Content-Length: 0
      """
    Then bob receives a CANCEL request within 2 s
    And its parameter "branch" of header "Via" is the same as "invite-branch"

  @udp @tcp @req-RFC3261-16.6-61
  Scenario: A request without Content-Length forwarded over TCP gets one
    "If the request will be sent to the next hop using a stream-based transport and the copy contains no
    Content-Length header field, the proxy MUST insert one with the correct value for the body of the request (see
    Section 20.14)."
    Alice's MESSAGE (its body "12345" and CRLF, 7 bytes) comes over UDP, where Content-Length may be left out (§20.14:
    "If a stream-based protocol (such as TCP) is used as transport, the header field MUST be used."); carol is
    registered over TCP.

    Given peer carol on tcp
    When carol sends the template "register-user-tcp.sip"
    Then carol receives a 200 response within 2 s
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

      12345
      """
    Then carol receives a MESSAGE request within 2 s
    And its header "Content-Length" equals "7"
    And its body matches "12345\r\n"

  @req-RFC3261-16.6-12
  Scenario: Parameters and headers not allowed in a Request-URI are removed from the target's URI
    "The Request-URI in the copy's start line MUST be replaced with the URI for this target. If the URI contains any
    parameters not allowed in a Request-URI, they MUST be removed."
    §19.1.1, table 1: the method parameter and headers are not allowed in a Request-URI. Bob registers a contact with
    both, for the user h${user}.

    When bob sends:
      """
      REGISTER sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:h${user}@127.0.0.1>
      From: <sip:h${user}@127.0.0.1>;tag=${tag}
      Call-ID: reg-h-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:h${user}@${local};method=MESSAGE?Subject=urgent>
      Expires: 600
      Content-Length: 0
      """
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      MESSAGE sip:h${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:h${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then bob receives a MESSAGE request within 2 s
    And its start line equals "MESSAGE sip:h${user}@${local} SIP/2.0"

  @req-RFC3261-16.6-16
  Scenario: A record-routing proxy inserts its Record-Route into a re-INVITE too
    "If this request is already part of a dialog, the proxy SHOULD insert a Record-Route header field value if it
    wishes to remain on the path of future requests in the dialog."
    The re-INVITE (a To tag, the proxy's Route) is for alice herself, as in the §16.4 scenarios.

    When alice sends:
      """
      INVITE sip:alice@${local} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      Route: <sip:${sut};lr>
      To: <sip:carol@192.0.2.99>;tag=c1
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives an INVITE request within 2 s
    And its header "Record-Route" matches "<sip:${sut}(;[^;>]+)*;lr(=on)?(;[^;>]+)*>"

  @req-RFC3261-16.6-28
  Scenario: A record-routing proxy inserts its Record-Route into a request with a method it does not understand
    "If a proxy needs to be in the path of any type of dialog (such as one straddling a firewall), it SHOULD add a
    Record-Route header field value to every request with a method it does not understand since that method may have
    dialog semantics."

    When alice sends:
      """
      FROBNICATE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 FROBNICATE
      Content-Length: 0
      """
    Then bob receives a FROBNICATE request within 2 s
    And its header "Record-Route" matches "<sip:${sut}(;[^;>]+)*;lr(=on)?(;[^;>]+)*>"

  @req-RFC3261-16.6-58
  Scenario: A request that spirals through the proxy with a new Request-URI is not taken for a loop
    "If a proxy wishes to detect loops, the "branch" parameter it supplies MUST depend on all information affecting
    processing of a request, including the incoming Request-URI and any header fields affecting the request's admission
    or routing."
    §16.3 step 4: "If they differ, the request is spiraling, and processing continues." The user s${user}'s only
    contact is ${user} at the proxy: the INVITE comes back to the proxy (its own Via on top) with another Request-URI,
    and goes on to bob. A branch that did not depend on the Request-URI would match and make it a loop (482).

    When alice sends:
      """
      REGISTER sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:s${user}@127.0.0.1>
      From: <sip:s${user}@127.0.0.1>;tag=${tag}
      Call-ID: reg-s-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:${user}@${sut}>
      Expires: 600
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    When alice sends:
      """
      INVITE sip:s${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:s${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then bob receives an INVITE request within 2 s
    And its start line equals "INVITE sip:${user}@${local} SIP/2.0"
    And its header "Via" has 3 values
    And its header "Max-Forwards" equals "68"
