@rfc3261-10.3 @registrar @udp
Feature: RFC 3261 §10.3 Processing REGISTER Requests: the steps, one requirement each
  "A registrar is a UAS that responds to REGISTER requests and maintains a list of bindings that are accessible to
  proxy servers and redirect servers within its administrative domain." Each scenario checks one sentence of §10.3's
  steps against the registrar, from the answers to REGISTERs and to a REGISTER without Contact that fetches the
  bindings (§10.2.3). The address-of-record is ${user}, one per scenario.

  Background:
    Given the device is the registrar
    And peer alice on udp

  @req-RFC3261-10.3-14 @req-RFC3261-10.3-1
  Scenario: An address-of-record outside the domain of the Request-URI gets 404, not a 6xx
    Step 5: "If the address-of-record is not valid for the domain in the Request-URI, the registrar MUST send a 404
    (Not Found) response and skip the remaining steps." §10.3: "A registrar MUST not generate 6xx responses." (a 604
    Does Not Exist Anywhere would be the tempting wrong answer here)

    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@example.org>
      From: <sip:${user}@example.org>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """
    Then alice receives a 404 response within 2 s

  @req-RFC3261-10.3-3 @req-RFC3261-10.3-4
  Scenario: A Record-Route in a REGISTER is ignored and no response carries one
    "Registrars MUST ignore the Record-Route header field if it is included in a REGISTER request. Registrars MUST
    NOT include a Record-Route header field in any response to a REGISTER request."

    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Record-Route: <sip:proxy.example.com;lr>
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Record-Route" is absent
    And its header "Contact" has 1 value
    And its header "Contact" contains "<sip:alice@${local}>"

  @req-RFC3261-10.3-5
  Scenario: REGISTERs are processed in the order they are received
    "REGISTER requests MUST be processed by a registrar in the order that they are received." The second REGISTER,
    sent without waiting for the answer to the first, removes the binding the first adds: processed the other way
    round, the binding would remain.

    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """
    And alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 REGISTER
      Contact: <sip:alice@${local}>;expires=0
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And alice receives a 200 response within 2 s
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 3 REGISTER
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" is absent

  @req-RFC3261-10.3-6 @req-RFC3261-10.3-29 @req-RFC3261-10.3-30
  Scenario: A REGISTER one of whose contacts fails changes no binding
    "REGISTER requests MUST also be processed atomically, meaning that a particular REGISTER request is either
    processed completely or not at all." Step 7: "If they are the same, the registrar compares the CSeq value. If the
    value is higher than that of the existing binding, it MUST update or remove the binding as above. If not, the
    update MUST be aborted and the request fails." "The binding updates MUST be committed (that is, made visible to
    the proxy or redirect server) if and only if all binding updates and additions succeed." The second REGISTER adds
    a new contact and updates an existing one with a CSeq that is not higher: it fails, and the new contact is not
    bound.

    Given alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 5 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """
    And alice receives a 200 response within 2 s
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 3 REGISTER
      Contact: <sip:alice-new@${local}>, <sip:alice@${local}>
      Expires: 1800
      Content-Length: 0
      """
    Then alice receives a final response other than 200 within 2 s
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 6 REGISTER
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" has 1 value
    And its header "Contact" contains "<sip:alice@${local}>"
    And its parameter "expires" of header "Contact" matches "3[0-9]{3}"

  @req-RFC3261-10.3-7
  Scenario: A REGISTER changes only the bindings of its own address-of-record
    "Each REGISTER message MUST be processed independently of any other registration or binding changes." Removing
    every binding of another address-of-record leaves this one's in place.

    Given alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """
    And alice receives a 200 response within 2 s
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}-other@127.0.0.1>
      From: <sip:${user}-other@127.0.0.1>;tag=${tag}
      Call-ID: other-${call-id}
      CSeq: 1 REGISTER
      Contact: *
      Expires: 0
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 REGISTER
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" has 1 value
    And its header "Contact" contains "<sip:alice@${local}>"

  @req-RFC3261-10.3-9
  Scenario: An unknown option tag in Require gets 420 with Unsupported
    Step 2: "To guarantee that the registrar supports any necessary extensions, the registrar MUST process the Require
    header field values as described for UASs in Section 8.2.2." §8.2.2.3: "If a UAS does not understand an option-tag
    listed in a Require header field, it MUST respond by generating a response with status code 420 (Bad Extension)."

    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Require: nothingKnowsThisExtension
      Content-Length: 0
      """
    Then alice receives a 420 response within 2 s
    And its header "Unsupported" equals "nothingKnowsThisExtension"

  @req-RFC3261-10.3-15 @req-RFC3261-10.3-16
  Scenario: The address-of-record is taken without its URI parameters and escapes
    Step 5: "The URI MUST then be converted to a canonical form. To do that, all URI parameters MUST be removed
    (including the user-param), and any escaped characters MUST be converted to their unescaped form. The result
    serves as an index into the list of bindings." A binding registered for a To URI with parameters and an escaped
    character is found under the plain URI.

    Given alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:%61${user}@127.0.0.1;user=ip;transport=udp>
      From: <sip:%61${user}@127.0.0.1;user=ip;transport=udp>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """
    And alice receives a 200 response within 2 s
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:a${user}@127.0.0.1>
      From: <sip:a${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 REGISTER
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" has 1 value
    And its header "Contact" contains "<sip:alice@${local}>"

  @req-RFC3261-10.3-18
  Scenario: Contact "*" from another Call-ID removes the bindings whatever their CSeq
    Step 6: "If not, the registrar checks whether the Call-ID agrees with the value stored for each binding. If not, it
    MUST remove the binding." The wildcard comes from another Call-ID with a CSeq lower than the binding's.

    Given alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 5 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """
    And alice receives a 200 response within 2 s
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: other-${call-id}
      CSeq: 1 REGISTER
      Contact: *
      Expires: 0
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" is absent

  @req-RFC3261-10.3-20
  Scenario: Contact "*" from the same Call-ID with a CSeq that is not higher fails and removes nothing
    Step 6: "If it does agree, it MUST remove the binding only if the CSeq in the request is higher than the value
    stored for that binding. Otherwise, the update MUST be aborted and the request fails."

    Given alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 5 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """
    And alice receives a 200 response within 2 s
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 4 REGISTER
      Contact: *
      Expires: 0
      Content-Length: 0
      """
    Then alice receives a final response other than 200 within 2 s
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 6 REGISTER
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" has 1 value

  @req-RFC3261-10.3-21
  Scenario: The "expires" parameter of a Contact wins over the Expires header field
    Step 7: "If the field value has an "expires" parameter, that value MUST be taken as the requested expiration."

    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>;expires=1800
      Expires: 3600
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its parameter "expires" of header "Contact" equals "1800"

  @req-RFC3261-10.3-22
  Scenario: Without an "expires" parameter the Expires header field gives the expiration
    Step 7: "If there is no such parameter, but the request has an Expires header field, that value MUST be taken as
    the requested expiration."

    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 1800
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its parameter "expires" of header "Contact" equals "1800"

  @req-RFC3261-10.3-23
  Scenario: Without "expires" parameter or Expires header field the registrar binds for its default interval
    Step 7: "If there is neither, a locally-configured default value MUST be taken as the requested expiration." The
    contact is bound (not removed, not refused) for some interval.

    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" has 1 value
    And its parameter "expires" of header "Contact" matches "[1-9][0-9]*"

  @req-RFC3261-10.3-27
  Scenario: A REGISTER from another Call-ID updates the binding whatever its CSeq
    Step 7: "If the Call-ID value in the existing binding differs from the Call-ID value in the request, the binding
    MUST be removed if the expiration time is zero and updated otherwise."

    Given alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 5 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """
    And alice receives a 200 response within 2 s
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: other-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 1800
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" has 1 value
    And its parameter "expires" of header "Contact" equals "1800"

  @req-RFC3261-10.3-27
  Scenario: A REGISTER from another Call-ID with expiration 0 removes the binding whatever its CSeq
    Step 7: "If the Call-ID value in the existing binding differs from the Call-ID value in the request, the binding
    MUST be removed if the expiration time is zero and updated otherwise."

    Given alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 5 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """
    And alice receives a 200 response within 2 s
    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: other-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>;expires=0
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" is absent

  @req-RFC3261-10.2-14
  Scenario: A malformed "expires" parameter counts as 3600
    §10.2, Contact "expires": "Malformed values SHOULD be treated as equivalent to 3600." The request's Expires header field says
    1800: a registrar that skipped the malformed parameter would grant that instead.

    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>;expires=soon
      Expires: 1800
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its parameter "expires" of header "Contact" equals "3600"

  @req-RFC3261-10.3-34
  Scenario: The 200 carries a Date header field
    Step 8: "The response SHOULD include a Date header field."

    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 3600
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Date" matches "[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT"
