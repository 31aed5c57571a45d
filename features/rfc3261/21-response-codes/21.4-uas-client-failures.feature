@rfc3261-21.4 @uas @udp
Feature: RFC 3261 §21.4 Request Failure 4xx: what the device's refusals say

  @rfc3261-21.4.18 @req-RFC3261-21.4.18-2
  Scenario: A 480 says why the callee is unavailable
    "The callee's end system was contacted successfully but the callee is currently unavailable (for example, is not
    logged in, logged in but in a state that precludes communication with the callee, or has activated the "do not
    disturb" feature)." "The reason phrase SHOULD indicate a more precise cause as to why the callee is unavailable."
    The reason phrase is more than the generic "Temporarily Unavailable".

    Given the device is the embedded uas answering 480 after ringing 0 ms
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 480 response within 2 s
    And its start line matches "SIP/2\.0 480 (?!Temporarily Unavailable$)\S.*"

  @rfc3261-21.4.11 @req-RFC3261-21.4.11-2
  Scenario: A 413 for a temporary condition says when to try again
    "The server is refusing to process a request because the request entity-body is larger than the server is willing
    or able to process." "If the condition is temporary, the server SHOULD include a Retry-After header field to
    indicate that it is temporary and after what time the client MAY try again."
    The device takes request bodies of at most 100 bytes for the time being: the reference UAS with the options
    body.limit=100 and body.limit.retry-after=60 (a temporary limit); an external device runs it only when its profile
    declares both (it is set up so). The INVITE's SDP offer is longer than 100 bytes.

    Given the device is the uas with "body.limit=100, body.limit.retry-after=60"
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 413 response within 2 s
    And its header "Retry-After" is present

  @rfc3261-21.4.22 @req-RFC3261-21.4.22-1
  Scenario: A 484 says more than "Address Incomplete"
    "The server received a request with a Request-URI that was incomplete. Additional information SHOULD be provided in
    the reason phrase." The device finds every address incomplete; the reason phrase is more than the generic "Address
    Incomplete".

    Given the device is the embedded uas answering 484 after ringing 0 ms
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 484 response within 2 s
    And its start line matches "SIP/2\.0 484 (?!Address Incomplete$)\S.*"

  @rfc3261-21 @req-RFC3261-21-1
  Scenario: HTTP/1.1 preconditions in a request get no HTTP-only status
    §21: "The response codes are consistent with, and extend, HTTP/1.1 response codes. Not all HTTP/1.1 response codes
    are appropriate, and only those that are appropriate are given here. Other HTTP/1.1 response codes SHOULD NOT be
    used." An HTTP/1.1 server would answer these header fields with 100 (Continue), 206 (Partial Content), 412
    (Precondition Failed) or 417 (Expectation Failed); to a SIP UAS they are unknown header fields, and the OPTIONS
    gets 200 and nothing else.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Expect: 100-continue
      If-Match: "no-such-entity"
      Range: bytes=0-10
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And alice receives nothing within 300 ms
