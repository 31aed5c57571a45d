@rfc3261-16.10 @proxy @udp
Feature: RFC 3261 §16.10 CANCEL Processing
  "Instead, the proxy layer searches its existing response contexts for the server transaction handling the request
  associated with this CANCEL."

  @req-RFC3261-16.10-2 @req-RFC3261-16.10-4 @req-RFC3261-16.10-5
  Scenario: A CANCEL gets 200 at once and cancels every pending branch
    "A proxy MUST cancel any pending client transactions associated with a response context when it receives a
    matching CANCEL request."
    "If a matching response context is found, the element MUST immediately return a 200 (OK) response to the CANCEL
    request."
    "Furthermore, the element MUST generate CANCEL requests for all pending client transactions in the context as
    described in Section 16.7 step 10."
    Bob and carol both ring; neither answers the CANCEL before alice has its 200.

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
    When bob answers with 180
    And carol answers with 180
    Then alice receives a 180 response within 2 s
    And store its parameter "branch" of header "Via" as "invite-branch"
    When alice sends the template "proxy/cancel-bob.sip"
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "1 CANCEL"
    And bob receives a CANCEL request within 2 s
    And carol receives a CANCEL request within 2 s
    When bob answers with 200
    And carol answers with 200
    And bob answers the INVITE with 487
    And carol answers the INVITE with 487
    Then alice receives a 487 response within 2 s

  @req-RFC3261-16.10-6
  Scenario: A CANCEL that matches no response context is forwarded statelessly
    "If a response context is not found, the element does not have any knowledge of the request to apply the CANCEL to.
    It MUST statelessly forward the CANCEL request (it may have statelessly forwarded the associated request
    previously)."
    The proxy has seen no INVITE of this call: the CANCEL goes on to bob, who answers it.

    Given the device is the proxy
    And peer bob on udp
    And peer alice on udp
    When bob sends the template "proxy/register-bob.sip"
    Then bob receives a 200 response within 2 s
    When alice sends:
      """
      CANCEL sip:${user}@127.0.0.1 SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:${user}@127.0.0.1>
      From: <sip:alice@127.0.0.1>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 CANCEL
      Content-Length: 0
      """
    Then bob receives a CANCEL request within 2 s
    And its header "Via" has 2 values
    When bob answers with 481
    Then alice receives a 481 response within 2 s
