package io.sipspec.transaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A scheduler on a virtual clock. Tests fire timers by name ({@link #fire}) or advance the clock
 * ({@link #advance}); nothing waits in real time.
 */
final class FakeScheduler implements Scheduler {

    /** A pending timer. */
    static final class Pending implements Timer {
        final TimerName name;
        final long due;
        final long delay;
        final Runnable task;
        boolean cancelled;
        boolean fired;

        Pending(TimerName name, long due, long delay, Runnable task) {
            this.name = name;
            this.due = due;
            this.delay = delay;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        boolean live() {
            return !cancelled && !fired;
        }
    }

    private final List<Pending> timers = new ArrayList<>();
    private long now;

    @Override
    public Timer schedule(TimerName name, long delayMillis, Runnable task) {
        Pending p = new Pending(name, now + delayMillis, delayMillis, task);
        timers.add(p);
        return p;
    }

    @Override
    public long nowMillis() {
        return now;
    }

    /** The live timer with this name, failing the test if there is none or more than one. */
    Pending pending(TimerName name) {
        List<Pending> live = timers.stream().filter(p -> p.name == name && p.live()).toList();
        if (live.size() != 1) {
            throw new AssertionError("expected one live timer " + name + " but found " + live.size() + "; live: " + live());
        }
        return live.get(0);
    }

    boolean isPending(TimerName name) {
        return timers.stream().anyMatch(p -> p.name == name && p.live());
    }

    /** Fires the live timer with this name now, moving the clock to its due time. */
    void fire(TimerName name) {
        Pending p = pending(name);
        now = Math.max(now, p.due);
        p.fired = true;
        p.task.run();
    }

    /** Moves the clock forward, firing every timer that falls due, in order. */
    void advance(long millis) {
        long target = now + millis;
        while (true) {
            Pending next = timers.stream().filter(Pending::live).filter(p -> p.due <= target)
                    .min(Comparator.comparingLong(p -> p.due)).orElse(null);
            if (next == null) {
                break;
            }
            now = next.due;
            next.fired = true;
            next.task.run();
        }
        now = target;
    }

    /** Names of the live timers. */
    List<TimerName> live() {
        return timers.stream().filter(Pending::live).map(p -> p.name).toList();
    }
}
