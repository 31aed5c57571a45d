package io.sipspec.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipRequest;
import io.sipspec.message.Uri;
import org.junit.jupiter.api.Test;

class LoggingMessageLogTest {

    @Test
    void credentialsAreMaskedAndTheRestIsShown() {
        SipRequest r = SipRequest.builder("REGISTER", Uri.parse("sip:example.com"))
                .header("Via", "SIP/2.0/UDP 192.0.2.4;branch=z9hG4bK1")
                .header("Authorization", "Digest username=\"alice\", response=\"6629fae49393a05397450978507c4ef1\"")
                .header("Proxy-Authorization", "Digest username=\"alice\", response=\"0123456789abcdef\"")
                .header("CSeq", "1 REGISTER")
                .body("text/plain", "hello")
                .build();

        String text = LoggingMessageLog.masked(r);

        assertFalse(text.contains("6629fae4"), text);
        assertFalse(text.contains("0123456789abcdef"), text);
        assertTrue(text.contains("Authorization: Digest ***\r\n"), text);
        assertTrue(text.contains("Proxy-Authorization: Digest ***\r\n"), text);
        assertTrue(text.startsWith("REGISTER sip:example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.4;branch=z9hG4bK1\r\n"), text);
        assertEquals("hello", text.substring(text.indexOf("\r\n\r\n") + 4));
    }
}
