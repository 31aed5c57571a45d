package io.sipspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawMessagesTest {

    private static final InetSocketAddress ALICE = new InetSocketAddress("127.0.0.1", 5061);
    private static final InetSocketAddress DEVICE = new InetSocketAddress("127.0.0.1", 5060);

    @Test
    void eachMessageIsListedInOrderWithItsOffsetPartiesAndBytes() {
        Instant t0 = Instant.parse("2026-11-23T08:00:00Z");
        List<WireEvent> events = List.of(
                new WireEvent(t0, WireEvent.Transport.UDP, ALICE, DEVICE,
                        "OPTIONS sip:x SIP/2.0\r\n\r\n".getBytes(StandardCharsets.UTF_8), WireEvent.Direction.SENT, "alice"),
                new WireEvent(t0.plusMillis(250), WireEvent.Transport.UDP, DEVICE, ALICE,
                        "SIP/2.0 200 OK\r\n\r\n".getBytes(StandardCharsets.UTF_8), WireEvent.Direction.RECEIVED, "alice"));
        PartyNames names = PartyNames.empty().with(ALICE, "alice").with(DEVICE, "device");
        assertEquals("""
                #1  +0.000 s  UDP  alice -> device  (25 bytes)
                OPTIONS sip:x SIP/2.0


                #2  +0.250 s  UDP  device -> alice  (18 bytes)
                SIP/2.0 200 OK


                """, RawMessages.render(events, names));
    }

    @Test
    void noTrafficSaysSo() {
        assertEquals("no traffic\n", RawMessages.render(List.of(), PartyNames.empty()));
    }
}
