package io.sipspec.transaction;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.TransactionKey;
import io.sipspec.transport.Destination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client transaction (RFC 3261 §17.1): sends a request, retransmits it over unreliable transports, and passes
 * the responses to its TU. Confined to the transaction layer's executor.
 */
public abstract sealed class ClientTransaction permits InviteClientTransaction, NonInviteClientTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(ClientTransaction.class);

    final TransactionLayer layer;
    final SipRequest request;
    final Destination destination;
    final TransactionKey key;
    final ClientTransactionListener listener;
    /** §17.1.1.2: timers that retransmit run "if an unreliable transport is being used". */
    final boolean reliable;

    ClientTransaction(TransactionLayer layer, SipRequest request, Destination destination, ClientTransactionListener listener) {
        this.layer = layer;
        this.request = request;
        this.destination = destination;
        this.key = TransactionKey.forClient(request);
        this.listener = listener;
        this.reliable = destination.transport().reliable();
    }

    /** The request this transaction sent (with the top Via that identifies it). */
    public SipRequest request() {
        return request;
    }

    public Destination destination() {
        return destination;
    }

    public TransactionKey key() {
        return key;
    }

    /** The current state, as the figure of the RFC names it. */
    public abstract Enum<?> state();

    public abstract boolean isTerminated();

    /** Sends the request and starts the timers: the transition into the initial state. */
    abstract void start();

    /**
     * The TU gives the transaction up: it is destroyed without informing the TU again. RFC 3261 §9.1: "If there is
     * no final response for the original request in 64*T1 seconds (T1 is defined in Section 17.1.1.1), the client
     * SHOULD then consider the original transaction cancelled and SHOULD destroy the client transaction handling the
     * original request." A proxy does the same when Timer C fires (§16.8). Safe from any thread.
     */
    public void abandon() {
        layer.onExecutor(() -> {
            if (!isTerminated()) {
                terminate();
            }
        });
    }

    /** Moves to "Terminated", cancels every timer and destroys the transaction. */
    abstract void terminate();

    /** A response matching this transaction (§17.1.3). */
    abstract void responseReceived(SipResponse response);

    /** The transport failed to send. */
    abstract void transportFailed(Throwable cause);

    void send(SipMessage message) {
        layer.transport().send(message, destination).whenComplete((flow, error) -> {
            if (error != null) {
                layer.executor().execute(() -> {
                    if (!isTerminated()) {
                        LOG.debug("{}: transport error: {}", key, error.toString());
                        transportFailed(error);
                    }
                });
            }
        });
    }

    Scheduler.Timer schedule(TimerName name, long delayMillis, Runnable task) {
        // §17.1.1.2: "The client transaction MUST be destroyed the instant it enters the "Terminated" state." A send
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

    /** §17.1.1.2: "The client transaction MUST be destroyed the instant it enters the "Terminated" state." */
    void destroy() {
        layer.remove(this);
        listener.terminated(this);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + '[' + key + ", " + state() + ']';
    }
}
