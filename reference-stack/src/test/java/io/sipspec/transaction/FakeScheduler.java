package io.sipspec.transaction;

import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * A scheduler on a virtual clock. Tests fire timers by name ({@link #fire}) or advance the clock
 * ({@link #advance}); nothing waits in real time. Only live timers are kept, ordered by due time, so that a test
 * can drive many thousands of transactions.
 */
final class FakeScheduler implements Scheduler {

    /** A pending timer. */
    final class Pending implements Timer {
        final TimerName name;
        final long due;
        final long delay;
        final Runnable task;
        private final long seq;

        Pending(TimerName name, long due, long delay, Runnable task, long seq) {
            this.name = name;
            this.due = due;
            this.delay = delay;
            this.task = task;
            this.seq = seq;
        }

        @Override
        public void cancel() {
            timers.remove(this);
        }

        @Override
        public String toString() {
            return name + "@" + due;
        }
    }

    private final NavigableSet<Pending> timers =
            new TreeSet<>(Comparator.comparingLong((Pending p) -> p.due).thenComparingLong(p -> p.seq));
    private long now;
    private long scheduled;

    @Override
    public Timer schedule(TimerName name, long delayMillis, Runnable task) {
        Pending p = new Pending(name, now + delayMillis, delayMillis, task, scheduled++);
        timers.add(p);
        return p;
    }

    @Override
    public long nowMillis() {
        return now;
    }

    /** The live timer with this name, failing the test if there is none or more than one. */
    Pending pending(TimerName name) {
        List<Pending> live = timers.stream().filter(p -> p.name == name).toList();
        if (live.size() != 1) {
            throw new AssertionError("expected one live timer " + name + " but found " + live.size() + "; live: " + timers);
        }
        return live.get(0);
    }

    boolean isPending(TimerName name) {
        return timers.stream().anyMatch(p -> p.name == name);
    }

    /** Fires the live timer with this name now, moving the clock to its due time. */
    void fire(TimerName name) {
        Pending p = pending(name);
        now = Math.max(now, p.due);
        timers.remove(p);
        p.task.run();
    }

    /** Moves the clock forward, firing every timer that falls due, in order. */
    void advance(long millis) {
        long target = now + millis;
        while (!timers.isEmpty() && timers.first().due <= target) {
            Pending next = timers.pollFirst();
            now = next.due;
            next.task.run();
        }
        now = target;
    }

    /** Names of the live timers, soonest first. */
    List<TimerName> live() {
        return timers.stream().map(p -> p.name).toList();
    }
}
