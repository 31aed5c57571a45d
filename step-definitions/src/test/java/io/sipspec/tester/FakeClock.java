package io.sipspec.tester;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A clock the test moves: by hand, and optionally by a fixed step on every reading (to make order visible). */
final class FakeClock implements TesterClock {

    private final AtomicLong now = new AtomicLong();
    private final long step;

    FakeClock() {
        this(Duration.ZERO);
    }

    /** @param step added after each reading */
    FakeClock(Duration step) {
        this.step = step.toNanos();
    }

    @Override
    public long nanos() {
        return now.getAndAdd(step);
    }

    void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }
}
