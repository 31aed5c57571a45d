@rfc3261-19.1.4 @message
Feature: RFC 3261 §19.1.4 URI Comparison
  "SIP and SIPS URIs are compared for equality according to the following rules:"
  "A SIP and SIPS URI are never equivalent."
  "Comparison of the userinfo of SIP and SIPS URIs is case-sensitive. This includes userinfo containing
  passwords or formatted as telephone-subscribers. Comparison of all other components of the URI is
  case-insensitive unless explicitly defined otherwise."
  "The ordering of parameters and header fields is not significant in comparing SIP and SIPS URIs."
  "Characters other than those in the "reserved" set (see RFC 2396 [5]) are equivalent to their ""%" HEX HEX"
  encoding."

  @req-RFC3261-19.1.4-1
  Scenario Outline: The URIs of each set the RFC lists as equivalent are equivalent
    Then the URIs "<first>" and "<second>" are equivalent

    Examples: "The URIs within each of the following sets are equivalent"
      | first                                                          | second                                                         |
      | sip:%61lice@atlanta.com;transport=TCP                          | sip:alice@AtLanTa.CoM;Transport=tcp                            |
      | sip:carol@chicago.com                                          | sip:carol@chicago.com;newparam=5                               |
      | sip:carol@chicago.com;newparam=5                               | sip:carol@chicago.com;security=on                              |
      | sip:carol@chicago.com                                          | sip:carol@chicago.com;security=on                              |
      | sip:biloxi.com;transport=tcp;method=REGISTER?to=sip:bob%40biloxi.com | sip:biloxi.com;method=REGISTER;transport=tcp?to=sip:bob%40biloxi.com |
      | sip:alice@atlanta.com?subject=project%20x&priority=urgent      | sip:alice@atlanta.com?priority=urgent&subject=project%20x      |

  @req-RFC3261-19.1.4-1
  Scenario Outline: The URIs of each set the RFC lists as not equivalent are not equivalent (<why>)
    Then the URIs "<first>" and "<second>" are not equivalent

    Examples: "The URIs within each of the following sets are not equivalent"
      | first                            | second                                       | why                                          |
      | SIP:ALICE@AtLanTa.CoM;Transport=udp | sip:alice@AtLanTa.CoM;Transport=UDP       | different usernames                          |
      | sip:bob@biloxi.com               | sip:bob@biloxi.com:5060                      | can resolve to different ports               |
      | sip:bob@biloxi.com               | sip:bob@biloxi.com;transport=udp             | can resolve to different transports          |
      | sip:bob@biloxi.com               | sip:bob@biloxi.com:6000;transport=tcp        | can resolve to different port and transports |
      | sip:carol@chicago.com            | sip:carol@chicago.com?Subject=next%20meeting | different header component                   |
      | sip:bob@phone21.boxesbybob.com   | sip:bob@192.0.2.4                            | even though that's what it resolves to       |
      | sip:carol@chicago.com;security=on | sip:carol@chicago.com;security=off          | equality is not transitive                   |
      | sips:alice@atlanta.com           | sip:alice@atlanta.com                        | a SIP and SIPS URI are never equivalent      |
