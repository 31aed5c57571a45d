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
public abstract sealed class ServerTransaction extends Transaction permits InviteServerTransaction, NonInviteServerTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTransaction.class);

    final SipRequest request;
    final Flow flow;
    final boolean reliable;
    SipResponse lastResponse;

    ServerTransaction(TransactionLayer layer, SipRequest request, Flow flow, TransactionKey key) {
        super(layer, key);
        this.request = request;
        this.flow = flow;
        this.reliable = flow.transport().reliable();
    }

    public SipRequest request() {
        return request;
    }

    /** The flow the request arrived on; responses are routed from it (§18.2.2). */
    public Flow flow() {
        return flow;
    }

    /** The most recent response passed to the transport, or null. */
    public SipResponse lastResponse() {
        return lastResponse;
    }

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

    void transmit(SipResponse response) {
        lastResponse = response;
        watch(layer.transport().sendResponse(response, flow), response.startLine());
    }

    /** "Once the transaction is in the "Terminated" state, it MUST be destroyed immediately." */
    void destroy() {
        layer.remove(this);
    }
}
