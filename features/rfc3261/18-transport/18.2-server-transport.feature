@rfc3261-18.2 @uas
Feature: RFC 3261 §18.2 Server transport
  The device is the UAS. Where it sends its responses depends on the top Via of the request (§18.2.2). To tell the
  rules apart, alice sends the request and the Via names carol's port: carol first sends an OPTIONS of her own, and
  her port is read from the Via of the 200 she gets. carol may be at another loopback address, 127.0.0.2.

  @udp @rfc3261-18 @req-RFC3261-18-3 @req-RFC3261-18.2.1-3
  Scenario: The device answers on UDP and on TCP at the same port
    "All SIP elements MUST implement UDP and TCP."
    "For any port and interface that a server listens on for UDP, it MUST listen on that same port and interface for
    TCP."

    Given the device is the uas
    And peer alice on udp
    And peer carol on tcp
    When alice sends the template "options.sip"
    Then alice receives a 200 response within 2 s
    When carol sends:
      """
      OPTIONS sip:bob@${sut};transport=tcp SIP/2.0
      Via: SIP/2.0/TCP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:carol@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 OPTIONS
      Content-Length: 0
      """
    Then carol receives a 200 response within 2 s
    And its header "CSeq" equals "2 OPTIONS"
    And its header "Via" contains "SIP/2.0/TCP ${local};"

  @udp @rfc3261-18.2.1 @req-RFC3261-18.2.1-4 @req-RFC3261-18.2.1-5 @req-RFC3261-18.2.1-6
  Scenario: A request whose sent-by is a domain name gets a response with a received parameter
    "When the server transport receives a request over any transport, it MUST examine the value of the "sent-by"
    parameter in the top Via header field value. If the host portion of the "sent-by" parameter contains a domain
    name, or if it contains an IP address that differs from the packet source address, the server MUST add a
    "received" parameter to that Via header field value. This parameter MUST contain the source address from which
    the packet was received."
    The response goes back to alice: her address is the received address, her port the sent-by port.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP alice.invalid:${local.port};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its parameter "received" of header "Via" equals "127.0.0.1"

  @udp @rfc3261-18.2.2 @req-RFC3261-18.2.2-1 @req-RFC3261-18.2.2-7
  Scenario: Over UDP a response goes to the received address and the port of sent-by
    "Otherwise (for unreliable unicast transports), if the top Via has a "received" parameter, the response MUST be
    sent to the address in the "received" parameter, using the port indicated in the "sent-by" value, or using port
    5060 if none is specified explicitly."
    The sent-by host 127.0.0.2 is not the source address (127.0.0.1) of alice's request; its port is carol's.

    Given the device is the uas
    And peer alice on udp
    And peer carol on udp
    And carol sends the template "options.sip"
    And carol receives a 200 response within 2 s
    And store the part of its header "Via" matching "SIP/2.0/UDP [^:]+:(\d+);.*" as "carol-port"
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP 127.0.0.2:${carol-port};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 OPTIONS
      Content-Length: 0
      """
    Then carol receives a 200 response within 2 s
    And its header "CSeq" equals "2 OPTIONS"
    And its parameter "received" of header "Via" equals "127.0.0.1"

  @udp @rfc3261-18.2.2 @req-RFC3261-18.2.2-1 @req-RFC3261-18.2.2-9
  Scenario: Over UDP a response to a request without a received parameter goes to the sent-by
    "Otherwise, if it is not receiver-tagged, the response MUST be sent to the address indicated by the "sent-by"
    value, using the procedures in Section 5 of [4]."
    The sent-by is carol's address; the request comes from alice, at the same IP address: no received parameter.

    Given the device is the uas
    And peer alice on udp
    And peer carol on udp
    And carol sends the template "options.sip"
    And carol receives a 200 response within 2 s
    And store the part of its header "Via" matching "SIP/2.0/UDP ([^;]+);.*" as "carol-address"
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${carol-address};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 OPTIONS
      Content-Length: 0
      """
    Then carol receives a 200 response within 2 s
    And its header "CSeq" equals "2 OPTIONS"
    And its parameter "received" of header "Via" is absent

  @udp @rfc3261-18.2.2 @req-RFC3261-18.2.2-1 @req-RFC3261-18.2.2-5
  Scenario: A response to a request whose Via has a maddr parameter goes to the maddr address and the sent-by port
    "Otherwise, if the Via header field value contains a "maddr" parameter, the response MUST be forwarded to the
    address listed there, using the port indicated in "sent-by", or port 5060 if none is present."
    carol is at 127.0.0.2; alice, at 127.0.0.1, names carol's address in maddr and carol's port in the sent-by, whose
    host (192.0.2.1, TEST-NET-1) cannot be reached. Without maddr the response would go to the received address,
    127.0.0.1, where carol is not.

    Given the device is the uas
    And peer alice on udp
    And peer carol on udp at 127.0.0.2
    And carol sends the template "options.sip"
    And carol receives a 200 response within 2 s
    And store the part of its header "Via" matching "SIP/2.0/UDP [^:]+:(\d+);.*" as "carol-port"
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP 192.0.2.1:${carol-port};maddr=127.0.0.2;branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 OPTIONS
      Content-Length: 0
      """
    Then carol receives a 200 response within 2 s
    And its header "CSeq" equals "2 OPTIONS"

  @tcp @rfc3261-18.2.2 @req-RFC3261-18.2.2-1 @req-RFC3261-18.2.2-2
  Scenario: Over TCP the response goes back on the connection of the request
    "If the "sent-protocol" is a reliable transport protocol such as TCP or SCTP, or TLS over those, the response MUST
    be sent using the existing connection to the source of the original request that created the transaction, if
    that connection is still open."
    The sent-by (192.0.2.1, TEST-NET-1) cannot be reached: the response can only come on alice's connection.

    Given the device is the uas
    And peer alice on tcp
    When alice sends:
      """
      OPTIONS sip:bob@${sut};transport=tcp SIP/2.0
      Via: SIP/2.0/TCP 192.0.2.1:5060;branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its parameter "received" of header "Via" equals "127.0.0.1"
