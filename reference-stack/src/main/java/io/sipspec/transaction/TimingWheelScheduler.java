package io.sipspec.transaction;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A hashed timing wheel on the transaction layer's event loop: O(1) to set and to cancel a timer, whatever the number
 * of live timers. A loaded element keeps hundreds of thousands of them (Timers J, L and M alone last 64*T1 each), and
 * a binary heap then costs O(log n) per timer set, fired or cancelled.
 *
 * <p>Timers fire at the first tick at or after their due time, so up to one tick late (10 ms by default; RFC 3261's
 * shortest timer is 200 ms). Ticks are driven by one periodic task on the event loop, which catches up on ticks it
 * missed while the loop was busy; timers and their tasks therefore run on the event loop, as {@link Scheduler} requires.
 */
public final class TimingWheelScheduler implements Scheduler, AutoCloseable {

    /** A timer in a bucket. Cancelled timers stay there until their bucket comes round, and are then dropped. */
    private static final class Entry implements Timer {
        final long dueTick;
        final Runnable task;
        boolean cancelled;

        Entry(long dueTick, Runnable task) {
            this.dueTick = dueTick;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final EventExecutor executor;
    private final long tickMillis;
    private final LongSupplier clockMillis;
    private final List<Entry>[] wheel;
    private final int mask;
    private final long startMillis;
    /** The last tick processed. */
    private long tick;
    private ScheduledFuture<?> driver;

    /** A wheel of 4096 buckets of 10 ms (41 s a turn) on {@code executor}, driven by the system clock. */
    public TimingWheelScheduler(EventExecutor executor) {
        this(executor, 10, 4096, () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime()));
        driver = executor.scheduleAtFixedRate(this::advance, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    /** For tests: no driver task; call {@link #advance()} after moving {@code clockMillis}. */
    @SuppressWarnings("unchecked")
    TimingWheelScheduler(EventExecutor executor, long tickMillis, int buckets, LongSupplier clockMillis) {
        if (Integer.bitCount(buckets) != 1) {
            throw new IllegalArgumentException("buckets must be a power of two: " + buckets);
        }
        this.executor = executor;
        this.tickMillis = tickMillis;
        this.clockMillis = clockMillis;
        this.wheel = new List[buckets];
        for (int i = 0; i < buckets; i++) {
            wheel[i] = new ArrayList<>();
        }
        this.mask = buckets - 1;
        this.startMillis = clockMillis.getAsLong();
    }

    @Override
    public Timer schedule(TimerName name, long delayMillis, Runnable task) {
        long ticks = Math.max(1, (delayMillis + tickMillis - 1) / tickMillis);
        long now = currentTick();
        Entry e = new Entry(Math.max(now, tick) + ticks, task);
        if (executor.inEventLoop()) {
            wheel[(int) (e.dueTick & mask)].add(e);
        } else {
            executor.execute(() -> wheel[(int) (e.dueTick & mask)].add(e));
        }
        return e;
    }

    @Override
    public long nowMillis() {
        return clockMillis.getAsLong();
    }

    private long currentTick() {
        return (clockMillis.getAsLong() - startMillis) / tickMillis;
    }

    /** Processes every tick up to now: fires the timers due, drops the cancelled ones met on the way. */
    void advance() {
        long target = currentTick();
        while (tick < target) {
            tick++;
            List<Entry> bucket = wheel[(int) (tick & mask)];
            int kept = 0;
            int size = bucket.size();
            List<Entry> due = null;
            for (int i = 0; i < size; i++) {
                Entry e = bucket.get(i);
                if (e.cancelled) {
                    continue;
                }
                if (e.dueTick <= tick) {
                    if (due == null) {
                        due = new ArrayList<>();
                    }
                    due.add(e);
                } else {
                    bucket.set(kept++, e);
                }
            }
            bucket.subList(kept, size).clear();
            if (due != null) {
                for (Entry e : due) {
                    // A task may cancel a timer due in the same tick: check again.
                    if (!e.cancelled) {
                        e.task.run();
                    }
                }
            }
        }
    }

    /** Timers set and not yet fired or dropped (cancelled ones included until their bucket comes round). */
    int size() {
        int n = 0;
        for (List<Entry> b : wheel) {
            n += b.size();
        }
        return n;
    }

    /** Stops the driver task; timers not yet fired never fire. */
    @Override
    public void close() {
        if (driver != null) {
            driver.cancel(false);
        }
    }
}
