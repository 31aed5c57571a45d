@regression @registrar @udp
Feature: Regression: a registration with Digest authentication

  Scenario: The registrar challenges the first REGISTER and accepts the one with credentials, as recorded
    "pcaps/register-digest.pcap was made by the reference UA registering as alice with the embedded registrar:
    REGISTER, 401 with a Digest challenge, REGISTER with credentials, 200. The replay answers the new challenge with
    the same credentials."

    Given the device is the embedded registrar with users "alice:secret"
    And the replay answers challenges as "alice:secret"
    When the tester replays "pcaps/register-digest.pcap" against the device as the client side
    Then the device answers as recorded

  Scenario: A registrar that does not ask for credentials answers differently from the recording
    "The same capture against the registrar without users: the first REGISTER gets 200 where the recording has 401."

    Given the device is the registrar
    And the replay answers challenges as "alice:secret"
    When the tester replays "pcaps/register-digest.pcap" against the device as the client side
    Then the replay reports the difference "SIP/2.0 401 Unauthorized: status 200 instead of 401"
