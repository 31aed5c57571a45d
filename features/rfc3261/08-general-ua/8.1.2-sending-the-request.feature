@rfc3261-8.1.2 @uac @tcp
Feature: RFC 3261 §8.1.1.1 and §8.1.2: a request sent through a pre-existing route set
  The device is the UAC, configured with a pre-existing route set naming proxy, a tester peer on TCP (an outbound
  proxy, as §8.1.1.1 recommends); it sends its requests to bob. ${peer.NAME} is the host:port of peer NAME.
  §8.1.1.1: "When a pre-existing route set is present, the procedures for populating the Request-URI and Route header
  field detailed in Section 12.2.1.1 MUST be followed (even though there is no dialog), using the desired Request-URI
  as the remote target URI."

  Background:
    Given the device is the uac
    And peer bob on tcp
    And peer proxy on tcp

  @rfc3261-8.1.1.1 @req-RFC3261-8.1.1.1-3 @req-RFC3261-8.1.2-7
  Scenario: Through a loose router: the Request-URI is bob's, the Route is the route set, and the request goes to the proxy
    §12.2.1.1: "If the route set is not empty, and the first URI in the route set contains the lr parameter (see
    Section 19.1.1), the UAC MUST place the remote target URI into the Request-URI and MUST include a Route header
    field containing the route set values in order, including all parameters."
    §8.1.2: "If the request contains a Route header field, the request SHOULD be sent to the locations derived from its
    topmost value, but MAY be sent to any server that the UA is certain will honor the Route and Request-URI policies
    specified in this document (as opposed to those in RFC 2543)."

    Given the device's pre-existing route set is "<sip:${peer.proxy};transport=tcp;lr>"
    When the device sends an INVITE to bob
    Then proxy receives an INVITE request within 2 s
    And its start line equals "INVITE sip:bob@${peer.bob};transport=tcp SIP/2.0"
    And its header "Route" equals "<sip:${peer.proxy};transport=tcp;lr>"
    And bob receives nothing within 300 ms

  @rfc3261-8.1.1.1 @req-RFC3261-8.1.1.1-3 @req-RFC3261-8.1.2-2
  Scenario: Through a strict router: the Request-URI is the router's, bob's URI the last Route, and it goes to the router
    §12.2.1.1: "If the route set is not empty, and its first URI does not contain the lr parameter, the UAC MUST place
    the first URI from the route set into the Request-URI, stripping any parameters that are not allowed in a
    Request-URI. The UAC MUST add a Route header field containing the remainder of the route set values in order,
    including all parameters. The UAC MUST then place the remote target URI into the Route header field as the last
    value."
    §8.1.2: "If the first element in the route set indicated a strict router (resulting in forming the request as
    described in Section 12.2.1.1), the procedures MUST be applied to the Request-URI of the request."

    Given the device's pre-existing route set is "<sip:${peer.proxy};transport=tcp>"
    When the device sends an INVITE to bob
    Then proxy receives an INVITE request within 2 s
    And its start line equals "INVITE sip:${peer.proxy};transport=tcp SIP/2.0"
    And its header "Route" equals "<sip:bob@${peer.bob};transport=tcp>"
    And bob receives nothing within 300 ms

  @rfc3261-9.1 @req-RFC3261-9.1-5
  Scenario: The CANCEL of an INVITE sent through the route set has its Route values
    §9.1: "If the request being cancelled contains a Route header field, the CANCEL request MUST include that Route
    header field's values."

    Given the device's pre-existing route set is "<sip:${peer.proxy};transport=tcp;lr>"
    When the device sends an INVITE to bob
    Then proxy receives an INVITE request within 2 s
    And store its header "Route" as "route"
    When proxy answers with 180
    And the device sends a CANCEL to bob
    Then proxy receives a CANCEL request within 2 s
    And its header "Route" is the same as "route"

  @rfc3261-17.1.1.3 @req-RFC3261-17.1.1.3-6
  Scenario: The ACK of a 486 to an INVITE sent through the route set has the INVITE's Route values
    §17.1.1.3: "If the INVITE request whose response is being acknowledged had Route header fields, those header
    fields MUST appear in the ACK."

    Given the device's pre-existing route set is "<sip:${peer.proxy};transport=tcp;lr>"
    When the device sends an INVITE to bob
    Then proxy receives an INVITE request within 2 s
    And store its header "Route" as "route"
    When proxy answers with 486
    Then proxy receives an ACK request within 2 s
    And its header "Route" is the same as "route"
