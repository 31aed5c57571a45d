@rfc3261-8.1.3 @uac @tcp
Feature: RFC 3261 §8.1.3 Processing Responses
  The device is the UAC: it sends an INVITE to bob, a tester peer on TCP (no retransmission comes between the request
  and the answers), and bob answers with responses the device must recognise, or treat as the x00 of their class, or
  discard.

  @rfc3261-8.1.3.2 @req-RFC3261-8.1.3.2-1
  Scenario: An unknown 2xx is treated as 200: the device acknowledges it as a new transaction
    "A UAC MUST treat any final response it does not recognize as being equivalent to the x00 response code of that
    class, and MUST be able to process the x00 response code for all classes."
    §17.1.1.3: the ACK of a non-2xx reuses the INVITE's branch; §13.2.2.4: the ACK of a 2xx is a new transaction to the
    Contact, so a new branch.

    Given the device is the uac
    And peer bob on tcp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And store its parameter "branch" of header "Via" as "invite-branch"
    When bob answers with 299 containing:
      """
      Contact: <sip:bob@${local};transport=tcp>
      """
    Then bob receives an ACK request within 2 s
    And its start line equals "ACK sip:bob@${local};transport=tcp SIP/2.0"
    And its parameter "branch" of header "Via" is not the same as "invite-branch"

  @rfc3261-8.1.3.2 @req-RFC3261-8.1.3.2-1 @rfc3261-8.1.3.4 @req-RFC3261-8.1.3.4-1
  Scenario: An unknown 3xx is treated as 300: the device tries the Contact it gives
    "A UAC MUST treat any final response it does not recognize as being equivalent to the x00 response code of that
    class, and MUST be able to process the x00 response code for all classes."
    §8.1.3.4: "Upon receipt of a redirection response (for example, a 301 response status code), clients SHOULD use
    the URI(s) in the Contact header field to formulate one or more new requests based on the redirected request."

    Given the device is the uac
    And peer bob on tcp
    And peer carol on tcp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    When bob answers with 399 containing:
      """
      Contact: <sip:carol@${peer.carol};transport=tcp>
      """
    Then bob receives an ACK request within 2 s
    And carol receives an INVITE request within 2 s
    And its start line equals "INVITE sip:carol@${local};transport=tcp SIP/2.0"

  @rfc3261-8.1.3.2 @req-RFC3261-8.1.3.2-2 @rfc3261-9.1 @req-RFC3261-9.1-8
  Scenario: An unknown 1xx is a provisional response: the CANCEL that waited for one is sent
    §8.1.3.2: "A UAC MUST treat any provisional response different than 100 that it does not recognize as 183 (Session
    Progress)."
    §9.1: "If no provisional response has been received, the CANCEL request MUST NOT be sent; rather, the client MUST
    wait for the arrival of a provisional response before sending the request."
    The device is told to cancel before any response: it must wait (bob receives nothing), then send the CANCEL once
    the 199 arrives.

    Given the device is the uac
    And peer bob on tcp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    When the device sends a CANCEL to bob
    Then bob receives nothing within 500 ms
    When bob answers with 199
    Then bob receives a CANCEL request within 2 s

  @rfc3261-8.1.3.2 @req-RFC3261-8.1.3.2-3
  Scenario Outline: A <status> is a provisional response: the CANCEL that waited for one is sent
    "A UAC MUST be able to process 100 and 183 responses."

    Given the device is the uac
    And peer bob on tcp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    When the device sends a CANCEL to bob
    And bob answers with <status>
    Then bob receives a CANCEL request within 2 s

    Examples:
      | status |
      | 100    |
      | 183    |

  @rfc3261-8.1.3.3 @req-RFC3261-8.1.3.3-1
  Scenario: A response with two Via values is discarded: the device does not acknowledge it
    "If more than one Via header field value is present in a response, the UAC SHOULD discard the message."
    A 486 with a second Via is not acknowledged; the same 486 with one Via then is.

    Given the device is the uac
    And peer bob on tcp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    And store its header "Via" as "invite-via"
    When bob answers with 486 containing:
      """
      Via: ${invite-via}
      Via: SIP/2.0/TCP 192.0.2.7:5060;branch=z9hG4bKnot-the-device
      """
    Then bob receives nothing within 500 ms
    When bob answers with 486
    Then bob receives an ACK request within 2 s

  @rfc3261-21.4 @req-RFC3261-21.4-1
  Scenario: After a 404 the device does not send the same request again
    §21.4: "The client SHOULD NOT retry the same request without modification (for example, adding appropriate
    authorization)."

    Given the device is the uac
    And peer bob on tcp
    When the device sends an INVITE to bob
    Then bob receives an INVITE request within 2 s
    When bob answers with 404
    Then bob receives an ACK request within 2 s
    And bob receives nothing within 500 ms

  @rfc3261-21.4.4 @req-RFC3261-21.4.4-1
  Scenario: After a 403 the device does not send the request again
    §21.4.4: "Authorization will not help, and the request SHOULD NOT be repeated."

    Given the device is the uac
    And peer bob on tcp
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    When bob answers with 403
    Then bob receives nothing within 500 ms

  @rfc3261-21.5.4 @req-RFC3261-21.5.4-4
  Scenario: After a 503 with Retry-After the device sends no other request to that server for the duration
    §21.5.4: "A client (proxy or UAC) receiving a 503 (Service Unavailable) SHOULD attempt to forward the request to an
    alternate server. It SHOULD NOT forward any other requests to that server for the duration specified in the
    Retry-After header field, if present."

    Given the device is the uac
    And peer bob on tcp
    When the device sends an OPTIONS to bob
    Then bob receives an OPTIONS request within 2 s
    When bob answers with 503 containing:
      """
      Retry-After: 30
      """
    And the device sends an OPTIONS to bob
    Then bob receives nothing within 500 ms
