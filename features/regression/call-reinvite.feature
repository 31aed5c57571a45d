@regression @uas @udp
Feature: Regression: a call with a re-INVITE

  Scenario: The device answers the call, the re-INVITE and the BYE, as recorded
    "pcaps/call-reinvite.pcap was made by the reference UA calling the embedded UAS: INVITE, 180, 200, ACK, then a
    re-INVITE with a new offer, 200, ACK, then BYE, 200."

    Given the device is the embedded uas answering 200 after ringing 0 ms
    When the tester replays "pcaps/call-reinvite.pcap" against the device as the client side
    Then the device answers as recorded
