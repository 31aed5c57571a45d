package io.sipspec.transaction;

import static io.sipspec.transaction.Harness.T1;
import static io.sipspec.transaction.Harness.T2;
import static io.sipspec.transaction.Harness.T4;
import static io.sipspec.transaction.Harness.TIMEOUT;
import static io.sipspec.transaction.NonInviteClientTransaction.State.COMPLETED;
import static io.sipspec.transaction.NonInviteClientTransaction.State.PROCEEDING;
import static io.sipspec.transaction.NonInviteClientTransaction.State.TERMINATED;
import static io.sipspec.transaction.NonInviteClientTransaction.State.TRYING;
import static io.sipspec.transaction.TimerName.E;
import static io.sipspec.transaction.TimerName.F;
import static io.sipspec.transaction.TimerName.K;
import static io.sipspec.transport.TransportType.TCP;
import static io.sipspec.transport.TransportType.UDP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sipspec.message.Methods;
import io.sipspec.message.SipResponse;
import io.sipspec.transport.TransportType;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every arrow of Figure 6 (RFC 3261 §17.1.2.2), on the virtual clock. */
class NonInviteClientTransactionTest {

    private final Harness h = new Harness();

    private NonInviteClientTransaction bye(TransportType transport) {
        return (NonInviteClientTransaction) h.send(Msgs.request(Methods.BYE), transport);
    }

    private SipResponse answer(NonInviteClientTransaction tx, int code) {
        SipResponse response = Msgs.response(tx.request(), code);
        h.answer(tx, response);
        return response;
    }

    private NonInviteClientTransaction proceeding() {
        NonInviteClientTransaction tx = bye(UDP);
        answer(tx, 100);
        return tx;
    }

    private void assertTerminated(NonInviteClientTransaction tx) {
        assertEquals(TERMINATED, tx.state());
        assertEquals(List.of(tx), h.terminated);
        h.assertNothingLeft();
    }

    @Test
    @DisplayName("Request from TU / send request --> Trying (UDP): timers E = T1 and F = 64*T1")
    void request_from_tu_sends_it_and_starts_E_and_F() {
        // RFC 3261 §17.1.2.2: "When entering this state, the client transaction SHOULD set timer F to fire in 64*T1
        // seconds. The request MUST be passed to the transport layer for transmission. If an unreliable transport is
        // in use, the client transaction MUST set timer E to fire in T1 seconds."
        NonInviteClientTransaction tx = bye(UDP);

        assertEquals(TRYING, tx.state());
        assertEquals(List.of(tx.request()), h.transport.messages());
        assertEquals(List.of(E, F), h.clock.live());
        assertEquals(T1, h.clock.pending(E).delay);
        assertEquals(TIMEOUT, h.clock.pending(F).delay);
        assertEquals(1, h.layer.clientCount());
    }

    @Test
    @DisplayName("Request from TU / send request --> Trying (TCP): no timer E")
    void request_from_tu_over_tcp_starts_only_F() {
        // RFC 3261 §17.1.2.2: "If an unreliable transport is in use, the client transaction MUST set timer E to fire
        // in T1 seconds."
        NonInviteClientTransaction tx = bye(TCP);
        h.clock.advance(TIMEOUT - 1);

        assertEquals(TRYING, tx.state());
        assertEquals(1, h.transport.sent.size());
        assertEquals(List.of(F), h.clock.live());
    }

    @Test
    @DisplayName("Trying --Timer E / send request--> Trying: intervals T1, 2*T1, 4*T1, capped at T2")
    void trying_timerE_retransmits_doubling_up_to_T2() {
        // RFC 3261 §17.1.2.2: "If timer E fires while still in this state, the timer is reset, but this time with a
        // value of MIN(2*T1, T2). When the timer fires again, it is reset to a MIN(4*T1, T2)." "For the default
        // values of T1 and T2, this results in intervals of 500 ms, 1 s, 2 s, 4 s, 4 s, 4 s, etc."
        NonInviteClientTransaction tx = bye(UDP);

        h.clock.advance(TIMEOUT - 1);

        assertEquals(TRYING, tx.state());
        List<Long> capped = Collections.nCopies(h.transport.sent.size() - 4, T2);
        assertEquals(List.of(T1, 2 * T1, 4 * T1), h.sendIntervals().subList(0, 3));
        assertEquals(capped, h.sendIntervals().subList(3, h.sendIntervals().size()));
        assertEquals(11, h.transport.sent.size());
        h.transport.messages().forEach(m -> assertEquals(tx.request(), m));
    }

