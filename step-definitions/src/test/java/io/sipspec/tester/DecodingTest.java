package io.sipspec.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipMessage;
import io.sipspec.parser.MalformedSipMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingTest {

    private static final String RESPONSE = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1\r\n"
            + "To: <sip:b@x>;tag=2\r\nFrom: <sip:a@x>;tag=1\r\nCall-ID: c\r\nCSeq: 1 OPTIONS\r\nContent-Length: 4\r\n\r\n";

    private static Object decode(String s) {
        return Decoding.datagram(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aMessageWithCrlfLineEndsIsAMessage() {
        assertInstanceOf(SipMessage.class, decode(RESPONSE + "a\nb\n"));
    }

    @Test
    void aBareLfInAHeaderLineMakesItMalformedNamingTheLine() {
        Object d = decode(RESPONSE.replace("Call-ID: c\r\n", "Call-ID: c\n") + "abcd");
        MalformedSipMessage m = assertInstanceOf(MalformedSipMessage.class, d);
        assertTrue(m.cause().getMessage().startsWith("line 5 ends in a bare LF, not CRLF"), m.cause().getMessage());
    }

    @Test
    void aBareLfAfterTheStartLineOrAsTheEmptyLineIsMalformedToo() {
        assertInstanceOf(MalformedSipMessage.class, decode(RESPONSE.replace("OK\r\n", "OK\n") + "abcd"));
        assertInstanceOf(MalformedSipMessage.class, decode(RESPONSE.replace("4\r\n\r\n", "4\r\n\n") + "abcd"));
    }

    @Test
    void aBodyMayEndItsLinesWithLf() {
        Object d = decode(RESPONSE + "a\nb\n");
        assertEquals("a\nb\n", new String(((SipMessage) d).body(), StandardCharsets.US_ASCII));
    }
}
