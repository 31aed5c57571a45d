package io.sipspec.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Host;
import io.sipspec.message.Via;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 3261 §18.1.2: which responses the client transport keeps. */
class SentByCheckTest {

    private final SentByCheck check = new SentByCheck(
            List.of(new InetSocketAddress("127.0.0.1", 5060), new InetSocketAddress("::1", 5070)), Host.parse("pbx.example.com"));

    private boolean own(String via) {
        return check.isOwn(Via.parse(via));
    }

    @Test
    void boundAddressAndPortIsOwn() {
        assertTrue(own("SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1"));
        assertTrue(own("SIP/2.0/TCP [::1]:5070;branch=z9hG4bK1;received=::1"));
        assertTrue(own("SIP/2.0/UDP 127.0.0.1;branch=z9hG4bK1"), "no port means 5060 for UDP");
    }

    @Test
    void configuredViaHostIsOwn() {
        assertTrue(own("SIP/2.0/UDP PBX.example.com:5070;branch=z9hG4bK1"));
    }

    @Test
    void otherHostOrPortIsNotOwn() {
        assertFalse(own("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1"));
        assertFalse(own("SIP/2.0/UDP 127.0.0.1:5099;branch=z9hG4bK1"));
        assertFalse(own("SIP/2.0/UDP other.example.com:5060;branch=z9hG4bK1"));
        assertFalse(own("SIP/2.0/TLS 127.0.0.1;branch=z9hG4bK1"), "no port means 5061 for TLS");
    }
}
