@rfc3261-21.4 @uas @udp
Feature: RFC 3261 §21.4 Request Failure 4xx: what the device's refusals say

  @rfc3261-21.4.18 @req-RFC3261-21.4.18-2
  Scenario: A 480 says why the callee is unavailable
    "The callee's end system was contacted successfully but the callee is currently unavailable (for example, is not
    logged in, logged in but in a state that precludes communication with the callee, or has activated the "do not
    disturb" feature)." "The reason phrase SHOULD indicate a more precise cause as to why the callee is unavailable."
    The reason phrase is more than the generic "Temporarily Unavailable".

    Given the device is the embedded uas answering 480 after ringing 0 ms
    And peer alice on udp
    When alice sends the template "invite.sip"
    Then alice receives a 480 response within 2 s
    And its start line matches "SIP/2\.0 480 (?!Temporarily Unavailable$)\S.*"
