package io.sipspec.transaction;

import io.sipspec.fault.Fault;
import io.sipspec.message.CSeq;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transport.Destination;

/**
 * The INVITE client transaction of RFC 3261 §17.1.1, Figure 5, as RFC 6026 §8.4 replaces it (the "Accepted"
 * state and Timer M):
 *
 * <pre>{@code
 *                                     |INVITE from TU
 *                   Timer A fires     |INVITE sent      Timer B fires
 *                   Reset A,          V                 or Transport Err.
 *                   INVITE sent +-----------+           inform TU
 *                     +---------|           |--------------------------+
 *                     |         |  Calling  |                          |
 *                     +-------->|           |-----------+              |
 *    300-699                    +-----------+ 2xx       |              |
 *    ACK sent                      |  |       2xx to TU |              |
 *    resp. to TU                   |  |1xx              |              |
 *    +-----------------------------+  |1xx to TU        |              |
 *    |                                |                 |              |
 *    |                1xx             V                 |              |
 *    |                1xx to TU +-----------+           |              |
 *    |                +---------|           |           |              |
 *    |                |         |Proceeding |           |              |
 *    |                +-------->|           |           |              |
 *    |                          +-----------+ 2xx       |              |
 *    |         300-699             |    |     2xx to TU |              |
 *    |         ACK sent,  +--------+    +---------------+              |
 *    |         resp. to TU|                             |              |
 *    |                    |                             |              |
 *    |                    V                             V              |
 *    |              +-----------+                   +----------+       |
 *    +------------->|           |Transport Err.     |          |       |
 *                   | Completed |Inform TU          | Accepted |       |
 *                +--|           |-------+           |          |-+     |
 *        300-699 |  +-----------+       |           +----------+ |     |
 *        ACK sent|    ^  |              |               |  ^     |     |
 *                |    |  |              |               |  |     |     |
 *                +----+  |              |               |  +-----+     |
 *                        |Timer D fires |  Timer M fires|    2xx       |
 *                        |-             |             - |    2xx to TU |
 *                        +--------+     |   +-----------+              |
 *       NOTE:                     V     V   V                          |
 *    Transitions                 +------------+                        |
 *    are labeled                 |            |                        |
 *    with the event              | Terminated |<-----------------------+
 *    over the action             |            |
 *    to take.                    +------------+
 *
 *                     Figure 5: INVITE client transaction
 * }</pre>
 */
public final class InviteClientTransaction extends ClientTransaction {

    /** The states of Figure 5 and RFC 6026. */
    public enum State { CALLING, PROCEEDING, COMPLETED, ACCEPTED, TERMINATED }

    private State state = State.CALLING;
    private Scheduler.Timer timerA;
    private Scheduler.Timer timerB;
    private Scheduler.Timer timerD;
    private Scheduler.Timer timerM;
    private long intervalA;
    private SipRequest ack;

