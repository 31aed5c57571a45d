package io.sipspec.transaction;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transport.Destination;

/**
 * The non-INVITE client transaction of RFC 3261 §17.1.2:
 *
 * <pre>{@code
 *                                    |Request from TU
 *                                    |send request
 *                Timer E             V
 *                send request  +-----------+
 *                    +---------|           |-------------------+
 *                    |         |  Trying   |  Timer F          |
 *                    +-------->|           |  or Transport Err.|
 *                              +-----------+  inform TU        |
 *                 200-699         |  |                         |
 *                 resp. to TU     |  |1xx                      |
 *                 +---------------+  |resp. to TU              |
 *                 |                  |                         |
 *                 |   Timer E        V       Timer F           |
 *                 |   send req +-----------+ or Transport Err. |
 *                 |  +---------|           | inform TU         |
 *                 |  |         |Proceeding |------------------>|
 *                 |  +-------->|           |-----+             |
 *                 |            +-----------+     |1xx          |
 *                 |              |      ^        |resp to TU   |
 *                 | 200-699      |      +--------+             |
 *                 | resp. to TU  |                             |
 *                 |              |                             |
 *                 |              V                             |
 *                 |            +-----------+                   |
 *                 |            |           |                   |
 *                 |            | Completed |                   |
 *                 |            |           |                   |
 *                 |            +-----------+                   |
 *                 |              ^   |                         |
 *                 |              |   | Timer K                 |
 *                 +--------------+   | -                       |
 *                                    |                         |
 *                                    V                         |
 *              NOTE:           +-----------+                   |
 *                              |           |                   |
 *          transitions         | Terminated|<------------------+
 *          labeled with        |           |
 *          the event           +-----------+
 *          over the action
 *          to take
 *
 *                  Figure 6: non-INVITE client transaction
 * }</pre>
 */
public final class NonInviteClientTransaction extends ClientTransaction {

    /** The states of Figure 6. */
    public enum State { TRYING, PROCEEDING, COMPLETED, TERMINATED }

    private State state = State.TRYING;
    private Scheduler.Timer timerE;
    private Scheduler.Timer timerF;
    private Scheduler.Timer timerK;
    private long intervalE;

    NonInviteClientTransaction(TransactionLayer layer, SipRequest request, Destination destination,
            ClientTransactionListener listener) {
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
     * RFC 3261 §17.1.2.2: "When entering this state, the client transaction SHOULD set timer F to fire in 64*T1
     * seconds. The request MUST be passed to the transport layer for transmission. If an unreliable transport is in
     * use, the client transaction MUST set timer E to fire in T1 seconds."
     */
    @Override
    void start() {
        TimerConfig t = layer.timers();
        timerF = schedule(TimerName.F, t.timeoutMillis(), this::timerFFired);
        // Read before sending: a send that fails at once may already have fallen back to UDP and started Timer E.
        boolean unreliable = !reliable;
        send(request);
        if (unreliable) {
            intervalE = t.t1Millis();
            timerE = schedule(TimerName.E, intervalE, this::timerEFired);
        }
    }

    /**
     * §17.1.2.2: "If timer E fires while still in this state, the timer is reset, but this time with a value of
     * MIN(2*T1, T2). When the timer fires again, it is reset to a MIN(4*T1, T2)." "If Timer E fires while in the
     * "Proceeding" state, the request MUST be passed to the transport layer for retransmission, and Timer E MUST be
     * reset with a value of T2 seconds."
     */
    private void timerEFired() {
        long t2 = layer.timers().t2Millis();
        if (state == State.TRYING) {
            send(request);
            intervalE = Math.min(2 * intervalE, t2);
        } else if (state == State.PROCEEDING) {
            send(request);
            intervalE = t2;
        } else {
            return;
        }
        timerE = schedule(TimerName.E, intervalE, this::timerEFired);
    }

    /**
     * §17.1.2.2: "If Timer F fires while the client transaction is still in the "Trying" state, the client
     * transaction SHOULD inform the TU about the timeout, and then it SHOULD enter the "Terminated" state." "If timer
     * F fires while in the "Proceeding" state, the TU MUST be informed of a timeout, and the client transaction MUST
     * transition to the terminated state."
     */
    private void timerFFired() {
        if (state == State.TRYING || state == State.PROCEEDING) {
            terminate();
            listener.timedOut(this);
        }
    }

    @Override
    void responseReceived(SipResponse response) {
        if (state != State.TRYING && state != State.PROCEEDING) {
            // Completed: "The "Completed" state exists to buffer any additional response retransmissions".
            return;
        }
        if (response.statusCode() < 200) {
            // "If a provisional response is received while in the "Trying" state, the response MUST be passed to the
            // TU, and then the client transaction SHOULD move to the "Proceeding" state."
            state = State.PROCEEDING;
            listener.responseReceived(this, response);
            return;
        }
        // "If a final response (status codes 200-699) is received ... the response MUST be passed to the TU, and the
        // client transaction MUST transition to the "Completed" state." "Once the client transaction enters the
        // "Completed" state, it MUST set Timer K to fire in T4 seconds for unreliable transports, and zero seconds
        // for reliable transports."
        state = State.COMPLETED;
        cancel(timerE);
        cancel(timerF);
        listener.responseReceived(this, response);
        if (reliable) {
            terminate();
        } else {
            timerK = schedule(TimerName.K, layer.timers().t4Millis(), this::terminate);
        }
    }

    /**
     * §17.1.4: on a transport failure the TU is informed and the transaction goes to "Terminated"; unless the request
     * was moved to TCP for its size and can go over UDP instead (§18.1.1), with Timer E.
     */
    @Override
    void transportFailed(Throwable cause) {
        if (state == State.TRYING && retryOverUdp()) {
            intervalE = layer.timers().t1Millis();
            timerE = schedule(TimerName.E, intervalE, this::timerEFired);
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
        cancel(timerE, timerF, timerK);
        destroy();
    }
}
