@rfc3261-15 @uas @udp
Feature: RFC 3261 §15 The called device ends a session, or receives a BYE
  Alice calls the device. The device is made to hang up (the embedded UA's API, or the profile's trigger.hangup), or
  alice sends it a BYE.

  @req-RFC3261-15-3
  Scenario: The callee hanging up a ringing call sends no BYE on the early dialog
    "The caller's UA MAY send a BYE for either confirmed or early dialogs, and the callee's UA MAY send a BYE on
    confirmed dialogs, but MUST NOT send a BYE on early dialogs."

    Given the device is the embedded uas answering 200 after ringing 2 s
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 180 response within 2 s
    When the device hangs up its call with alice
    Then alice receives no BYE request within 10*T1

  @req-RFC3261-15-4
  Scenario: The callee sends its BYE only once its 2xx is acknowledged
    "However, the callee's UA MUST NOT send a BYE on a confirmed dialog until it has received an ACK for its 2xx
    response or until the server transaction times out."

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    When the device hangs up its call with alice
    Then alice receives no BYE request within 10*T1
    When alice acknowledges it
    Then alice receives a BYE request within 2 s

  @req-RFC3261-15-2
  Scenario: Once the dialog ended with alice's BYE, the device hanging up sends no BYE
    "A UA MUST NOT send a BYE outside of a dialog."

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite.sip"
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
    And alice receives a 200 response to its BYE within 2 s
    When the device hangs up its call with alice
    Then alice receives no BYE request within 10*T1

  @rfc3261-15.1.2 @req-RFC3261-15.1.2-4
  Scenario: A BYE in the dialog gets 2xx, and ends the dialog
    "Whether or not it ends its participation on the session, the UAS core MUST generate a 2xx response to the BYE,
    and MUST pass that to the server transaction for transmission."
    A second BYE then matches no dialog (481, §15.1.2).

    Given the device is the uas
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 200 response within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
    And alice acknowledges it
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
    Then alice receives a 2xx response to its BYE within 2 s
    And its header "CSeq" equals "2 BYE"
    When alice sends:
      """
      BYE sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>;tag=${to-tag}
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 3 BYE
      Content-Length: 0
      """
    Then alice receives a 481 response to its BYE within 2 s

  @rfc3261-15.1.2 @req-RFC3261-15.1.2-5 @req-RFC3261-15.1.2-4
  Scenario: A BYE on the early dialog gets 2xx, and the INVITE still pending gets its final response
    "The UAS MUST still respond to any pending requests received for that dialog."
    "Whether or not it ends its participation on the session, the UAS core MUST generate a 2xx response to the BYE,
    and MUST pass that to the server transaction for transmission."
    The caller may send a BYE on an early dialog (§15); the device's INVITE is still ringing.

    Given the device is the embedded uas answering 200 after ringing 2 s
    And peer alice on udp
    And alice sends the template "invite.sip"
    And alice receives a 180 response within 2 s
    And store its parameter "tag" of header "To" as "to-tag"
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
    Then alice receives a 2xx response to its BYE within 2 s
    And its header "CSeq" equals "2 BYE"
    And alice receives a 487 response to its INVITE within 1 s
    And its header "CSeq" equals "1 INVITE"
