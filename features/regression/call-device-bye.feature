@regression @uas @udp
Feature: Regression: the called device hangs up

  Scenario: The device answers, then sends BYE, which the tester answers as recorded
    "pcaps/call-device-bye.pcap was made by the reference UA calling the embedded UAS, which hung up 300 ms after
    answering: INVITE, 180, 200, ACK, then BYE from the device and 200 from the caller. The replay answers the
    device's BYE with the recorded 200, its Via, From, To, Call-ID and CSeq taken from the BYE it received."

    Given the device is the embedded uas hanging up 300 ms after answering
    When the tester replays "pcaps/call-device-bye.pcap" against the device as the client side
    Then the device answers as recorded

  Scenario: A device that never hangs up answers differently from the recording
    "The same capture against a UAS that keeps the call: the recorded BYE never comes."

    Given the device is the embedded uas answering 200 after ringing 0 ms
    And the replay waits at most 1 s past the recorded delay for each message of the device
    When the tester replays "pcaps/call-device-bye.pcap" against the device as the client side
    Then the replay reports the difference "BYE sip:alice@127.0.0.1"
    And the replay reports the difference "the device sent nothing like it within"
