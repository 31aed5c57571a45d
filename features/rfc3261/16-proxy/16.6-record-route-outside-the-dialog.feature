@rfc3261-16.6 @uac @udp
Feature: RFC 3261 §16.6 step 4: a Record-Route URI is used in its dialog only
  "The URI a proxy places into a Record-Route header field is only valid for the lifetime of any dialog created by the
  transaction in which it occurs.  A dialog-stateful proxy, for example, MAY refuse to accept future requests with that
  value in the Request-URI after the dialog has terminated."
  The device is made to call bob; bob's 2xx carries the Record-Route of a proxy, the tester peer proxy, through which
  the device's requests in the dialog go.

  @req-RFC3261-16.6-31
  Scenario: After a record-routed dialog ends, the device's next request to the same peer has no Route from it
    "Endpoints MUST NOT use a URI obtained from a Record-Route header field outside the dialog in which it was
    provided."
    The ACK and the BYE reach proxy: the device took the Record-Route for the dialog's route set (§12.1.2). The dialog
    over, the device is made to send an OPTIONS to bob: it goes to bob, without the proxy's URI in a Route.

    Given the device is the uac
    And peer bob on udp
    And peer proxy on udp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And store its header "To" as "invite-to"
    When bob answers with 200 containing:
      """
      To: ${invite-to};tag=bob-1
      Contact: <sip:bob@${local}>
      Record-Route: <sip:rr-${user}@${peer.proxy};lr>
      Content-Type: application/sdp

      v=0
      o=bob 2890844527 2890844527 IN IP4 ${local.host}
      s=-
      c=IN IP4 ${local.host}
      t=0 0
      m=audio 49172 RTP/AVP 0
      a=rtpmap:0 PCMU/8000
      """
    Then proxy receives an ACK request within 2 s
    And its header "Route" equals "<sip:rr-${user}@${peer.proxy};lr>"
    When the device hangs up its call with bob
    Then proxy receives a BYE request within 2 s
    When proxy answers with 200
    And the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And its header "Route" is absent
    And its start line matches "OPTIONS (?!sip:rr-${user}@)\S+ SIP/2\.0"
    And proxy receives nothing within 300 ms
