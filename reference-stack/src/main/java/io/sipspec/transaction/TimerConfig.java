package io.sipspec.transaction;

import java.time.Duration;

/**
 * The timer values of RFC 3261 §17.1.1.1 and Table 4: "T1 500ms default — RTT Estimate", "T2 4s — The maximum
 * retransmit interval for non-INVITE requests and INVITE responses", "T4 5s — Maximum duration a message will
 * remain in the network". Timer D is "at least 32 seconds" for unreliable transports; it is set here so that a
 * test run with a scaled T1 can scale it too ({@link #scaled}).
 *
 * @param t1 the RTT estimate
 * @param t2 the retransmit interval cap
 * @param t4 the maximum message lifetime
 * @param d  Timer D for unreliable transports
 */
public record TimerConfig(Duration t1, Duration t2, Duration t4, Duration d) {

    /** The RFC defaults: T1 500 ms, T2 4 s, T4 5 s, D 32 s. */
    public static final TimerConfig DEFAULT = new TimerConfig(Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(5),
            Duration.ofSeconds(32));

    public TimerConfig {
        if (t1.isNegative() || t1.isZero() || t2.compareTo(t1) < 0 || t4.isNegative() || d.isNegative()) {
            throw new IllegalArgumentException("invalid timers T1=" + t1 + " T2=" + t2 + " T4=" + t4 + " D=" + d);
        }
    }

    /** All timers scaled in proportion to {@code t1} (T2 = 8*T1, T4 = 10*T1, D = 64*T1), for fast test runs. */
    public static TimerConfig scaled(Duration t1) {
        return new TimerConfig(t1, t1.multipliedBy(8), t1.multipliedBy(10), t1.multipliedBy(64));
    }

    public long t1Millis() {
        return t1.toMillis();
    }

    public long t2Millis() {
        return t2.toMillis();
    }

    public long t4Millis() {
        return t4.toMillis();
    }

    /** 64*T1: Timers B, F, H, J (unreliable), L and M. */
    public long timeoutMillis() {
        return 64 * t1.toMillis();
    }
}
