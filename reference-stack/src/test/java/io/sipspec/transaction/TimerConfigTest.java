package io.sipspec.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.transport.TransportType;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** T1, T2, T4 and D: the RFC defaults, and a scaled set for fast test runs. */
class TimerConfigTest {

    @Test
    @DisplayName("Table 4 defaults: T1 500 ms, T2 4 s, T4 5 s; Timer D 32 s")
    void defaults() {
        // RFC 3261 Table 4: "T1 500ms default", "T2 4s", "T4 5s". §17.1.1.2: "The client transaction SHOULD start
        // timer D when it enters the "Completed" state, with a value of at least 32 seconds for unreliable
        // transports"
        TimerConfig t = TimerConfig.DEFAULT;

        assertEquals(500, t.t1Millis());
        assertEquals(4000, t.t2Millis());
        assertEquals(5000, t.t4Millis());
        assertEquals(Duration.ofSeconds(32), t.d());
        assertEquals(32_000, t.timeoutMillis());
    }

    @Test
    @DisplayName("scaled(50 ms): T2 = 8*T1, T4 = 10*T1, D = 64*T1, as the defaults are to T1 = 500 ms")
    void scaled() {
        // RFC 3261 §17.1.1.2: "For any transport, the client transaction MUST start timer B with a value of 64*T1
        // seconds"
        TimerConfig t = TimerConfig.scaled(Duration.ofMillis(50));

        assertEquals(50, t.t1Millis());
        assertEquals(400, t.t2Millis());
        assertEquals(500, t.t4Millis());
        assertEquals(Duration.ofMillis(3200), t.d());
        assertEquals(3200, t.timeoutMillis());
        assertEquals(TimerConfig.DEFAULT, TimerConfig.scaled(Duration.ofMillis(500)));
    }

    @Test
    @DisplayName("the transactions use the layer's T1: Timer A = T1, Timer B = 64*T1")
    void layer_uses_its_timers() {
        Harness h = new Harness(TimerConfig.scaled(Duration.ofMillis(50)));

        h.send(Msgs.invite(), TransportType.UDP);

        assertEquals(50, h.clock.pending(TimerName.A).delay);
        assertEquals(3200, h.clock.pending(TimerName.B).delay);
    }

    @Test
    @DisplayName("T1 must be positive and T2 at least T1")
    void invalid() {
        Duration s = Duration.ofSeconds(1);
        assertThrows(IllegalArgumentException.class, () -> new TimerConfig(Duration.ZERO, s, s, s));
        assertThrows(IllegalArgumentException.class, () -> new TimerConfig(Duration.ofMillis(-1), s, s, s));
        assertThrows(IllegalArgumentException.class, () -> new TimerConfig(s, Duration.ofMillis(999), s, s));
        assertThrows(IllegalArgumentException.class, () -> new TimerConfig(s, s, Duration.ofMillis(-1), s));
        assertThrows(IllegalArgumentException.class, () -> new TimerConfig(s, s, s, Duration.ofMillis(-1)));
    }
}
