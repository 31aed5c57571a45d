package io.sipspec.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.transaction.TimerConfig;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetransmissionsTest {

    private static final long MS = 1_000_000L;
    private static final Tolerance TOLERANCE = new Tolerance(Duration.ofMillis(20), 0.10);

    /** Receive times for these gaps (ms), starting at an arbitrary clock value. */
    private static List<Long> times(long... gapsMillis) {
        List<Long> out = new ArrayList<>();
        long t = 987_654_321L;
        out.add(t);
        for (long g : gapsMillis) {
            t += g * MS;
            out.add(t);
        }
        return out;
    }

    @Test
    void timerADoublesWithoutCap() {
        Retransmissions a = Retransmissions.timerA(TimerConfig.DEFAULT);
        RetransmissionVerdict v = a.check(times(510, 990, 2030, 4000, 8050, 16000), TOLERANCE);
        assertTrue(v.ok(), v.explanation());
        assertEquals("Timer A: 6 interval(s) T1, 2*T1, 4*T1, 8*T1, 16*T1, 32*T1 within 20 ms + 10 %", v.explanation());
    }

    @Test
    void timerECapsAtT2() {
        Retransmissions e = Retransmissions.timerE(TimerConfig.DEFAULT);
        assertEquals(Duration.ofMillis(4000), e.interval(3));
        assertEquals(Duration.ofMillis(4000), e.interval(10));
        RetransmissionVerdict v = e.check(times(500, 1000, 2000, 4000, 4000, 4000), TOLERANCE);
        assertTrue(v.ok(), v.explanation());
        assertEquals("Timer E: 6 interval(s) T1, 2*T1, 4*T1, T2, T2, T2 within 20 ms + 10 %", v.explanation());
    }

    @Test
    void timerGCapsAtAScaledT2() {
        Retransmissions g = Retransmissions.timerG(TimerConfig.scaled(Duration.ofMillis(50)));
        RetransmissionVerdict v = g.check(times(50, 100, 200, 400, 400), TOLERANCE);
        assertTrue(v.ok(), v.explanation());
    }

    @Test
    void anIntervalThirtyPercentOffFailsNamingIt() {
        Retransmissions a = Retransmissions.timerA(TimerConfig.DEFAULT);
        RetransmissionVerdict v = a.check(times(500, 1000, 2600, 4000), TOLERANCE);
        assertFalse(v.ok());
        assertEquals("Timer A: interval 3 (between transmissions 3 and 4) was 2600 ms, expected 4*T1 = 2000 ms \u00b1 220 ms",
                v.explanation());
        AssertionError e = assertThrows(AssertionError.class, v::orThrow);
        assertEquals(v.explanation(), e.getMessage());
    }

    @Test
    void tooEarlyFailsAsWellAsTooLate() {
        RetransmissionVerdict v = Retransmissions.timerE(TimerConfig.DEFAULT).check(times(350), TOLERANCE);
        assertEquals("Timer E: interval 1 (between transmissions 1 and 2) was 350 ms, expected T1 = 500 ms \u00b1 70 ms",
                v.explanation());
    }

    @Test
    void theEdgeOfTheToleranceStillPasses() {
        assertTrue(Retransmissions.timerA(TimerConfig.DEFAULT).check(times(570, 880), TOLERANCE).ok());
        assertFalse(Retransmissions.timerA(TimerConfig.DEFAULT).check(times(571), TOLERANCE).ok());
    }

    @Test
    void withoutARetransmissionThereIsNothingToCheck() {
        RetransmissionVerdict v = Retransmissions.timerA(TimerConfig.DEFAULT).check(times(), TOLERANCE);
        assertFalse(v.ok());
        assertEquals("Timer A: 1 transmission(s) seen, no retransmission to check", v.explanation());
    }

    @Test
    void receivedMessagesAreCheckedByTheirTimestamps() {
        List<Received> received = new ArrayList<>();
        byte[] bytes = "SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        InetSocketAddress a = new InetSocketAddress("127.0.0.1", 5060);
        for (long t : times(500, 1000, 2000)) {
            received.add(Received.of("alice", t, Transport.UDP, a, a, bytes, Decoding.datagram(bytes)));
        }
        assertTrue(Retransmissions.timerG(TimerConfig.DEFAULT).checkReceived(received, TOLERANCE).ok());
    }
}
