package io.sipspec.transaction;

import io.sipspec.message.SipResponse;

/** How a client transaction reports to its TU (RFC 3261 §17.1). Called on the transaction layer's executor. */
public interface ClientTransactionListener {

    /** A response the state machine passes up (provisional, final, and with RFC 6026 every 2xx while Accepted). */
    void responseReceived(ClientTransaction transaction, SipResponse response);

    /** Timer B or F fired before a final response: §17.1.1.2 "inform the TU that a timeout has occurred". */
    void timedOut(ClientTransaction transaction);

    /** §17.1.4: "the client transaction SHOULD inform the TU that a transport failure has occurred". */
    void transportError(ClientTransaction transaction, Throwable cause);

    /**
     * Whether the transaction should process this response at all; a response refused here is discarded before the
     * state machine sees it (no state change, no ACK). A UA refuses what §8.1.3.3 tells it to discard; proxies accept all.
     */
    default boolean accepts(SipResponse response) {
        return true;
    }

    /** The transaction reached Terminated and was destroyed. */
    default void terminated(ClientTransaction transaction) {
    }
}
