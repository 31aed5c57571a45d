@rfc3261-10.3 @registrar @udp
Feature: RFC 3261 §10.3 Processing REGISTER Requests: authentication and authorization (steps 3 and 4)
  "A registrar SHOULD authenticate the UAC. Mechanisms for the authentication of SIP user agents are described in
  Section 22." The embedded registrar is given Digest users for these scenarios.

  @req-RFC3261-10.3-10
  Scenario: The registrar authenticates the UAC with a Digest challenge
    Step 3: "A registrar SHOULD authenticate the UAC." §22.2: "The WWW-Authenticate response-header field MUST be
    included in 401 (Unauthorized) response messages." (needs a registrar with users: embedded only)

    Given the device is the embedded registrar with users "alice:secret"
    And peer alice on udp
    When alice sends:
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
    Then alice receives a 401 response within 2 s
    And its header "WWW-Authenticate" contains "Digest"
    When alice answers the challenge as "alice" with password "secret"
    Then alice receives a 200 response within 2 s
    And its header "Contact" contains "<sip:alice@${local}>"

  @req-RFC3261-10.3-12 @req-RFC3261-10.3-13 @req-RFC3261-10.3-1
  Scenario: An authenticated user who may not modify the address-of-record gets 403
    Step 4: "The registrar SHOULD determine if the authenticated user is authorized to modify registrations for this
    address-of-record." "If the authenticated user is not authorized to modify bindings, the registrar MUST return a
    403 (Forbidden) and skip the remaining steps." §10.3: "A registrar MUST not generate 6xx responses." Bob, with
    his own valid credentials, tries to register a contact for alice. (needs a registrar with users: embedded only)

    Given the device is the embedded registrar with users "alice:secret,bob:hunter2"
    And peer alice on udp
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:alice@127.0.0.1>
      From: <sip:bob@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:bob@${local}>
      Expires: 3600
      Content-Length: 0
      """
    Then alice receives a 401 response within 2 s
    When alice answers the challenge as "bob" with password "hunter2"
    Then alice receives a 403 response within 2 s
