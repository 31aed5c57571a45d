package io.sipspec.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipRequest;
import io.sipspec.message.Via;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** RFC 3261 §18.1.1: the 1300-byte rule and the Via rewrite it implies. */
class TransportSelectionTest {

    private static final Destination UDP = new Destination(TransportType.UDP, new InetSocketAddress("192.0.2.4", 5060));
    private static final Via VIA = Via.parse("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK77;rport");

    /** A request of exactly {@code size} bytes (at least 800): a 500-byte body and a Subject padding the rest. */
    private static SipRequest ofSize(int size) {
        SipRequest base = TestMessages.options(VIA, 500).toBuilder().header("Subject", "x").build();
        SipRequest r = base.toBuilder().header("Subject", "x".repeat(size - base.length() + 1)).build();
        assertEquals(size, r.length());
        return r;
    }

    @Test
    void requestOf1300BytesStaysOnUdp() {
        assertEquals(UDP, TransportSelection.select(ofSize(1300), UDP));
    }

    @Test
    void requestOf1301BytesGoesOverTcpToTheSameAddress() {
        assertEquals(new Destination(TransportType.TCP, UDP.address()), TransportSelection.select(ofSize(1301), UDP));
    }

    @Test
    void largeRequestsOverTcpOrTlsKeepTheirTransport() {
        Destination tls = new Destination(TransportType.TLS, UDP.address());
        assertEquals(tls, TransportSelection.select(ofSize(5000), tls));
    }

    @Test
    void viaRewriteChangesTransportAndSentByKeepingParameters() {
        Via v = ViaRewriting.with(Via.parse("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK77;rport;x=y"), TransportType.TCP,
                "192.0.2.1:5062");
        assertEquals("SIP/2.0/TCP 192.0.2.1:5062;branch=z9hG4bK77;rport;x=y", v.toString());
        SipRequest r = ViaRewriting.replaceTop(ofSize(1500), v);
        assertEquals("TCP", r.topVia().transport());
        assertTrue(r.topVia().hasRport());
    }
}
