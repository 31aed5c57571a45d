package io.sipspec.transaction;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A {@link Scheduler} on a Netty event executor: timers fire on the executor the transaction layer is confined to. */
public final class EventLoopScheduler implements Scheduler {

    private final EventExecutor executor;

    public EventLoopScheduler(EventExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Timer schedule(TimerName name, long delayMillis, Runnable task) {
        ScheduledFuture<?> f = executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public long nowMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }
}
