package io.sipspec.transaction;

import static io.sipspec.transport.TransportType.TCP;
import static io.sipspec.transport.TransportType.UDP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transport.TransportType;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Many transactions of each kind, driven through the ways each figure can end, on the virtual clock: afterwards no
 * transaction and no timer is left (RFC 3261 §17.1.1.2: "The client transaction MUST be destroyed the instant it
 * enters the "Terminated" state." §17.2.1: "Once the transaction is in the "Terminated" state, it MUST be destroyed
 * immediately.").
 */
class NoLeakTest {

    private static final int N = 10_000;

    private final Harness h = new Harness(TimerConfig.scaled(Duration.ofMillis(50)));

    /** Every fourth pair of transactions goes over TCP, so that each ending is seen over both transports. */
    private static TransportType transport(int i) {
        return i / 4 % 2 == 0 ? UDP : TCP;
    }

    /** Past every timer: 64*T1 (B, F, H, J, L, M), then D, then T4 (I, K). */
    private void drain() {
        TimerConfig t = h.layer.timers();
        h.clock.advance(t.timeoutMillis() + t.d().toMillis() + t.t4Millis() + 1);
    }

    private Map<String, Integer> eventCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        h.events.forEach(e -> counts.merge(e, 1, Integer::sum));
        return counts;
    }

    @Test
    @DisplayName("10,000 INVITE client transactions: Timer B, 300-699 (Timer D), 2xx (Timer M)")
    void invite_clients() {
        for (int i = 0; i < N; i++) {
            ClientTransaction tx = h.send(Msgs.invite(), transport(i));
            switch (i % 4) {
                case 0 -> { }
                case 1 -> {
                    h.answer(tx, Msgs.response(tx.request(), 180));
                    h.answer(tx, Msgs.response(tx.request(), 486));
                }
                case 2 -> h.answer(tx, Msgs.response(tx.request(), 200));
                default -> {
                    SipResponse busy = Msgs.response(tx.request(), 486);
                    h.answer(tx, busy);
                    h.answer(tx, busy);
                }
            }
        }

        drain();

        h.assertNothingLeft();
        assertEquals(N, h.terminated.size());
        assertEquals(Map.of("timeout", N / 4, "response 180", N / 4, "response 486", N / 2, "response 200", N / 4,
                "stray 486", N / 8), eventCounts());
    }

    @Test
    @DisplayName("10,000 non-INVITE client transactions: Timer F, 1xx then final, final (Timer K)")
    void non_invite_clients() {
        for (int i = 0; i < N; i++) {
            ClientTransaction tx = h.send(Msgs.request(Methods.OPTIONS), transport(i));
            switch (i % 4) {
                case 0 -> { }
                case 1 -> {
                    h.answer(tx, Msgs.response(tx.request(), 100));
                    h.clock.advance(1);
                }
                case 2 -> {
                    h.answer(tx, Msgs.response(tx.request(), 100));
                    h.answer(tx, Msgs.response(tx.request(), 200));
                }
                default -> h.answer(tx, Msgs.response(tx.request(), 404));
            }
        }

        drain();

        h.assertNothingLeft();
        assertEquals(N, h.terminated.size());
        assertEquals(Map.of("timeout", N / 2, "response 100", N / 2, "response 200", N / 4, "response 404", N / 4),
                eventCounts());
    }

    @Test
    @DisplayName("10,000 INVITE server transactions: no ACK (Timer H), ACK (Timer I), 2xx (Timer L), 100 Trying first")
    void invite_servers() {
        for (int i = 0; i < N; i++) {
            SipRequest invite = Msgs.invite();
            h.receive(invite, transport(i));
            ServerTransaction tx = h.lastServer();
            switch (i % 4) {
                case 0 -> tx.sendResponse(Msgs.response(invite, 486));
                case 1 -> {
                    tx.sendResponse(Msgs.response(invite, 486));
                    h.receive(Msgs.ackFor(invite, tx.lastResponse()), transport(i));
                }
                case 2 -> {
                    tx.sendResponse(Msgs.response(invite, 200));
                    h.receive(Msgs.ackFor2xx(invite, tx.lastResponse()), transport(i));
                }
                default -> {
                    h.clock.advance(200);
                    tx.sendResponse(Msgs.response(invite, 603));
                    h.receive(invite, transport(i));
                }
            }
        }

        drain();

        h.assertNothingLeft();
        assertEquals(Map.of("request INVITE", N, "timeout", N / 2, "ack", N / 4), eventCounts());
    }

    @Test
    @DisplayName("10,000 non-INVITE server transactions: final (Timer J), 1xx then final, retransmissions")
    void non_invite_servers() {
        for (int i = 0; i < N; i++) {
            SipRequest request = Msgs.request(Methods.OPTIONS);
            h.receive(request, transport(i));
            ServerTransaction tx = h.lastServer();
            if (transport(i) == UDP) {
                tx.sendResponse(Msgs.response(request, 100));
            }
            h.receive(request, transport(i));
            tx.sendResponse(Msgs.response(request, 200));
            if (transport(i) == UDP) {
                // Over TCP the transaction is gone (Timer J is zero): a request now would be a new one.
                h.receive(request, UDP);
            }
        }

        drain();

        h.assertNothingLeft();
        assertEquals(Map.of("request OPTIONS", N), eventCounts());
        assertEquals(N / 2 * 4 + N / 2, h.transport.sent.size());
    }
}
