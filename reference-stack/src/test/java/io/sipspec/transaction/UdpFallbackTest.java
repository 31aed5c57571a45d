package io.sipspec.transaction;

import static io.sipspec.transport.TransportType.TCP;
import static io.sipspec.transport.TransportType.UDP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 3261 §18.1.1: "If an element sends a request over TCP because of these message size constraints, and that request
 * would have otherwise been sent over UDP, if the attempt to establish the connection generates either an ICMP Protocol
 * Not Supported, or results in a TCP reset, the element SHOULD retry the request, using UDP."
 */
class UdpFallbackTest {

    private final Harness h = new Harness();

    private static SipRequest large(SipRequest r) {
        return r.toBuilder().body("text/plain", "x".repeat(1400)).build();
    }

    @Test
    void aLargeOptionsWhoseConnectionFailsGoesOverUdpOnTimerE() {
        h.transport.failTcpSends();
        ClientTransaction tx = h.send(large(Msgs.request("OPTIONS")), UDP);
        assertEquals(List.of(UDP), h.transport.sent.stream().map(s -> s.flow().transport()).toList());
        assertEquals("UDP", ((SipRequest) h.transport.last()).topVia().transport());
        assertFalse(tx.isTerminated());
        assertTrue(h.events.isEmpty(), "the TU hears of no failure: " + h.events);
        h.clock.advance(Harness.T1);
        assertEquals(2, h.transport.sent.size(), "retransmitted on Timer E");
    }

    @Test
    void aLargeInviteWhoseConnectionFailsGoesOverUdpOnTimerA() {
        h.transport.failTcpSends();
        ClientTransaction tx = h.send(large(Msgs.invite()), UDP);
        assertEquals(UDP, tx.destination().transport());
        h.clock.advance(Harness.T1);
        assertEquals(2, h.transport.sent.size(), "retransmitted on Timer A");
        assertEquals(UDP, h.transport.sent.get(1).flow().transport());
    }

    @Test
    void aRequestSentOverTcpByChoiceFailsAsBefore() {
        h.transport.failTcpSends();
        ClientTransaction tx = h.send(Msgs.request("OPTIONS"), TCP);
        assertTrue(tx.isTerminated());
        assertEquals(List.of("transport error"), h.events.stream().filter(e -> !e.startsWith("terminated")).toList());
    }
}