    InviteClientTransaction(TransactionLayer layer, SipRequest request, Destination destination, ClientTransactionListener listener) {
        super(layer, request, destination, listener);
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
     * RFC 3261 §17.1.1.2: "The client transaction MUST pass the request to the transport layer for transmission
     * (see Section 18). If an unreliable transport is being used, the client transaction MUST start timer A with a
     * value of T1. If a reliable transport is being used, the client transaction SHOULD NOT start timer A (Timer A
     * controls request retransmissions). For any transport, the client transaction MUST start timer B with a value
     * of 64*T1 seconds (Timer B controls transaction timeouts)."
     */
    @Override
    void start() {
        // Read before sending: a send that fails at once may already have fallen back to UDP and started Timer A.
        boolean unreliable = !reliable;
        send(request);
        TimerConfig t = layer.timers();
        if (unreliable) {
            intervalA = t.t1Millis();
            timerA = schedule(TimerName.A, intervalA, this::timerAFired);
        }
        timerB = schedule(TimerName.B, t.timeoutMillis(), this::timerBFired);
    }

    /**
     * §17.1.1.2: "When timer A fires, the client transaction MUST retransmit the request by passing it to the
     * transport layer, and MUST reset the timer with a value of 2*T1." ... "These retransmissions SHOULD only be
     * done while the client transaction is in the "calling" state."
     */
    private void timerAFired() {
        if (state != State.CALLING) {
            return;
        }
        send(request);
        intervalA *= 2;
        timerA = schedule(TimerName.A, intervalA, this::timerAFired);
    }

    /**
     * §17.1.1.2: "If the client transaction is still in the "Calling" state when timer B fires, the client
     * transaction SHOULD inform the TU that a timeout has occurred. The client transaction MUST NOT generate an
     * ACK." In Proceeding the transaction waits for a final response; ending it is the TU's call (CANCEL, §9.1).
     */
    private void timerBFired() {
        if (state == State.CALLING) {
            terminate();
            listener.timedOut(this);
        }
    }

    @Override
    void responseReceived(SipResponse response) {
        int code = response.statusCode();
        switch (state) {
            case CALLING, PROCEEDING -> {
                if (code < 200 && layer.faults().has(Fault.INVITE_RETRANSMITTED_WHEN_PROCEEDING)) {
                    listener.responseReceived(this, response);
                } else if (code < 200) {
                    // "If the client transaction receives a provisional response while in the "Calling" state, it
                    // transitions to the "Proceeding" state. In the "Proceeding" state, the client transaction SHOULD
                    // NOT retransmit the request any longer. Furthermore, the provisional response MUST be passed to
                    // the TU."
                    state = State.PROCEEDING;
                    cancel(timerA);
                    listener.responseReceived(this, response);
                } else if (code < 300) {
                    // RFC 6026 §7.2: "If a 2xx response is received while the client INVITE state machine is in the
                    // "Calling" or "Proceeding" states, it MUST transition to the "Accepted" state, pass the 2xx
                    // response to the TU, and set Timer M to 64*T1."
                    state = State.ACCEPTED;
                    cancel(timerA);
                    cancel(timerB);
                    timerM = schedule(TimerName.M, layer.timers().timeoutMillis(), this::terminate);
                    listener.responseReceived(this, response);
                } else {
                    // §17.1.1.2: "reception of a response with status code from 300-699 MUST cause the client
                    // transaction to transition to "Completed". The client transaction MUST pass the received
                    // response up to the TU, and the client transaction MUST generate an ACK request, even if the
                    // transport is reliable ... The ACK MUST be sent to the same address, port, and transport to
                    // which the original request was sent. The client transaction SHOULD start timer D when it
                    // enters the "Completed" state, with a value of at least 32 seconds for unreliable transports,
                    // and a value of zero seconds for reliable transports."
                    state = State.COMPLETED;
                    cancel(timerA);
                    cancel(timerB);
                    listener.responseReceived(this, response);
                    ack = ackFor(request, response);
                    if (layer.faults().has(Fault.ACK_NEW_BRANCH)) {
                        ack = ack.toBuilder().header(SipHeaders.VIA, request.topVia().withParameter("branch", Identifiers.newBranch())).build();
                    }
                    send(ack);
                    if (reliable) {
                        terminate();
                    } else {
                        timerD = schedule(TimerName.D, layer.timers().d().toMillis(), this::terminate);
                    }
                }
            }
            case COMPLETED -> {
                // "Any retransmissions of the final response that are received while in the "Completed" state MUST
                // cause the ACK to be re-passed to the transport layer for retransmission, but the newly received
                // response MUST NOT be passed up to the TU."
                if (code >= 300) {
                    send(ack);
                }
            }
            case ACCEPTED -> {
                // RFC 6026 §7.2: "A 2xx response received while in the "Accepted" state MUST be passed to the TU and
                // the machine remains in the "Accepted" state."
                if (code >= 200 && code < 300) {
                    listener.responseReceived(this, response);
                }
            }
            case TERMINATED -> {
            }
        }
    }

    /** §17.1.4: "the client transaction SHOULD inform the TU that a transport failure has occurred, and the client transaction SHOULD transition directly to the "Terminated" state." */
    @Override
    void transportFailed(Throwable cause) {
        // §18.1.1: a request moved to TCP for its size goes over UDP instead when the connection fails, with Timer A.
        if (state == State.CALLING && retryOverUdp()) {
            intervalA = layer.timers().t1Millis();
            timerA = schedule(TimerName.A, intervalA, this::timerAFired);
            return;
        }
        terminate();
        listener.transportError(this, cause);
    }

    @Override
    void terminate() {
        if (state == State.TERMINATED) {
            return;
        }
        state = State.TERMINATED;
        cancel(timerA, timerB, timerD, timerM);
        destroy();
    }

    /**
     * §17.1.1.3: "The ACK request constructed by the client transaction MUST contain values for the Call-ID, From,
     * and Request-URI that are equal to the values of those header fields in the request passed to the transport by
     * the client transaction (call this the "original request"). The To header field in the ACK MUST equal the To
     * header field in the response being acknowledged ... The ACK MUST contain a single Via header field, and this
     * MUST be equal to the top Via header field of the original request. The CSeq header field in the ACK MUST
     * contain the same value for the sequence number as was present in the original request, but the method
     * parameter MUST be equal to "ACK"." "If the INVITE request whose response is being acknowledged had Route
     * header fields, those header fields MUST appear in the ACK."
     */
    static SipRequest ackFor(SipRequest original, SipResponse response) {
        SipRequest.Builder b = SipRequest.builder(Methods.ACK, original.requestUri());
        b.header(SipHeaders.VIA, original.topVia());
        b.header(HeaderName.MAX_FORWARDS, "70");
        for (HeaderField f : original.headers()) {
            if (f.name() == HeaderName.ROUTE) {
                b.addHeader(f.name(), f.value());
            }
        }
        b.header(HeaderName.TO, response.headerValue(HeaderName.TO));
        b.header(HeaderName.FROM, original.headerValue(HeaderName.FROM));
        b.header(HeaderName.CALL_ID, original.headerValue(HeaderName.CALL_ID));
        b.header(SipHeaders.CSEQ, new CSeq(original.cseq().sequence(), Methods.ACK));
        return b.build();
    }
}
