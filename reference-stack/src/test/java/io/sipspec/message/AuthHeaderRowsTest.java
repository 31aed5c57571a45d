package io.sipspec.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sipspec.parser.SipMessageParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 3261 §7.3.1: "Multiple header field rows with these names MAY be present in a message, but since their grammar
 * does not follow the general form listed in Section 7.3, they MUST NOT be combined into a single header field row."
 */
class AuthHeaderRowsTest {

    private static final String SHA = "Digest realm=\"a.example\",nonce=\"n1\",algorithm=SHA-256,qop=\"auth\"";
    private static final String MD5 = "Digest realm=\"a.example\",nonce=\"n1\",algorithm=MD5,qop=\"auth\"";

    @Test
    void severalChallengeRowsAreReadInOrder() {
        SipMessage m = new SipMessageParser().parse("SIP/2.0 401 Unauthorized\r\n"
                + "Via: SIP/2.0/UDP c.example;branch=z9hG4bKx\r\nTo: <sip:b@a.example>;tag=t\r\n"
                + "From: <sip:a@a.example>;tag=f\r\nCall-ID: c1\r\nCSeq: 1 REGISTER\r\n"
                + "WWW-Authenticate: " + SHA + "\r\nWWW-Authenticate: " + MD5 + "\r\nContent-Length: 0\r\n\r\n");
        List<AuthValue> all = m.headerValues(SipHeaders.WWW_AUTHENTICATE);
        assertEquals(List.of("SHA-256", "MD5"), all.stream().map(a -> a.parameter("algorithm")).toList());
    }

    @Test
    void theBuilderWritesOneRowPerValue() {
        List<AuthValue> values = List.of(AuthValue.parse(SHA), AuthValue.parse(MD5));
        SipResponse r = SipResponse.builder(407).headerValues(SipHeaders.PROXY_AUTHENTICATE, values).build();
        assertEquals(2, r.headers().count(HeaderName.PROXY_AUTHENTICATE));
        assertEquals(values, r.headerValues(SipHeaders.PROXY_AUTHENTICATE));
    }
}