    @Test
    @DisplayName("Trying --Timer F / inform TU--> Terminated")
    void trying_timerF_informs_tu_and_terminates() {
        // RFC 3261 §17.1.2.2: "If Timer F fires while the client transaction is still in the "Trying" state, the
        // client transaction SHOULD inform the TU about the timeout, and then it SHOULD enter the "Terminated"
        // state."
        NonInviteClientTransaction tx = bye(UDP);

        h.clock.advance(TIMEOUT);

        assertEquals(List.of("timeout"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Trying --Transport Err. / inform TU--> Terminated")
    void trying_transport_error_informs_tu_and_terminates() {
        // RFC 3261 §17.1.4: "The client transaction SHOULD inform the TU that a transport failure has occurred, and
        // the client transaction SHOULD transition directly to the "Terminated" state."
        h.transport.failSends();

        NonInviteClientTransaction tx = bye(UDP);

        assertEquals(List.of("transport error"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Trying --1xx / resp. to TU--> Proceeding")
    void trying_1xx_goes_to_proceeding_and_passes_to_tu() {
        // RFC 3261 §17.1.2.2: "If a provisional response is received while in the "Trying" state, the response MUST
        // be passed to the TU, and then the client transaction SHOULD move to the "Proceeding" state."
        NonInviteClientTransaction tx = bye(UDP);

        answer(tx, 100);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of("response 100"), h.events);
        assertEquals(List.of(E, F), h.clock.live());
    }

    @Test
    @DisplayName("Trying --200-699 / resp. to TU--> Completed: Timer K = T4, E and F stopped")
    void trying_final_goes_to_completed_and_passes_to_tu() {
        // RFC 3261 §17.1.2.2: "If a final response (status codes 200-699) is received while in the "Trying" state,
        // the response MUST be passed to the TU, and the client transaction MUST transition to the "Completed"
        // state." "Once the client transaction enters the "Completed" state, it MUST set Timer K to fire in T4
        // seconds for unreliable transports"
        NonInviteClientTransaction tx = bye(UDP);

        answer(tx, 481);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of("response 481"), h.events);
        assertEquals(List.of(K), h.clock.live());
        assertEquals(T4, h.clock.pending(K).delay);
    }

    @Test
    @DisplayName("Trying --200-699 / resp. to TU--> Completed --Timer K (zero over TCP)--> Terminated")
    void trying_final_over_tcp_terminates_at_once() {
        // RFC 3261 §17.1.2.2: "Once the client transaction enters the "Completed" state, it MUST set Timer K to fire
        // in T4 seconds for unreliable transports, and zero seconds for reliable transports."
        NonInviteClientTransaction tx = bye(TCP);

        answer(tx, 200);

        assertEquals(List.of("response 200"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Proceeding --Timer E / send req--> Proceeding: reset to T2")
    void proceeding_timerE_retransmits_every_T2() {
        // RFC 3261 §17.1.2.2: "If Timer E fires while in the "Proceeding" state, the request MUST be passed to the
        // transport layer for retransmission, and Timer E MUST be reset with a value of T2 seconds."
        NonInviteClientTransaction tx = proceeding();

        h.clock.fire(E);
        assertEquals(T2, h.clock.pending(E).delay);
        h.clock.advance(3 * T2);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of(T1, T2, T2, T2), h.sendIntervals());
        h.transport.messages().forEach(m -> assertEquals(tx.request(), m));
    }

    @Test
    @DisplayName("Proceeding --1xx / resp. to TU--> Proceeding")
    void proceeding_1xx_passes_to_tu() {
        // RFC 3261 Figure 6, the arrow from "Proceeding" to itself: "1xx" / "resp to TU".
        NonInviteClientTransaction tx = proceeding();

        answer(tx, 100);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of("response 100", "response 100"), h.events);
    }

    @Test
    @DisplayName("Proceeding --Timer F / inform TU--> Terminated")
    void proceeding_timerF_informs_tu_and_terminates() {
        // RFC 3261 §17.1.2.2: "If timer F fires while in the "Proceeding" state, the TU MUST be informed of a
        // timeout, and the client transaction MUST transition to the terminated state."
        NonInviteClientTransaction tx = proceeding();

        h.clock.advance(TIMEOUT);

        assertEquals(List.of("response 100", "timeout"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Proceeding --Transport Err. / inform TU--> Terminated")
    void proceeding_transport_error_informs_tu_and_terminates() {
        // RFC 3261 §17.1.4: "The client transaction SHOULD inform the TU that a transport failure has occurred, and
        // the client transaction SHOULD transition directly to the "Terminated" state."
        NonInviteClientTransaction tx = proceeding();
        h.transport.failSends();

        h.clock.fire(E);

        assertEquals(List.of("response 100", "transport error"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Proceeding --200-699 / resp. to TU--> Completed")
    void proceeding_final_goes_to_completed_and_passes_to_tu() {
        // RFC 3261 §17.1.2.2: "If a final response (status codes 200-699) is received while in the "Proceeding"
        // state, the response MUST be passed to the TU, and the client transaction MUST transition to the
        // "Completed" state."
        NonInviteClientTransaction tx = proceeding();

        answer(tx, 200);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of("response 100", "response 200"), h.events);
        assertEquals(List.of(K), h.clock.live());
    }

    @Test
    @DisplayName("Completed: response retransmissions are absorbed")
    void completed_absorbs_response_retransmissions() {
        // RFC 3261 §17.1.2.2: "The "Completed" state exists to buffer any additional response retransmissions that
        // may be received"
        NonInviteClientTransaction tx = bye(UDP);
        SipResponse ok = answer(tx, 200);

        h.answer(tx, ok);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of("response 200"), h.events);
        assertEquals(1, h.transport.sent.size());
    }

    @Test
    @DisplayName("Completed --Timer K / - --> Terminated")
    void completed_timerK_terminates() {
        // RFC 3261 §17.1.2.2: "If Timer K fires while in this state, the client transaction MUST transition to the
        // "Terminated" state."
        NonInviteClientTransaction tx = bye(UDP);
        answer(tx, 200);

        h.clock.advance(T4 - 1);
        assertEquals(COMPLETED, tx.state());
        h.clock.advance(1);

        assertTerminated(tx);
    }
}
