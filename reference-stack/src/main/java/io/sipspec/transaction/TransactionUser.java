package io.sipspec.transaction;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transport.Flow;

/** The core above the transaction layer (UA core, proxy core). Called on the transaction layer's executor. */
public interface TransactionUser {

    /** A new request, with the server transaction created for it (§17.2). ACKs never come here: see {@link #ackReceived}. */
    void requestReceived(ServerTransaction transaction, SipRequest request);

    /**
     * An ACK that no server transaction absorbs: the ACK for a 2xx (its own transaction, §17.2.3, §13.3.1.4), or,
     * with RFC 6026 §8.7, an ACK matching an INVITE server transaction in the "Accepted" state.
     */
    void ackReceived(SipRequest ack, Flow flow);

    /**
     * A response that matches no client transaction. RFC 6026 §7.2: "Any response received that does not match an
     * existing client transaction state machine is simply dropped"; the layer reports it here for logging.
     */
    default void strayResponse(SipResponse response, Flow flow) {
    }

    /** Timer H fired: §17.2.1 "the server transaction ... SHOULD inform the TU that a failure has occurred". */
    default void serverTimedOut(ServerTransaction transaction) {
    }

    /** §17.2.4: "the server transaction ... SHOULD inform the TU" of a transport failure when sending a response. */
    default void serverTransportError(ServerTransaction transaction, Throwable cause) {
    }
}
