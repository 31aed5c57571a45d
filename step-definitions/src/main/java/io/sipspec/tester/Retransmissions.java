package io.sipspec.tester;

import io.sipspec.transaction.TimerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The retransmission schedules of RFC 3261 §17, checked against the times a peer received the same message.
 * <ul>
 *   <li>Timer A, INVITE client transaction (§17.1.1.2): "When timer A fires 2*T1 seconds later, the request MUST be
 *   retransmitted again [...] This process MUST continue so that the request is retransmitted with intervals that
 *   double after each transmission." Intervals T1, 2*T1, 4*T1, ... without a cap.</li>
 *   <li>Timer E, non-INVITE client transaction (§17.1.2.2): "If timer E fires while still in this state, the timer
 *   is reset, but this time with a value of MIN(2*T1, T2). When the timer fires again, it is reset to a MIN(4*T1,
 *   T2)." Intervals T1, 2*T1, 4*T1, ... capped at T2.</li>
 *   <li>Timer G, INVITE server transaction responses (§17.2.1): "timer G is reset with a value that doubles, unless
 *   that value exceeds T2, in which case it is reset with the value of T2." The same capped schedule.</li>
 * </ul>
 */
public final class Retransmissions {

    private final String timer;
    private final TimerConfig timers;
    private final boolean capped;

    private Retransmissions(String timer, TimerConfig timers, boolean capped) {
        this.timer = timer;
        this.timers = timers;
        this.capped = capped;
    }

    public static Retransmissions timerA(TimerConfig timers) {
        return new Retransmissions("Timer A", timers, false);
    }

    public static Retransmissions timerE(TimerConfig timers) {
        return new Retransmissions("Timer E", timers, true);
    }

    public static Retransmissions timerG(TimerConfig timers) {
        return new Retransmissions("Timer G", timers, true);
    }

    /** The expected gap between transmission {@code i + 1} and {@code i + 2} (0 = between the first two). */
    public Duration interval(int i) {
        Duration doubled = timers.t1().multipliedBy(factor(i));
        return reachesCap(i) ? timers.t2() : doubled;
    }

    private static long factor(int i) {
        return 1L << Math.min(i, 30);
    }

    private boolean reachesCap(int i) {
        return capped && timers.t1().multipliedBy(factor(i)).compareTo(timers.t2()) >= 0;
    }

    /** "T1", "4*T1", or "T2" once capped. */
    private String label(int i) {
        if (reachesCap(i)) {
            return "T2";
        }
        return factor(i) == 1 ? "T1" : factor(i) + "*T1";
    }

    /** Checks the receive times (nanoseconds, one clock) of a message and its retransmissions, in order. */
    public RetransmissionVerdict check(List<Long> nanos, Tolerance tolerance) {
        if (nanos.size() < 2) {
            return new RetransmissionVerdict(false, timer + ": " + nanos.size()
                    + " transmission(s) seen, no retransmission to check");
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i + 1 < nanos.size(); i++) {
            Duration want = interval(i);
            Duration was = Duration.ofNanos(nanos.get(i + 1) - nanos.get(i));
            Duration allowed = tolerance.allowed(want);
            expected.add(label(i));
            if (was.minus(want).abs().compareTo(allowed) > 0) {
                return new RetransmissionVerdict(false, timer + ": interval " + (i + 1) + " (between transmissions " + (i + 1)
                        + " and " + (i + 2) + ") was " + Durations.format(was) + ", expected " + label(i) + " = "
                        + Durations.format(want) + " \u00b1 " + Durations.format(allowed));
            }
        }
        return new RetransmissionVerdict(true, timer + ": " + (nanos.size() - 1) + " interval(s) " + String.join(", ", expected)
                + " within " + tolerance);
    }

    /** {@link #check(List, Tolerance)} on the receive times of messages a peer received. */
    public RetransmissionVerdict checkReceived(List<Received> received, Tolerance tolerance) {
        return check(received.stream().map(Received::nanos).toList(), tolerance);
    }
}
