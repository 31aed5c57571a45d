@rfc3261-16.5 @proxy @udp
Feature: RFC 3261 §16.5 Determining Request Targets
  "When accessing the location service constructed by a registrar, the Request-URI MUST first be canonicalized as
  described in Section 10.3 before being used as an index. The output of these mechanisms is used to construct the
  target set."
  Users register through the proxy with the template register-user.sip: sip:${user}@127.0.0.1 bound to the peer.

  @req-RFC3261-16.6-11
  Scenario: A request to a registered user goes to its registered contact
    "The Request-URI in the copy's start line MUST be replaced with the URI for this target."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
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
    And its start line equals "MESSAGE sip:${user}@${local} SIP/2.0"
    And its header "To" contains "<sip:${user}@127.0.0.1>"

  @req-RFC3261-16.5-16
  Scenario: A request to a user of the proxy's domain with no binding gets 480
    "If the target set remains empty after applying all of the above, the proxy MUST return an error response, which
    SHOULD be the 480 (Temporarily Unavailable) response."

    Given the device is the proxy
    And peer alice on udp
    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then alice receives a 480 response within 2 s

  @req-RFC3261-16.5-15
  Scenario: A request to the proxy itself, a resource that does not exist, gets 404
    "If the Request-URI indicates a resource at this proxy that does not exist, the proxy MUST return a 404 (Not Found)
    response."
    The Request-URI is the proxy's own address, without a user: nothing at the proxy takes a MESSAGE.

    Given the device is the proxy
    And peer alice on udp
    When alice sends:
      """
      MESSAGE sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${sut}>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then alice receives a 404 response within 2 s

  @req-RFC3261-16.5-4
  Scenario: The Request-URI is looked up without its parameters
    "When accessing the location service constructed by a registrar, the Request-URI MUST first be canonicalized as
    described in Section 10.3 before being used as an index."
    §10.3: "all URI parameters MUST be removed (including the user-param), and any escaped characters MUST be converted
    to their unescaped form."

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      MESSAGE sip:${user}@127.0.0.1;x-campaign=spring SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then bob receives a MESSAGE request within 2 s
    And its start line equals "MESSAGE sip:${user}@${local} SIP/2.0"

  @req-RFC3261-16.5-4
  Scenario: The Request-URI is looked up with its escaped characters unescaped
    "When accessing the location service constructed by a registrar, the Request-URI MUST first be canonicalized as
    described in Section 10.3 before being used as an index."
    §10.3: "any escaped characters MUST be converted to their unescaped form." Bob registers sip:b${user}@127.0.0.1;
    alice writes its b as %62.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends:
      """
      REGISTER sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:b${user}@127.0.0.1>
      From: <sip:b${user}@127.0.0.1>;tag=${tag}
      Call-ID: reg-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:b${user}@${local}>
      Expires: 600
      Content-Length: 0
      """
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      MESSAGE sip:%62${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:b${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then bob receives a MESSAGE request within 2 s
    And its start line equals "MESSAGE sip:b${user}@${local} SIP/2.0"

  @req-RFC3261-16.5-1
  Scenario: A Request-URI with a maddr parameter is the only target, even for a registered user
    "If the Request-URI of the request contains an maddr parameter, the Request-URI MUST be placed into the target set
    as the only target URI, and the proxy MUST proceed to Section 16.6."
    The maddr (127.0.0.2, where nobody listens) is not the proxy's: the request goes there, not to the user's
    registered contact. The 100 (Trying) shows that the proxy took the INVITE.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      INVITE sip:${user}@127.0.0.1:${sut.port};maddr=127.0.0.2 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Content-Length: 0
      """
    Then alice receives a 100 response within 2 s
    And bob receives nothing within 1 s

  @req-RFC3261-16.5-2 @req-RFC3261-16.5-9
  Scenario: A request for another domain goes to its Request-URI alone, never to a binding of the same user
    "If the domain of the Request-URI indicates a domain this element is not responsible for, the Request-URI MUST be
    placed into the target set as the only target, and the element MUST proceed to the task of Request Forwarding
    (Section 16.6)."
    "A proxy MUST NOT add additional targets to the target set if the Request-URI of the original request does not
    indicate a resource this proxy is responsible for."
    The user is registered at the proxy (contact bob), but the Request-URI is at alice's own host and port, not the
    proxy's domain: alice gets the request, bob nothing.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      MESSAGE sip:${user}@${local} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 MESSAGE
      Content-Length: 0
      """
    Then alice receives a MESSAGE request within 2 s
    And its start line equals "MESSAGE sip:${user}@${local} SIP/2.0"
    And bob receives nothing within 500 ms

  @req-RFC3261-16.5-12 @req-RFC3261-16.5-13
  Scenario: A contact registered while the INVITE rings joins its target set
    "If a proxy uses a dynamic source of information while building the target set (for instance, if it consults a
    SIP Registrar), it SHOULD monitor that source for the duration of processing the request. New locations SHOULD be
    added to the target set as they become available."
    Bob rings (180); then bob2 registers the same user: the INVITE goes to bob2 too.

    Given the device is the proxy
    And peer bob on udp
    And peer bob2 on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    When bob2 sends the template "register-user.sip"
    Then bob2 receives a 200 response within 2 s
    And bob2 receives an INVITE request within 2 s
    And its start line equals "INVITE sip:${user}@${local} SIP/2.0"

  @req-RFC3261-16.5-14
  Scenario: A contact registered again while the INVITE rings is not added to the target set a second time
    "If a proxy uses a dynamic source of information while building the target set (for instance, if it consults a
    SIP Registrar), it SHOULD monitor that source for the duration of processing the request. New locations SHOULD be
    added to the target set as they become available. As above, any given URI MUST NOT be added to the set more than
    once."
    Bob rings (180); then bob registers his contact again, under another Call-ID and written with a URI parameter the
    first one did not have (§19.1.4: "any other uri-parameters appearing in only one URI are ignored when comparing the
    URIs"): the URI is the one already in the target set, so bob gets no second INVITE.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 180
    Then alice receives a 180 response within 2 s
    When bob sends:
      """
      REGISTER sip:${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:${user}@127.0.0.1>;tag=${tag}
      Call-ID: again-${call-id}
      CSeq: 1 REGISTER
      Contact: <sip:${user}@${local};x-note=again>
      Expires: 600
      Content-Length: 0
      """
    Then bob receives a 200 response within 2 s
    And bob receives no INVITE request within 1 s

  @req-RFC3261-16.5-8
  Scenario: A 3xx contact equal to a target already in the set is not added to it again
    "If a target URI is already present in the set (based on the definition of equality for the URI type), it MUST NOT
    be added again."
    §16.5: "a proxy may choose to incorporate contacts obtained in a redirect response (3xx) into the target set". Bob
    redirects to his own contact, written with a URI parameter the registered one does not have (§19.1.4: "any other
    uri-parameters appearing in only one URI are ignored when comparing the URIs"): the URI is already in the target
    set, so bob gets no second INVITE. The scenario needs a proxy that recurses (recurse=on).

    Given the device is the proxy with "recurse=on"
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "register-user.sip"
    Then bob receives a 200 response within 2 s
    When alice sends the template "invite-user.sip"
    Then bob receives an INVITE request within 2 s
    When bob answers with 302 containing:
      """
      Contact: <sip:${user}@${local};x-note=again>
      """
    Then bob receives no INVITE request within 1 s
    And alice receives a final response within 2 s
