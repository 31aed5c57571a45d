package io.sipspec.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.sipspec.message.SipRequest;
import io.sipspec.message.Via;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 3261 §18.2.1 and RFC 3581 §4. */
class ReceivedStampingTest {

    private static final InetSocketAddress SOURCE = new InetSocketAddress("192.0.2.4", 40000);

    private static Via stamp(String via) {
        return ReceivedStamping.stamp(Via.parse(via), SOURCE);
    }

    @Test
    void domainNameSentByGetsReceived() {
        // The example of §18.2.1.
        Via v = stamp("SIP/2.0/UDP bobspc.biloxi.com:5060");
        assertEquals("SIP/2.0/UDP bobspc.biloxi.com:5060;received=192.0.2.4", v.toString());
    }

    @Test
    void differentIpGetsReceived() {
        assertEquals("192.0.2.4", stamp("SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1").received());
    }

    @Test
    void sameIpIsLeftAlone() {
        Via original = Via.parse("SIP/2.0/UDP 192.0.2.4:5060;branch=z9hG4bK1");
        assertSame(original, ReceivedStamping.stamp(original, SOURCE));
        assertNull(ReceivedStamping.stamp(original, SOURCE).received());
    }

    @Test
    void emptyRportGetsTheSourcePortAndReceivedEvenWhenTheIpMatches() {
        Via v = stamp("SIP/2.0/UDP 192.0.2.4:5060;branch=z9hG4bK1;rport");
        assertEquals(40000, v.rport());
        assertEquals("192.0.2.4", v.received());
    }

    @Test
    void rportWithAValueIsNotChanged() {
        Via v = stamp("SIP/2.0/UDP 192.0.2.4:5060;branch=z9hG4bK1;rport=1234");
        assertEquals(1234, v.rport());
        assertNull(v.received());
    }

    @Test
    void ipv6SourceIsWrittenWithoutBrackets() {
        Via v = ReceivedStamping.stamp(Via.parse("SIP/2.0/TCP [2001:db8::1]:5060;branch=z9hG4bK1;rport"),
                new InetSocketAddress("2001:db8::9", 5555));
        assertFalse(v.received().startsWith("["));
        assertEquals(new InetSocketAddress("2001:db8::9", 0).getAddress(), IpAddresses.literal(v.received()));
        assertEquals(5555, v.rport());
    }

    @Test
    void equalIpv6SentByIsLeftAlone() {
        Via original = Via.parse("SIP/2.0/UDP [::1]:5060;branch=z9hG4bK1");
        assertSame(original, ReceivedStamping.stamp(original, new InetSocketAddress("0:0:0:0:0:0:0:1", 5060)));
    }

    @Test
    void requestTopViaOnlyIsStampedOthersKept() {
        SipRequest r = TestMessages.options(Via.parse("SIP/2.0/UDP client.example.com;branch=z9hG4bK1;rport")).toBuilder()
                .addHeader("Via", "SIP/2.0/UDP proxy.example.com;branch=z9hG4bK2").build();
        SipRequest stamped = ReceivedStamping.stamp(r, SOURCE);
        List<Via> via = stamped.via();
        assertEquals(2, via.size());
        assertEquals("192.0.2.4", via.get(0).received());
        assertEquals(40000, via.get(0).rport());
        assertNull(via.get(1).received());
        assertEquals(r.body().length, stamped.body().length);
    }

    @Test
    void requestWithABadViaIsPassedOnUnchanged() {
        SipRequest r = TestMessages.options(Via.parse("SIP/2.0/UDP client.example.com;branch=z9hG4bK1")).toBuilder()
                .header("Via", "not a via").build();
        assertSame(r, ReceivedStamping.stamp(r, SOURCE));
    }
}
