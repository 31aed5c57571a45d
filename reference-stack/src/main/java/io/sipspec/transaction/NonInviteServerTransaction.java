package io.sipspec.transaction;

import io.sipspec.fault.Fault;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.TransactionKey;
import io.sipspec.transport.Flow;

/**
 * The non-INVITE server transaction of RFC 3261 §17.2.2:
 *
 * <pre>{@code
 *                                   |Request received
 *                                   |pass to TU
 *                                   V
 *                             +-----------+
 *                             |           |
 *                             | Trying    |-------------+
 *                             |           |             |
 *                             +-----------+             |200-699 from TU
 *                                   |                   |send response
 *                                   |1xx from TU        |
 *                                   |send response      |
 *                                   |                   |
 *                Request            V      1xx from TU  |
 *                send response+-----------+send response|
 *                    +--------|           |--------+    |
 *                    |        | Proceeding|        |    |
 *                    +------->|           |<-------+    |
 *             +<--------------|           |             |
 *             |Trnsprt Err    +-----------+             |
 *             |Inform TU            |                   |
 *             |                     |                   |
 *             |                     |200-699 from TU    |
 *             |                     |send response      |
 *             |  Request            V                   |
 *             |  send response+-----------+             |
 *             |      +--------|           |             |
 *             |      |        | Completed |<------------+
 *             |      +------->|           |
 *             +<--------------|           |
 *             |Trnsprt Err    +-----------+
 *             |Inform TU            |
 *             |                     |Timer J fires
 *             |                     |-
 *             |                     |
 *             |                     V
 *             |               +-----------+
 *             |               |           |
 *             +-------------->| Terminated|
 *                             |           |
 *                             +-----------+
 *
 *                 Figure 8: non-INVITE server transaction
 * }</pre>
 */
public final class NonInviteServerTransaction extends ServerTransaction {

    /** The states of Figure 8. */
    public enum State { TRYING, PROCEEDING, COMPLETED, TERMINATED }

    private State state = State.TRYING;
    private Scheduler.Timer timerJ;

    NonInviteServerTransaction(TransactionLayer layer, SipRequest request, Flow flow, TransactionKey key) {
        super(layer, request, flow, key);
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public boolean isTerminated() {
        return state == State.TERMINATED;
    }

    @Override
    void start() {
        // RFC 3261 §17.2.2: "The state machine is initialized in the "Trying" state and is passed a request other than
        // INVITE or ACK when initialized. This request is passed up to the TU."
    }

    @Override
    void respond(SipResponse response) {
        if (state == State.COMPLETED) {
            // "Any other final responses passed by the TU to the server transaction MUST be discarded while in the
            // "Completed" state."
            return;
        }
        // The state changes before the send: a send that fails at once reports the transport error from the new
        // state, which §17.2.4 ends: "the server transaction SHOULD inform the TU that a failure has occurred, and
        // SHOULD transition to the terminated state."
        if (response.statusCode() < 200) {
            // "While in the "Trying" state, if the TU passes a provisional response to the server transaction, the
            // server transaction MUST enter the "Proceeding" state."
            state = State.PROCEEDING;
            transmit(response);
            return;
        }
        // "If the TU passes a final response (status codes 200-699) to the server while in the "Proceeding" state, the
        // transaction MUST enter the "Completed" state" (Figure 8: from "Trying" too). "When the server transaction
        // enters the "Completed" state, it MUST set Timer J to fire in 64*T1 seconds for unreliable transports, and
        // zero seconds for reliable transports."
        state = State.COMPLETED;
        transmit(response);
        if (reliable || layer.faults().has(Fault.TIMER_J_ZERO)) {
            terminate();
        } else {
            timerJ = schedule(TimerName.J, layer.timers().timeoutMillis(), this::terminate);
        }
    }

    @Override
    void requestRetransmitted(SipRequest retransmission) {
        // "Once in the "Trying" state, any further request retransmissions are discarded." "If a retransmission of
        // the request is received while in the "Proceeding" state, the most recently sent provisional response MUST
        // be passed to the transport layer for retransmission." "While in the "Completed" state, the server
        // transaction MUST pass the final response to the transport layer for retransmission whenever a
        // retransmission of the request is received."
        if (state == State.PROCEEDING && layer.faults().has(Fault.PROVISIONAL_NOT_RETRANSMITTED)) {
            return;
        }
        if (state == State.PROCEEDING || state == State.COMPLETED) {
            transmit(lastResponse);
        }
    }

    /** Figure 8: "Transport Err. Inform TU" from Proceeding and Completed, to "Terminated" (§17.2.4). */
    @Override
    void transportFailed(Throwable cause) {
        terminate();
        layer.user().serverTransportError(this, cause);
    }

    private void terminate() {
        if (state == State.TERMINATED) {
            return;
        }
        state = State.TERMINATED;
        cancel(timerJ);
        destroy();
    }
}
