@rfc3261-10.3 @registrar @udp
Feature: RFC 3261 §10.3 Processing REGISTER Requests
  A registrar keeps the bindings of an address-of-record: REGISTER adds, refreshes and removes them, and every 200
  (OK) lists them all.

  Background:
    Given the device is the registrar
    And peer alice on udp

  @req-RFC3261-10.3-32 @req-RFC3261-10.3-33
  Scenario: A registration is added and the 200 lists it with its expiry
    "The registrar returns a 200 (OK) response. The response MUST contain Contact header field values enumerating all
    current bindings. Each Contact value MUST feature an "expires" parameter indicating its expiration interval chosen
    by the registrar."

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
    And its header "Contact" has 1 value
    And its header "Contact" contains "<sip:alice@${local}>"
    And its parameter "expires" of header "Contact" equals "3600"

  @req-RFC3261-10.3-28
  Scenario: A refresh from the same Call-ID with a higher CSeq updates the binding
    "If they are the same, the registrar compares the CSeq value. If the value is higher than that of the existing
    binding, it MUST update or remove the binding as above."

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
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 REGISTER
      Contact: <sip:alice@${local}>
      Expires: 1800
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" has 1 value
    And its parameter "expires" of header "Contact" equals "1800"

  @rfc3261-10.2.3 @req-RFC3261-10.1-1
  Scenario: A REGISTER without Contact fetches the bindings and leaves them unchanged
    "A success response to any REGISTER request contains the complete list of existing bindings, regardless of whether
    the request contained a Contact header field. If no Contact header field is present in a REGISTER request, the list
    of bindings is left unchanged." §10.1: "The only requirement is that a registrar for some domain MUST be able to
    read and write data to the location service, and a proxy or a redirect server for that domain MUST be capable of
    reading that same data." (the binding the first REGISTER wrote is read back for the second)

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
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 REGISTER
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" has 1 value
    And its header "Contact" contains "<sip:alice@${local}>"
    And its parameter "expires" of header "Contact" is present

  @rfc3261-10.2.2 @req-RFC3261-10.3-21 @req-RFC3261-10.3-28
  Scenario: An expiration interval of 0 for a contact removes its binding
    "A UA requests the immediate removal of a binding by specifying an expiration interval of "0" for that contact
    address in a REGISTER request." §10.3: "If the field value has an "expires" parameter, that value MUST be taken as
    the requested expiration." "If the value is higher than that of the existing binding, it MUST update or remove the
    binding as above."

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
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 REGISTER
      Contact: <sip:alice@${local}>;expires=0
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" is absent

  @rfc3261-10.2.2 @req-RFC3261-10.3-19
  Scenario: Contact "*" with Expires 0 removes all the bindings of the address-of-record
    "The REGISTER-specific Contact header field value of "*" applies to all registrations, but it MUST NOT be used
    unless the Expires header field is present with a value of "0"." §10.3 step 6: "If it does agree, it MUST remove
    the binding only if the CSeq in the request is higher than the value stored for that binding."

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
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 REGISTER
      Contact: *
      Expires: 0
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" is absent

  @req-RFC3261-10.3-17
  Scenario: Contact "*" with an expiration other than zero gets 400
    "If the request has additional Contact fields or an expiration time other than zero, the request is invalid, and
    the server MUST return a 400 (Invalid Request) and skip the remaining steps."

    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: *
      Expires: 3600
      Content-Length: 0
      """
    Then alice receives a 400 response within 2 s

  @req-RFC3261-10.3-25 @req-RFC3261-10.3-26
  Scenario: An expiry shorter than the registrar's minimum gets 423 with Min-Expires
    "If and only if the requested expiration interval is greater than zero AND smaller than one hour AND less than a
    registrar-configured minimum, the registrar MAY reject the registration with a response of 423 (Interval Too
    Brief). This response MUST contain a Min-Expires header field that states the minimum expiration interval the
    registrar is willing to honor."

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
      Expires: 10
      Content-Length: 0
      """
    Then alice receives a 423 response within 2 s
    And its header "Min-Expires" equals "60"

  @rfc3261-19.1.4
  Scenario: A Contact that differs only in the case of its host updates the binding
    §10.3: "For each address, the registrar then searches the list of current bindings using the URI comparison
    rules." §19.1.4: "Comparison of all other components of the URI is case-insensitive unless explicitly defined
    otherwise."

    Given alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@HOST.EXAMPLE:5060>
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
      CSeq: 2 REGISTER
      Contact: <sip:alice@host.example:5060>
      Expires: 3600
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" has 1 value

  @req-RFC3261-10.3-32
  Scenario: The 200 lists all the current bindings
    "The response MUST contain Contact header field values enumerating all current bindings."

    When alice sends:
      """
      REGISTER sip:127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:alice@${local}>, <sip:alice@192.0.2.1:5060>
      Expires: 3600
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its header "Contact" has 2 values
