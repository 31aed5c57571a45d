package io.sipspec.transaction;

import io.sipspec.message.TransactionKey;
import io.sipspec.transport.Flow;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every transaction of RFC 3261 §17 shares: its key, its timers, and the rule that a terminated transaction is
 * gone ("The client transaction MUST be destroyed the instant it enters the "Terminated" state", §17.1.1.2; likewise
 * §17.2.1 and §17.2.2 for server transactions): no timer fires into it and no late send failure reaches it.
 */
public abstract sealed class Transaction permits ClientTransaction, ServerTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(Transaction.class);

    final TransactionLayer layer;
    final TransactionKey key;

    Transaction(TransactionLayer layer, TransactionKey key) {
        this.layer = layer;
        this.key = key;
    }

    public TransactionKey key() {
        return key;
    }

    /** The current state, as the figure of the RFC names it. */
    public abstract Enum<?> state();

    public abstract boolean isTerminated();

    /** The transport failed to send one of this transaction's messages (§17.1.4, §17.2.4). */
    abstract void transportFailed(Throwable cause);

    /** Hands a send's failure to {@link #transportFailed}, on the layer's executor, unless the transaction is gone. */
    void watch(CompletionStage<Flow> sent, Object what) {
        sent.whenComplete((flow, error) -> {
            if (error != null) {
                layer.executor().execute(() -> {
                    if (!isTerminated()) {
                        LOG.debug("{}: transport error sending {}: {}", key, what, error.toString());
                        transportFailed(error);
                    }
                });
            }
        });
    }

    /**
     * Sets a timer whose task runs only while the transaction lives. A send that fails at once terminates the
     * transaction before its caller sets the next timer: that timer is not set.
     */
    Scheduler.Timer schedule(TimerName name, long delayMillis, Runnable task) {
        if (isTerminated()) {
            return () -> {
            };
        }
        return layer.scheduler().schedule(name, delayMillis, () -> {
            if (!isTerminated()) {
                task.run();
            }
        });
    }

    static void cancel(Scheduler.Timer... timers) {
        for (Scheduler.Timer t : timers) {
            if (t != null) {
                t.cancel();
            }
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + '[' + key + ", " + state() + ']';
    }
}
