@rfc3261-8.2.7 @uas @udp
Feature: RFC 3261 §8.2.7 Stateless UAS Behavior
  "The stateless UAS role is needed primarily to handle unauthenticated requests for which a challenge response is
  issued." The embedded UAS with users challenges a request that carries no credentials statelessly.

  Background:
    Given the device is the embedded uas with users "alice:secret"
    And peer alice on udp

  @req-RFC3261-8.2.7-1 @req-RFC3261-8.2.7-2
  Scenario: The stateless challenge to an INVITE comes once, with no provisional response before it
    "A stateless UAS MUST NOT send provisional (1xx) responses. A stateless UAS MUST NOT retransmit responses." A
    stateful INVITE server transaction would retransmit its 401 on Timer G (T1, then 2*T1...) until the ACK.

    When alice sends the template "invite.sip"
    Then alice receives a 401 response within 2 s
    And alice receives nothing within 8*T1

  @req-RFC3261-8.2.7-5
  Scenario: A retransmitted request gets the same To tag again
    "To header tags MUST be generated for responses in a stateless manner - in a manner that will generate the same tag
    for the same request consistently."

    When alice sends the template "invite.sip"
    And alice receives a 401 response within 2 s
    And store its parameter "tag" of header "To" as "first-tag"
    And alice sends it again
    Then alice receives a 401 response within 2 s
    And its parameter "tag" of header "To" is the same as "first-tag"

  @req-RFC3261-8.2.7-3
  Scenario: The ACK for a stateless challenge is ignored
    "A stateless UAS MUST ignore ACK requests." The ACK carries no credentials either: it is neither challenged nor
    answered.

    When alice sends the template "invite.sip"
    And alice receives a 401 response within 2 s
    And alice acknowledges it
    Then alice receives nothing within 8*T1

  @rfc3261-9.2 @req-RFC3261-8.2.7-4
  Scenario: A CANCEL without credentials is not challenged
    "A stateless UAS MUST ignore CANCEL requests." The CANCEL reaches the stateful UAS, which knows no INVITE
    transaction for it (the INVITE was challenged statelessly) and answers 481; the stateless UAS does not answer it 401.

    When alice sends the template "invite.sip"
    And alice receives a 401 response within 2 s
    And store its parameter "branch" of header "Via" as "invite-branch"
    And alice sends:
      """
      CANCEL sip:bob@${sut} SIP/2.0
      Via: SIP/2.0/UDP ${local};branch=${invite-branch}
      Max-Forwards: 70
      To: Bob <sip:bob@${sut}>
      From: Alice <sip:alice@${local}>;tag=${tag}
      Call-ID: ${call-id}
      CSeq: 1 CANCEL
      Content-Length: 0
      """
    Then alice receives a 481 response within 2 s
    And its header "CSeq" equals "1 CANCEL"
