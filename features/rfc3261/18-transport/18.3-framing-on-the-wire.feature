@rfc3261-18.3 @uas
Feature: RFC 3261 §18.3 Framing, on the wire
  The device is the UAS. Over UDP a message is one datagram; over TCP the device finds where each message ends from
  its Content-Length.

  @udp @req-RFC3261-18.3-1
  Scenario: Bytes in the datagram after the body announced by Content-Length are discarded
    "If there are additional bytes in the transport packet beyond the end of the body, they MUST be discarded."
    The OPTIONS announces no body and is followed by bytes that are not SIP: the device answers it as if they were
    not there.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0

      these bytes are beyond the end of the body
      """
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "1 OPTIONS"

  @udp @req-RFC3261-18.3-3
  Scenario: A request whose datagram ends before the end of its body gets 400
    "If the transport packet ends before the end of the message body, this is considered an error. If the message is
    a response, it MUST be discarded. If the message is a request, the element SHOULD generate a 400 (Bad Request)
    response."

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Type: text/plain
      Content-Length: 500

      hello
      """
    Then alice receives a 400 response within 2 s
    And its header "CSeq" equals "1 OPTIONS"

  @udp @rfc3261-18.1.1 @req-RFC3261-18.1.1-3
  Scenario: A request in a datagram of about 63 KB is answered
    "However, implementations MUST be able to handle messages up to the maximum datagram packet size. For UDP, this
    size is 65,535 bytes, including IP and UDP headers."
    The OPTIONS is about 63,000 bytes long, 62,700 of them an SDP body padded with attributes.

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "options-large-datagram.sip"
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "1 OPTIONS"

  @tcp @req-RFC3261-18.3-4
  Scenario: Two requests in one TCP segment are both answered, and the responses carry Content-Length
    "The Content-Length header field MUST be used with stream oriented transports."
    The first request ends where its Content-Length (0) says; the second carries an SDP body of 110 bytes. Each
    response is framed by its own Content-Length (a 200 to OPTIONS may carry SDP, §11.2), which the tester reads.

    Given the device is the uas
    And peer alice on tcp
    When alice sends:
      """
      OPTIONS sip:bob@${sut};transport=tcp SIP/2.0
      Via: SIP/2.0/TCP ${local};branch=z9hG4bK-first-${tag}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 OPTIONS
      Content-Length: 0

      OPTIONS sip:bob@${sut};transport=tcp SIP/2.0
      Via: SIP/2.0/TCP ${local};branch=z9hG4bK-second-${tag}
      Max-Forwards: 70
      To: <sip:bob@${sut}>
      From: <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 OPTIONS
      Content-Type: application/sdp
      Content-Length: 110

      v=0
      o=alice 2890844526 2890844526 IN IP4 127.0.0.1
      s=-
      c=IN IP4 127.0.0.1
      t=0 0
      m=audio 49170 RTP/AVP 0
      """
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "1 OPTIONS"
    And its header "Content-Length" is present
    And alice receives a 200 response within 2 s
    And its header "CSeq" equals "2 OPTIONS"
    And its header "Content-Length" is present
