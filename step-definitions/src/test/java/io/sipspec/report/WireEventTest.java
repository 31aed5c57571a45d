package io.sipspec.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WireEventTest {

    private static WireEvent event(byte[] payload) {
        return new WireEvent(SipExchange.START, WireEvent.Transport.TCP, SipExchange.address("127.0.0.1", 5070),
                SipExchange.address("::1", 5060), payload, WireEvent.Direction.SENT, "alice");
    }

    @Test
    void thePayloadCannotBeChangedFromOutside() {
        byte[] bytes = {'A', 'C', 'K'};
        WireEvent event = event(bytes);
        bytes[0] = 'X';
        event.payload()[1] = 'X';
        assertArrayEquals(new byte[] {'A', 'C', 'K'}, event.payload());
    }

    @Test
    void eventsWithTheSameBytesAreEqual() {
        assertEquals(event(new byte[] {1, 2}), event(new byte[] {1, 2}));
        assertEquals(event(new byte[] {1, 2}).hashCode(), event(new byte[] {1, 2}).hashCode());
        assertNotEquals(event(new byte[] {1, 2}), event(new byte[] {1, 3}));
        assertEquals("SENT TCP 127.0.0.1:5070 -> [::1]:5060 (alice, 2 bytes at 2026-11-23T06:00:00Z)",
                event(new byte[] {1, 2}).toString());
    }

    @Test
    void thePcapSummarySaysWhichKindOfCaptureItIs() {
        assertEquals("7 packets, synthesized from the tester's own traffic (live capture on lo is not possible)",
                new PcapFile(Path.of("x.pcap"), CaptureKind.SYNTHESIZED, 7,
                        "live capture on lo is not possible").summary());
        assertEquals("1 packet, captured live on the loopback interface",
                new PcapFile(Path.of("x.pcap"), CaptureKind.LIVE, 1, "").summary());
    }
}
