package io.sipspec.tester;

/**
 * Where the tester's timestamps come from: a monotonic nanosecond count, {@link System#nanoTime()} by default.
 * Tests inject a fake one to make timing deterministic. Waits are bounded by real time, not by this clock.
 */
@FunctionalInterface
public interface TesterClock {

    TesterClock SYSTEM = System::nanoTime;

    /** A monotonic time in nanoseconds; only differences are meaningful. */
    long nanos();
}
