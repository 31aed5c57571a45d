package io.sipspec.transaction;

import io.sipspec.fault.Fault;
import io.sipspec.message.Address;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Timestamp;
import io.sipspec.message.TransactionKey;
import io.sipspec.transport.Flow;
import java.util.Locale;
import java.util.Objects;

/**
 * The INVITE server transaction of RFC 3261 §17.2.1, Figure 7, as RFC 6026 §8.6 replaces it (the "Accepted" state
 * and Timer L):
 *
 * <pre>{@code
 *                                       |INVITE
 *                                       |pass INV to TU
 *                    INVITE             V send 100 if TU won't in 200 ms
 *                    send response+------------+
 *                        +--------|            |--------+ 101-199 from TU
 *                        |        |            |        | send response
 *                        +------->|            |<-------+
 *                                 | Proceeding |
 *                                 |            |--------+ Transport Err.
 *                                 |            |        | Inform TU
 *                                 |            |<-------+
 *                                 +------------+
 *                    300-699 from TU |    |2xx from TU
 *                    send response   |    |send response
 *                     +--------------+    +------------+
 *                     |                                |
 *    INVITE           V          Timer G fires         |
 *    send response +-----------+ send response         |
 *         +--------|           |--------+              |
 *         |        |           |        |              |
 *         +------->| Completed |<-------+      INVITE  |  Transport Err.
 *                  |           |               -       |  Inform TU
 *         +--------|           |----+          +-----+ |  +---+
 *         |        +-----------+    | ACK      |     | v  |   v
 *         |          ^   |          | -        |  +------------+
 *         |          |   |          |          |  |            |---+ ACK
 *         +----------+   |          |          +->|  Accepted  |   | to TU
 *         Transport Err. |          |             |            |<--+
 *         Inform TU      |          V             +------------+
 *                        |      +-----------+        |  ^     |
 *                        |      |           |        |  |     |
 *                        |      | Confirmed |        |  +-----+
 *                        |      |           |        |  2xx from TU
 *          Timer H fires |      +-----------+        |  send response
 *          -             |          |                |
 *                        |          | Timer I fires  |
 *                        |          | -              | Timer L fires
 *                        |          V                | -
 *                        |        +------------+     |
 *                        |        |            |<----+
 *                        +------->| Terminated |
 *                                 |            |
 *                                 +------------+
 *
 *                     Figure 7: INVITE server transaction
 * }</pre>
 */
public final class InviteServerTransaction extends ServerTransaction {

    /** The states of Figure 7 as RFC 6026 replaces it. */
    public enum State { PROCEEDING, COMPLETED, CONFIRMED, ACCEPTED, TERMINATED }

    private State state = State.PROCEEDING;
    private Scheduler.Timer trying;
    private Scheduler.Timer timerG;
    private Scheduler.Timer timerH;
    private Scheduler.Timer timerI;
    private Scheduler.Timer timerL;
    private long intervalG;

    InviteServerTransaction(TransactionLayer layer, SipRequest request, Flow flow, TransactionKey key) {
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

    /**
     * RFC 3261 §17.2.1: "When a server transaction is constructed for a request, it enters the "Proceeding" state.
     * The server transaction MUST generate a 100 (Trying) response unless it knows that the TU will generate a
     * provisional or final response within 200 ms, in which case it MAY generate a 100 (Trying) response." The
     * transaction cannot know, so it waits 200 ms for the TU and sends the 100 itself if the TU has sent nothing.
     */
    @Override
    void start() {
        long received = layer.scheduler().nowMillis();
        trying = schedule(TimerName.TRYING, 200, () -> {
            if (state == State.PROCEEDING && lastResponse == null) {
                // "The 100 (Trying) response is constructed according to the procedures in Section 8.2.6, except that
                // the insertion of tags in the To header field of the response (when none was present in the
                // request) is downgraded from MAY to SHOULD NOT."
                transmit(withDelay(request.createResponse(100).build(), layer.scheduler().nowMillis() - received));
            }
        });
    }

    /**
     * RFC 3261 §8.2.6.1: "If there is a delay in generating the response, the UAS SHOULD add a delay value into the
     * Timestamp value in the response.  This value MUST contain the difference between the time of sending of the
     * response and receipt of the request, measured in seconds." The 100 goes out 200 ms after the request came.
     */
    private static SipResponse withDelay(SipResponse trying, long millis) {
        Timestamp copied;
        try {
            copied = trying.header(SipHeaders.TIMESTAMP);
        } catch (SipParseException malformed) {
            return trying;
        }
        if (copied == null) {
            return trying;
        }
        String delay = String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000);
        return trying.toBuilder().header(SipHeaders.TIMESTAMP, new Timestamp(copied.time(), delay)).build();
    }

