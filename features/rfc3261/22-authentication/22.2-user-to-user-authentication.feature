@rfc3261-22.2 @registrar @udp
Feature: RFC 3261 §22.2 User-to-User Authentication
  §10.3: "A registrar SHOULD authenticate the UAC. Mechanisms for the authentication of SIP user agents are described
  in Section 22." The device knows the user alice with the password secret.

  Background:
    Given the device is the embedded registrar with users "alice:secret"
    And peer alice on udp
    And alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:alice@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """

  Scenario: A request without credentials is challenged with 401 and a WWW-Authenticate Digest challenge
    "If no credentials (in the Authorization header field) are provided in the request, the UAS can challenge the
    originator to provide credentials by rejecting the request with a 401 (Unauthorized) status code."
    "The WWW-Authenticate response-header field MUST be included in 401 (Unauthorized) response messages. The field
    value consists of at least one challenge that indicates the authentication scheme(s) and parameters applicable to
    the realm."

    Then alice receives a 401 response within 2 s
    And its header "WWW-Authenticate" matches "Digest .*"
    And its parameter "realm" of header "WWW-Authenticate" is present
    And its parameter "nonce" of header "WWW-Authenticate" is present

  Scenario: The request sent again with the right credentials is accepted
    "When the originating UAC receives the 401 (Unauthorized), it SHOULD, if it is able, re-originate the request with
    the proper credentials." "When a UAC resubmits a request with its credentials after receiving a 401 (Unauthorized)
    or 407 (Proxy Authentication Required) response, it MUST increment the CSeq header field value as it would normally
    when sending an updated request."

    Given alice receives a 401 response within 2 s
    When alice answers the challenge as "alice" with password "secret"
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "2 REGISTER"
    And its header "Contact" contains "<sip:alice@${local}>"

  Scenario: The request sent again with a wrong password is challenged again
    RFC 2617 §2, on which §22 builds: "If the origin server does not wish to accept the credentials sent with a
    request, it SHOULD return a 401 (Unauthorized) response. The response MUST include a WWW-Authenticate header field
    containing at least one (possibly new) challenge applicable to the requested resource."

    Given alice receives a 401 response within 2 s
    When alice answers the challenge as "alice" with password "wrong"
    Then alice receives a 401 response within 2 s
    And its header "CSeq" equals "2 REGISTER"
    And its parameter "nonce" of header "WWW-Authenticate" is present
