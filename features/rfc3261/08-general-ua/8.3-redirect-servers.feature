@rfc3261-8.3 @redirect @udp
Feature: RFC 3261 §8.3 Redirect Servers
  "After receiving a request other than CANCEL, the server either refuses the request or gathers the list of
  alternative locations from the location service and returns a final response of class 3xx." The embedded redirect
  server has a registrar in front of its location service: the scenarios register the locations first.

  Background:
    Given the device is the redirect
    And peer alice on udp

  @req-RFC3261-8.3-5
  Scenario: A request with an unknown method, an unknown option tag in Require and an unknown header field is redirected
    "Redirect servers MUST ignore features that are not understood (including unrecognized header fields, any unknown
    option tags in Require, or even method names) and proceed with the redirection of the request in question."

    Given alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:${user}@${local}>
      Expires: 3600
      Content-Length: 0
      """
    And alice receives a 200 response within 2 s
    When alice sends:
      """
      NOTAMETHOD sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:caller@${local}>;tag=${tag}
      Call-ID: ${call-id}-2
      CSeq: 1 NOTAMETHOD
      Require: nothingKnowsThisExtension
      X-Nothing-Knows-This: 1
      Content-Length: 0
      """
    Then alice receives a 302 response within 2 s
    And its header "Contact" contains "<sip:${user}@${local}>"

  @req-RFC3261-8.3-2
  Scenario: A location equal to the Request-URI is not given back
    "However, redirect servers MUST NOT redirect a request to a URI equal to the one in the Request-URI; instead,
    provided that the URI does not point to itself, the server MAY proxy the request to the destination URI, or MAY
    reject it with a 404." Two locations are registered, one of them the Request-URI itself: only the other comes back.

    Given alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:${user}@127.0.0.1>, <sip:${user}@${local}>
      Expires: 3600
      Content-Length: 0
      """
    And alice receives a 200 response within 2 s
    And its header "Contact" has 2 values
    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:caller@${local}>;tag=${tag}
      Call-ID: ${call-id}-2
      CSeq: 1 INVITE
      Contact: <sip:caller@${local}>
      Content-Length: 0
      """
    Then alice receives a 302 response within 2 s
    And its header "Contact" has 1 value
    And its header "Contact" contains "<sip:${user}@${local}>"

  @rfc3261-21.3.1 @req-RFC3261-21.3.1-2
  Scenario: Several locations come back as a 300 with each one a Contact value
    §21.3.1: "The address in the request resolved to several choices, each with its own specific location, and the
    user (or UA) can select a preferred communication end point and redirect its request to that location." "The
    choices SHOULD also be listed as Contact fields (Section 20.10)."

    Given alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:${user}@${local}>, <sip:${user}-desk@192.0.2.7>
      Expires: 3600
      Content-Length: 0
      """
    And alice receives a 200 response within 2 s
    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:caller@${local}>;tag=${tag}
      Call-ID: ${call-id}-2
      CSeq: 1 INVITE
      Contact: <sip:caller@${local}>
      Content-Length: 0
      """
    Then alice receives a 300 response within 2 s
    And its header "Contact" has 2 values
    And its header "Contact" contains "<sip:${user}@${local}>"
    And its header "Contact" contains "<sip:${user}-desk@192.0.2.7>"

  @req-RFC3261-8.3-1
  Scenario: A well-formed CANCEL of a redirected INVITE gets a 2xx
    "For well-formed CANCEL requests, it SHOULD return a 2xx response." The CANCEL crosses the final response (404: no
    location is registered) to its INVITE, as it does when the client gives up while the redirect server answers.

    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:caller@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:caller@${local}>
      Content-Length: 0
      """
    And alice receives a 404 response within 2 s
    And store its parameter "branch" of header "Via" as "invite-branch"
    And alice sends:
      """
      CANCEL sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${invite-branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:caller@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 CANCEL
      Content-Length: 0
      """
    Then alice receives a 2xx response within 2 s
    And its header "CSeq" equals "1 CANCEL"

  @rfc3261-21.4.10 @req-RFC3261-21.4.10-1
  Scenario: A request for an address with no location gets 404, not 410
    §21.4.10, 410 (Gone): "If the server does not know, or has no facility to determine, whether or not the condition
    is permanent, the status code 404 (Not Found) SHOULD be used instead." The redirect server cannot tell whether
    the user will register again.

    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:caller@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:caller@${local}>
      Content-Length: 0
      """
    Then alice receives a 404 response within 2 s