    @Override
    void respond(SipResponse response) {
        int code = response.statusCode();
        switch (state) {
            case PROCEEDING -> {
                cancel(trying);
                transmit(response);
                if (code < 200) {
                    // "So long as the server transaction is in the "Proceeding" state, each of these MUST be passed to
                    // the transport layer for transmission."
                    return;
                }
                if (code < 300) {
                    // RFC 6026 §7.1: "If the SIP element's TU (Transaction User) issues a 2xx response for this
                    // transaction while the state machine is in the "Proceeding" state, the state machine MUST
                    // transition to the "Accepted" state and set Timer L to 64*T1"
                    state = State.ACCEPTED;
                    timerL = schedule(TimerName.L, layer.timers().timeoutMillis(), this::terminate);
                    return;
                }
                // §17.2.1: "the response MUST be passed to the transport layer for transmission, and the state machine
                // MUST enter the "Completed" state. For unreliable transports, timer G is set to fire in T1 seconds,
                // and is not set to fire for reliable transports." "When the "Completed" state is entered, timer H
                // MUST be set to fire in 64*T1 seconds for all transports."
                state = State.COMPLETED;
                if (!reliable && !layer.faults().has(Fault.NON_2XX_NOT_RETRANSMITTED)) {
                    intervalG = layer.timers().t1Millis();
                    timerG = schedule(TimerName.G, intervalG, this::timerGFired);
                }
                timerH = schedule(TimerName.H, layer.timers().timeoutMillis(), this::timerHFired);
            }
            case ACCEPTED -> {
                // RFC 6026 §8.7: "While in the "Accepted" state, if the TU passes a 2xx response, the server
                // transaction MUST pass the response to the transport layer for transmission."
                if (code >= 200 && code < 300) {
                    transmit(response);
                }
            }
            default -> {
                // Completed, Confirmed: the final response is sent; the figure has no further TU responses.
            }
        }
    }

    /**
     * §17.2.1: "If timer G fires, the response is passed to the transport layer once more for retransmission, and
     * timer G is set to fire in MIN(2*T1, T2) seconds. From then on, when timer G fires, the response is passed to
     * the transport again for transmission, and timer G is reset with a value that doubles, unless that value
     * exceeds T2, in which case it is reset with the value of T2."
     */
    private void timerGFired() {
        if (state != State.COMPLETED) {
            return;
        }
        transmit(lastResponse);
        intervalG = Math.min(2 * intervalG, layer.timers().t2Millis());
        timerG = schedule(TimerName.G, intervalG, this::timerGFired);
    }

    /**
     * §17.2.1: "If timer H fires while in the "Completed" state, it implies that the ACK was never received. In this
     * case, the server transaction MUST transition to the "Terminated" state, and MUST indicate to the TU that a
     * transaction failure has occurred."
     */
    private void timerHFired() {
        if (state == State.COMPLETED) {
            terminate();
            layer.user().serverTimedOut(this);
        }
    }

    @Override
    void requestRetransmitted(SipRequest retransmission) {
        switch (state) {
            // "If a request retransmission is received while in the "Proceeding" state, the most recent provisional
            // response that was received from the TU MUST be passed to the transport layer for retransmission."
            // "while in the "Completed" state, if a request retransmission is received, the server SHOULD pass the
            // response to the transport for retransmission."
            case PROCEEDING, COMPLETED -> {
                if (lastResponse != null) {
                    transmit(lastResponse);
                }
            }
            // RFC 6026 §7.1: "While in the "Accepted" state, any retransmissions of the INVITE received will match this
            // transaction state machine and will be absorbed by the machine without changing its state."
            default -> {
            }
        }
    }

    /**
     * True if {@code ack} belongs to this transaction. For RFC 2543 peers §17.2.3 adds: "the To tag of the ACK
     * matches the To tag of the response sent by the server transaction."
     */
    boolean matchesAck(SipRequest ack) {
        if (!key.isRfc2543()) {
            return true;
        }
        Address sentTo = lastResponse == null ? null : lastResponse.to();
        Address ackTo = ack.to();
        return sentTo != null && ackTo != null && Objects.equals(sentTo.tag(), ackTo.tag());
    }

    /** An ACK matching this transaction (§17.2.3). */
    void ackReceived(SipRequest ack) {
        switch (state) {
            case COMPLETED -> {
                // "If an ACK is received while the server transaction is in the "Completed" state, the server
                // transaction MUST transition to the "Confirmed" state." "When this state is entered, timer I is set
                // to fire in T4 seconds for unreliable transports, and zero seconds for reliable transports."
                state = State.CONFIRMED;
                cancel(timerG);
                cancel(timerH);
                if (reliable) {
                    terminate();
                } else {
                    timerI = schedule(TimerName.I, layer.timers().t4Millis(), this::terminate);
                }
            }
            // RFC 6026 §7.1: "Any ACKs received from the network while in the "Accepted" state MUST be passed directly
            // to the TU and not absorbed."
            case ACCEPTED -> layer.user().ackReceived(ack, flow);
            // "The purpose of the "Confirmed" state is to absorb any additional ACK messages"
            default -> {
            }
        }
    }

    /**
     * RFC 6026 §7.1: "A server transaction MUST NOT discard transaction state based only on encountering a
     * non-recoverable transport error when sending a response. Instead, the associated INVITE server transaction
     * state machine MUST remain in its current state." The TU is informed (Figure 7: "Transport Err. Inform TU").
     */
    @Override
    void transportFailed(Throwable cause) {
        layer.user().serverTransportError(this, cause);
    }

    private void terminate() {
        if (state == State.TERMINATED) {
            return;
        }
        state = State.TERMINATED;
        cancel(trying, timerG, timerH, timerI, timerL);
        destroy();
    }
}
