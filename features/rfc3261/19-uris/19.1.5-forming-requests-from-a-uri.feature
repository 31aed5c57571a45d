@rfc3261-19.1.5 @uac @udp
Feature: RFC 3261 §19.1.5 Forming Requests from a URI
  "An implementation needs to take care when forming requests directly from a URI. URIs from business cards, web
  pages, and even from sources inside the protocol such as registered contacts may contain inappropriate header
  fields or body parts."
  The device is the UAC and is handed a URI of bob's; the request it forms goes to bob, or nothing does.

  Background:
    Given the device is the uac
    And peer bob on udp

  @req-RFC3261-19.1.5-1 @req-RFC3261-19.1.5-2 @req-RFC3261-19.1.5-3 @req-RFC3261-19.1.5-4
  Scenario: The method parameter is the method, and the other parameters stay in the Request-URI
    "An implementation MUST include any provided transport, maddr, ttl, or user parameter in the Request-URI of the
    formed request. If the URI contains a method parameter, its value MUST be used as the method of the request. The
    method parameter MUST NOT be placed in the Request-URI. Unknown URI parameters MUST be placed in the message's
    Request-URI."
    The ttl parameter goes with a multicast maddr only (§19.1.1): it is tried in the next scenario.

    When the device sends bob a request formed from the URI "sip:bob@${local};transport=udp;user=ip;maddr=127.0.0.1;method=OPTIONS;x-new=1"
    Then bob receives an OPTIONS request within 2 s
    And its start line equals "OPTIONS sip:bob@${local};transport=udp;user=ip;maddr=127.0.0.1;x-new=1 SIP/2.0"
    And its header "CSeq" matches "\d+ OPTIONS"

  @req-RFC3261-19.1.5-5
  Scenario: Headers and a body in the URI are put in the request
    "An implementation SHOULD treat the presence of any headers or body parts in the URI as a desire to include them
    in the message, and choose to honor the request on a per-component basis."

    When the device sends bob a request formed from the URI "sip:bob@${local};method=MESSAGE?Subject=project%20x&Priority=urgent&Content-Type=text/plain&body=hello%20bob"
    Then bob receives a MESSAGE request within 2 s
    And its header "Subject" equals "project x"
    And its header "Priority" equals "urgent"
    And its header "Content-Type" equals "text/plain"
    And its body equals "hello bob"

  @req-RFC3261-19.1.5-6 @req-RFC3261-19.1.5-7 @req-RFC3261-19.1.5-8
  Scenario: Dangerous and falsely advertising header fields of the URI are not put in the request
    "An implementation SHOULD NOT honor these obviously dangerous header fields: From, Call-ID, CSeq, Via, and
    Record-Route."
    "An implementation SHOULD NOT honor any requested Route header field values in order to not be used as an
    unwitting agent in malicious attacks."
    "An implementation SHOULD NOT honor requests to include header fields that may cause it to falsely advertise its
    location or capabilities. These include: Accept, Accept-Encoding, Accept-Language, Allow, Contact (in its dialog
    usage), Organization, Supported, and User-Agent."
    Had the device honored the Route, the request would have gone to evil.example.invalid, not to bob. The device's own
    Accept may list the media types it takes (§11.1: "An Accept header field SHOULD be included" in an OPTIONS), never
    evil/evil.

    When the device sends bob a request formed from the URI "sip:bob@${local};method=OPTIONS?From=%3Csip:evil%40example.invalid%3E&Call-ID=evil&CSeq=7%20OPTIONS&Via=SIP/2.0/UDP%20evil.example.invalid&Record-Route=%3Csip:evil.example.invalid%3Blr%3E&Route=%3Csip:evil.example.invalid%3Blr%3E&Accept=evil/evil&Accept-Encoding=evil&Accept-Language=evil&Allow=EVIL&Contact=%3Csip:evil%40example.invalid%3E&Organization=evil&Supported=evil&User-Agent=evil"
    Then bob receives an OPTIONS request within 2 s
    And its header "From" matches "(?!.*evil).*"
    And its header "Call-ID" matches "(?!evil$).*"
    And its header "CSeq" matches "(?!7 ).*"
    And its header "Via" matches "(?!.*evil).*"
    And its header "Record-Route" is absent
    And its header "Route" is absent
    And its header "Contact" matches "(?!.*evil).*"
    And its header "Accept" has only values among "application/sdp, multipart/mixed, multipart/alternative, text/plain, text/html, message/sipfrag, application/pidf+xml"
    And its header "Accept-Encoding" is absent
    And its header "Accept-Language" is absent
    And its header "Allow" is absent
    And its header "Organization" is absent
    And its header "Supported" is absent
    And its header "User-Agent" is absent

  @req-RFC3261-19.1.5-9
  Scenario: A Content-Length in the URI is not taken as it is: the request has the length of its body
    "An implementation SHOULD verify the accuracy of any requested descriptive header fields, including:
    Content-Disposition, Content-Encoding, Content-Language, Content-Length, Content-Type, Date, Mime-Version, and
    Timestamp."

    When the device sends bob a request formed from the URI "sip:bob@${local};method=MESSAGE?Content-Type=text/plain&Content-Length=999&body=hi"
    Then bob receives a MESSAGE request within 2 s
    And its header "Content-Length" equals "2"
    And its body equals "hi"

  @rfc3261-19.1.1 @req-RFC3261-19.1.5-10 @req-RFC3261-19.1.1-2 @req-RFC3261-19.1.1-7 @req-RFC3261-19.1.1-9
  Scenario Outline: No request is formed from a URI that breaks §19.1.1 (<why>)
    "If the request formed from constructing a message from a given URI is not a valid SIP request, the URI is invalid.
    An implementation MUST NOT proceed with transmitting the request."
    "If the @ sign is present in a SIP or SIPS URI, the user field MUST NOT be empty."
    "Even though an arbitrary number of URI parameters may be included in a URI, any given parameter-name MUST NOT
    appear more than once."
    "The ttl parameter determines the time-to-live value of the UDP multicast packet and MUST only be used if maddr
    is a multicast address and the transport protocol is UDP."
    A device that sent the request would put the URI that breaks the rule in its Request-URI.

    When the device sends bob a request formed from the URI "<uri>"
    Then bob receives nothing within 10*T1

    Examples:
      | uri                                                 | why                                  |
      | sip:@${local};method=OPTIONS                        | an @ sign and an empty user          |
      | sip:bob@${local};method=OPTIONS;x-new=1;x-new=2     | a parameter name twice               |
      | sip:bob@${local};method=OPTIONS;ttl=1               | a ttl without a multicast maddr      |
      | sip:bob@${local};method=OPTIONS;maddr=127.0.0.1;ttl=1 | a ttl with a unicast maddr         |

  @req-RFC3261-19.1.5-11 @req-RFC3261-19.1.5-12
  Scenario Outline: No request is sent that requires an extension the device does not support (<why>)
    "Sending a request formed from a given URI may require capabilities unavailable to the implementation. The URI
    might indicate use of an unimplemented transport or extension, for example. An implementation SHOULD refuse to
    send these requests rather than modifying them to match their capabilities. An implementation MUST NOT send a
    request requiring an extension that it does not support."
    "For example, such a request can be formed through the presence of a Require header parameter or a method URI
    parameter with an unknown or explicitly unsupported value."

    When the device sends bob a request formed from the URI "<uri>"
    Then bob receives nothing within 10*T1

    Examples:
      | uri                                                                     | why                       |
      | sip:bob@${local};method=OPTIONS?Require=com.example.nothingKnowsThis   | a Require of an unknown option tag |
      | sip:bob@${local};method=NOSUCHMETHOD                                    | an unknown method         |
