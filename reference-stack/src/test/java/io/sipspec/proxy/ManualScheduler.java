package io.sipspec.proxy;

import io.sipspec.transaction.Scheduler;
import io.sipspec.transaction.TimerName;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/** A scheduler on a virtual clock: the tests move time on ({@link #advance}) or fire a timer by name; nothing sleeps. */
final class ManualScheduler implements Scheduler {

    private final class Pending implements Timer {
        final TimerName name;
        final long due;
        final long seq;
        final Runnable task;

        Pending(TimerName name, long due, long seq, Runnable task) {
            this.name = name;
            this.due = due;
            this.seq = seq;
            this.task = task;
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

    private final NavigableSet<Pending> timers = new TreeSet<>(Comparator.comparingLong((Pending p) -> p.due).thenComparingLong(p -> p.seq));
    private long now;
    private long seq;

    @Override
    public Timer schedule(TimerName name, long delayMillis, Runnable task) {
        Pending p = new Pending(name, now + delayMillis, seq++, task);
        timers.add(p);
        return p;
    }

    @Override
    public long nowMillis() {
        return now;
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

    /** The due times of the live timers with this name, from now. */
    List<Long> pending(TimerName name) {
        return timers.stream().filter(p -> p.name == name).map(p -> p.due - now).toList();
    }
}
