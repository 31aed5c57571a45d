@rfc3261-12.2.2 @uas @udp
Feature: RFC 3261 §12.2.2 The device receives requests within a dialog
  Alice calls the device (CSeq 1) and, once the dialog is confirmed, sends it requests within the dialog.

  Background:
    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    And alice acknowledges it

  @req-RFC3261-12.2.2-5 @req-RFC3261-12.2.2-6
  Scenario: A CSeq more than one higher is accepted, and becomes the remote sequence number
    "This is not an error condition, and a UAS SHOULD be prepared to receive and process requests with CSeq values
    more than one higher than the previous received request."
    "The UAS MUST then set the remote sequence number to the value of the sequence number in the CSeq header field
    value in the request."
    After CSeq 10, a request with CSeq 5 (still higher than the INVITE's 1) is out of order only if 10 was kept.

    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 10 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 200 response to its OPTIONS within 2 s
    When alice sends:
      """
      OPTIONS sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 5 OPTIONS
      Content-Length: 0
      """
    Then alice receives a 500 response to its OPTIONS within 2 s

  @req-RFC3261-12.2.2-7
  Scenario: A re-INVITE with a new Contact changes the remote target of the device's BYE
    "When a UAS receives a target refresh request, it MUST replace the dialog's remote target URI with the URI from
    the Contact header field in that request, if present."

    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 INVITE
      Contact: <sip:alice-moved@${local}>
      Content-Length: 0
      """
    And alice receives a 200 response to its INVITE within 2 s
    And alice acknowledges it
    When the device hangs up its call with alice
    Then alice receives a BYE request within 2 s
    And its start line equals "BYE sip:alice-moved@${local} SIP/2.0"

  @rfc3261-15.1.2 @req-RFC3261-15.1.2-2
  Scenario: A BYE with a CSeq lower than the INVITE's is out of order: 500, and the dialog goes on
    "A UAS core receiving a BYE request for an existing dialog MUST follow the procedures of Section 12.2.2 to process
    the request."
    (§12.2.2: "If the remote sequence number was not empty, but the sequence number of the request is lower than the
    remote sequence number, the request is out of order and MUST be rejected with a 500 (Server Internal Error)
    response.") The dialog still exists afterwards: a BYE in order gets 200.

    When alice sends:
      """
      BYE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 0 BYE
      Content-Length: 0
      """
    Then alice receives a 500 response to its BYE within 2 s
    When alice sends:
      """
      BYE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 2 BYE
      Content-Length: 0
      """
    Then alice receives a 200 response to its BYE within 2 s
