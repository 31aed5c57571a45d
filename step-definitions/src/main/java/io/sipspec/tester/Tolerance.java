package io.sipspec.tester;

import java.time.Duration;

/**
 * How far a measured retransmission interval may be from the expected one: an absolute slack (scheduling and
 * loopback latency) plus a share of the expected interval (timer granularity grows with the interval).
 *
 * @param absolute the fixed slack
 * @param relative the share of the expected interval, e.g. 0.1 for 10 %
 */
public record Tolerance(Duration absolute, double relative) {

    public Tolerance {
        if (absolute.isNegative() || !(relative >= 0)) {
            throw new IllegalArgumentException("invalid tolerance " + absolute + " + " + relative);
        }
    }

    /** The largest allowed deviation from {@code expected}. */
    public Duration allowed(Duration expected) {
        return absolute.plusNanos(Math.round(expected.toNanos() * relative));
    }

    @Override
    public String toString() {
        return Durations.format(absolute) + " + " + Math.round(relative * 100) + " %";
    }
}
