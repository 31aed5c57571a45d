@rfc3261-11.1 @uac @udp
Feature: RFC 3261 §11.1 Construction of OPTIONS Request: the device asks bob for his capabilities
  The device is made to send an OPTIONS to bob (the embedded stack's API, or the profile's trigger.options).

  @req-RFC3261-11.1-2
  Scenario: The device's OPTIONS says in Accept which bodies it wants in the response
    "An Accept header field SHOULD be included to indicate the type of message body the UAC wishes to receive in the
    response. Typically, this is set to a format that is used to describe the media capabilities of a UA, such as SDP
    (application/sdp)."

    Given the device is the uac
    And peer bob on udp
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    And its header "Accept" matches "[^ ,]+/[^ ,]+.*"
