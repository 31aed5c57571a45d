@rfc3261-18.3 @message @udp
Feature: RFC 3261 §18.3 Framing
  "In the case of message-oriented transports (such as UDP), if the message has a Content-Length header field,
  the message body is assumed to contain that many bytes. If there are additional bytes in the transport
  packet beyond the end of the body, they MUST be discarded. If the transport packet ends before the end of the
  message body, this is considered an error. If the message is a response, it MUST be discarded. If the message
  is a request, the element SHOULD generate a 400 (Bad Request) response."

  @req-RFC3261-18.3-1
  Scenario: Bytes after the body announced by Content-Length are discarded
    Given the message:
      """
      MESSAGE sip:bob@biloxi.example.com SIP/2.0
      Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9
      Max-Forwards: 70
      To: <sip:bob@biloxi.example.com>
      From: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl
      Call-ID: 3848276298220188511@atlanta.example.com
      CSeq: 1 MESSAGE
      Content-Type: text/plain
      Content-Length: 5

      hello, and some trailing bytes
      """
    When the embedded stack decodes it
    Then it is accepted
    And the body is 5 bytes long

  @req-RFC3261-18.3-3
  Scenario: A request whose body ends before Content-Length gets 400
    Given the message:
      """
      MESSAGE sip:bob@biloxi.example.com SIP/2.0
      Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9
      Max-Forwards: 70
      To: <sip:bob@biloxi.example.com>
      From: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl
      Call-ID: 3848276298220188511@atlanta.example.com
      CSeq: 1 MESSAGE
      Content-Type: text/plain
      Content-Length: 500

      hello
      """
    When the embedded stack decodes it
    Then it is rejected with status 400
    And the rejection reason contains "Content-Length"

  Scenario: Without Content-Length the body is the rest of the datagram
    Given the message:
      """
      MESSAGE sip:bob@biloxi.example.com SIP/2.0
      Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9
      Max-Forwards: 70
      To: <sip:bob@biloxi.example.com>
      From: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl
      Call-ID: 3848276298220188511@atlanta.example.com
      CSeq: 1 MESSAGE
      Content-Type: text/plain

      hello
      """
    When the embedded stack decodes it
    Then it is accepted
    And the body is 7 bytes long

  @rfc3261-18.2.1 @uas @req-RFC3261-18.2.1-5 @req-RFC3261-18.2.1-6
  Scenario: A request whose sent-by is not its source address gets a response with a received parameter
    "If the host portion of the "sent-by" parameter contains a domain name, or if it contains an IP address that
    differs from the packet source address, the server MUST add a "received" parameter to that Via header field
    value. This parameter MUST contain the source address from which the packet was received."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP 127.0.0.2:${local.port};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response within 2 s
    And its parameter "received" of header "Via" equals "127.0.0.1"
