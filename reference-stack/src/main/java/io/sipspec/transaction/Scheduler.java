package io.sipspec.transaction;

/**
 * Where transactions set their timers and read the time. The stack uses {@link EventLoopScheduler}; tests use a
 * fake that fires named timers on demand, so no test waits for 64*T1.
 */
public interface Scheduler {

    /** A scheduled timer. */
    interface Timer {
        /** Stops the timer if it has not fired; does nothing otherwise. */
        void cancel();
    }

    /**
     * Runs {@code task} after {@code delayMillis}, on the transaction layer's executor.
     *
     * @param name which timer this is (for fakes, logs and metrics)
     */
    Timer schedule(TimerName name, long delayMillis, Runnable task);

    /** The current time in milliseconds on this scheduler's clock. */
    long nowMillis();
}
