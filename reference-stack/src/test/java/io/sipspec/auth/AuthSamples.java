package io.sipspec.auth;

import io.sipspec.message.SipRequest;
import io.sipspec.parser.SipMessageParser;

/** Requests used by the auth tests. */
final class AuthSamples {

    static final String REALM = "atlanta.example.com";
    static final String USER = "alice";
    static final String PASSWORD = "s3cr3t pass-phrase";

    private AuthSamples() {
    }

    static SipRequest register() {
        return request("REGISTER", "sip:atlanta.example.com", "sip:alice@atlanta.example.com");
    }

    static SipRequest invite() {
        return request("INVITE", "sip:bob@biloxi.example.com", "sip:bob@biloxi.example.com");
    }

    static SipRequest request(String method, String uri, String to) {
        return (SipRequest) new SipMessageParser().parse(method + " " + uri + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bKnashds7\r\n"
                + "Max-Forwards: 70\r\n"
                + "To: <" + to + ">\r\n"
                + "From: Alice <sip:alice@atlanta.example.com>;tag=1928301774\r\n"
                + "Call-ID: a84b4c76e66710@pc33.atlanta.example.com\r\n"
                + "CSeq: 1 " + method + "\r\n"
                + "Contact: <sip:alice@pc33.atlanta.example.com>\r\n"
                + "Content-Length: 0\r\n\r\n");
    }
}
