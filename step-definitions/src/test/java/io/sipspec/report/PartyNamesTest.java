package io.sipspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyNamesTest {

    private static final InetSocketAddress ALICE = SipExchange.address("127.0.0.1", 5070);
    private static final InetSocketAddress DEVICE_UDP = SipExchange.address("127.0.0.1", 5060);
    private static final InetSocketAddress DEVICE_V6 = SipExchange.address("::1", 5060);
    private static final InetSocketAddress STRANGER = SipExchange.address("127.0.0.1", 6000);

    private static WireEvent event(InetSocketAddress from, InetSocketAddress to, WireEvent.Direction direction) {
        return new WireEvent(SipExchange.START, WireEvent.Transport.UDP, from, to, new byte[] {'x'}, direction,
                "carol");
    }

    @Test
    void severalAddressesShareOneColumnAndUnnamedOnesShowTheirAddress() {
        PartyNames names = PartyNames.empty().with(DEVICE_UDP, "device").with(DEVICE_V6, "device");
        assertEquals("device", names.name(DEVICE_V6));
        assertEquals("127.0.0.1:6000", names.name(STRANGER));
        List<WireEvent> events = List.of(event(DEVICE_V6, STRANGER, WireEvent.Direction.RECEIVED),
                event(STRANGER, DEVICE_UDP, WireEvent.Direction.SENT));
        assertEquals(List.of("device", "carol"), names.columns(events),
                "an unnamed address of the tester takes the event's peer label");
    }

    @Test
    void columnsAreTheNamedPartiesThatTakePartThenTheOthers() {
        PartyNames names = PartyNames.empty().with(ALICE, "alice").with(DEVICE_UDP, "device")
                .with(SipExchange.address("127.0.0.1", 5080), "bob");
        List<WireEvent> events = List.of(event(DEVICE_UDP, STRANGER, WireEvent.Direction.RECEIVED),
                event(ALICE, DEVICE_UDP, WireEvent.Direction.SENT));
        assertEquals(List.of("alice", "device", "carol"), names.columns(events));
        assertEquals(List.of("alice", "device", "bob"), names.columns(List.of()));
    }

    @Test
    void aPartyNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> PartyNames.empty().with(ALICE, " "));
    }
}
