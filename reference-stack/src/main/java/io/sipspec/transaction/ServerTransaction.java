package io.sipspec.transaction;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.TransactionKey;
import io.sipspec.transport.Flow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server transaction (RFC 3261 §17.2): receives a request, absorbs its retransmissions, and sends the TU's
 * responses, retransmitting them where the figures say. Confined to the transaction layer's executor;
 * {@link #sendResponse} may be called from any thread.
 */
public abstract sealed class ServerTransaction permits InviteServerTransaction, NonInviteServerTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTransaction.class);

    final TransactionLayer layer;
    final SipRequest request;
    final Flow flow;
    final TransactionKey key;
    final boolean reliable;
    SipResponse lastResponse;

    ServerTransaction(TransactionLayer layer, SipRequest request, Flow flow, TransactionKey key) {
        this.layer = layer;
        this.request = request;
        this.flow = flow;
        this.key = key;
        this.reliable = flow.transport().reliable();
    }

    public SipRequest request() {
        return request;
    }

    /** The flow the request arrived on; responses are routed from it (§18.2.2). */
    public Flow flow() {
        return flow;
    }

    public TransactionKey key() {
        return key;
    }

    /** The most recent response passed to the transport, or null. */
    public SipResponse lastResponse() {
        return lastResponse;
    }

    /** The current state, as the figure of the RFC names it. */
    public abstract Enum<?> state();

    public abstract boolean isTerminated();

    /** The TU's response. Safe from any thread: it runs on the transaction layer's executor. */
    public void sendResponse(SipResponse response) {
        layer.onExecutor(() -> {
            if (!isTerminated()) {
                respond(response);
            } else {
                LOG.debug("{}: response {} after termination dropped", key, response.statusCode());
            }
        });
    }

    abstract void start();

    abstract void respond(SipResponse response);

    /** A retransmission of the request (§17.2.3). */
    abstract void requestRetransmitted(SipRequest retransmission);

    abstract void transportFailed(Throwable cause);

    void transmit(SipResponse response) {
        lastResponse = response;
        layer.transport().sendResponse(response, flow).whenComplete((f, error) -> {
            if (error != null) {
                layer.executor().execute(() -> {
                    if (!isTerminated()) {
                        LOG.debug("{}: transport error sending {}: {}", key, response.statusCode(), error.toString());
                        transportFailed(error);
                    }
                });
            }
        });
    }

    Scheduler.Timer schedule(TimerName name, long delayMillis, Runnable task) {
        // §17.2.2: "The server transaction MUST be destroyed the instant it enters the "Terminated" state." A send
        // that fails at once terminates the transaction before its caller sets the next timer: that timer is not set.
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

    static void cancel(Scheduler.Timer timer) {
        if (timer != null) {
            timer.cancel();
        }
    }

    /** "Once the transaction is in the "Terminated" state, it MUST be destroyed immediately." */
    void destroy() {
        layer.remove(this);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + '[' + key + ", " + state() + ']';
    }
}
