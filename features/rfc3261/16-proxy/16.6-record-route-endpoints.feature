@rfc3261-16.6 @uac @udp
Feature: RFC 3261 §16.6 Request Forwarding: the route set at the endpoints
  "The URI placed in the Record-Route header field MUST resolve to the element inserting it" ... "Endpoints MUST NOT
  use a URI obtained from a Record-Route header field outside the dialog in which it was provided."
  The device is the UAC; bob answers its INVITE with a 200 that a proxy at bob's own address record-routed.

  @req-RFC3261-16.6-31
  Scenario: The UAC uses a Record-Route URI within its dialog only, not in its next call
    "Endpoints MUST NOT use a URI obtained from a Record-Route header field outside the dialog in which it was
    provided."
    The ACK of the first call carries the route set (§12.2.1.1); the INVITE of the second call, to carol, a new
    dialog, has no Route made of it (a UAC that reused the route set would send it to bob's address).

    Given the device is the uac
    And peer bob on udp
    And peer carol on udp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And store its header "Via" as "via"
    And store its header "From" as "from"
    And store its header "To" as "to"
    And store its header "Call-ID" as "first-call"
    And store its header "CSeq" as "cseq"
    When bob sends:
      """
      SIP/2.0 200 OK
      Via: ${via}
      Record-Route: <sip:rr-${user}@${local};lr>
      To: ${to};tag=b200
      From: ${from}
      Call-ID: ${first-call}
      CSeq: ${cseq}
      Contact: <sip:bob@${local}>
      Content-Length: 0
      """
    Then bob receives an ACK request within 2 s
    And its header "Route" equals "<sip:rr-${user}@${local};lr>"
    When the device sends an INVITE to carol
    Then carol receives an INVITE request within 2 s
    And its header "Route" is absent
