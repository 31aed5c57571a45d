@regression @uas @udp
Feature: Regression: a call cancelled while ringing

  Scenario: The device rings, accepts the CANCEL and ends the INVITE with 487, as recorded
    "pcaps/call-cancel.pcap was made by the reference UA calling the embedded UAS, which rang for 2 s: INVITE, 180,
    CANCEL, 200 (CANCEL), 487, ACK."

    Given the device is the embedded uas answering 200 after ringing 2 s
    When the tester replays "pcaps/call-cancel.pcap" against the device as the client side
    Then the device answers as recorded

  Scenario: A device that refuses the call at once answers differently from the recording
    "The same capture against a UAS that answers 486 (Busy Here) right after its 180: the INVITE ends with 486 where
    the recording has 487."

    Given the device is the embedded uas answering 486 after ringing 0 ms
    And the replay runs at 4.0 times the recorded pace
    When the tester replays "pcaps/call-cancel.pcap" against the device as the client side
    Then the replay reports the difference "SIP/2.0 487 Request Terminated: status 486 instead of 487"
