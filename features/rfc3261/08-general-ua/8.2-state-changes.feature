@rfc3261-8.2 @uas @udp
Feature: RFC 3261 §8.2 UAS Behavior: state changes of accepted and rejected requests
  "If a request is accepted, all state changes associated with it MUST be performed. If it is rejected, all state
  changes MUST NOT be performed."

  @req-RFC3261-8.2-1
  Scenario: An accepted INVITE creates its dialog: a BYE in it is answered 200
    "If a request is accepted, all state changes associated with it MUST be performed." The dialog the 200 (OK)
    created takes the BYE; without it the BYE would get 481.

    Given the device is the uas
    And peer alice on udp
    When alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    And alice acknowledges it
    And alice sends:
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
    Then alice receives a 200 response within 2 s
    And its header "CSeq" equals "2 BYE"

  @req-RFC3261-8.2-2
  Scenario: A rejected INVITE creates no dialog: a BYE with the tag of the rejection gets 481
    "If it is rejected, all state changes MUST NOT be performed." The INVITE is rejected with 420; had the device
    kept a dialog for the To tag of that 420, the BYE would be answered 200.

    Given the device is the uas
    And peer alice on udp
    When alice sends:
      """
      INVITE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 INVITE
      Contact: <sip:alice@${local}>
      Require: nothingKnowsThisExtension
      Content-Length: 0
      """
    And alice receives a 420 response within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    And alice acknowledges it
    And alice sends:
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
    Then alice receives a 481 response within 2 s

  @rfc3261-22.2 @req-RFC3261-8.2-3
  Scenario: Authentication comes before the inspection of the header fields
    "UASs SHOULD process the requests in the order of the steps that follow in this section (that is, starting with
    authentication, then inspecting the method, the header fields, and so on throughout the remainder of this
    section)." The request carries wrong credentials and an unknown option tag in Require: authentication, first,
    answers it 401; inspecting Require first would have answered 420.

    Given the device is the embedded uas with users "alice:secret"
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
      Require: nothingKnowsThisExtension
      Authorization: Digest username="alice", realm="127.0.0.1", nonce="bm8tc3VjaC1ub25jZQ", uri="sip:bob@${sut}", response="00000000000000000000000000000000", algorithm=MD5
      Content-Length: 0
      """
    Then alice receives a 401 response within 2 s
