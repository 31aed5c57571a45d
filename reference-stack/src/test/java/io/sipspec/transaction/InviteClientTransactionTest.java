package io.sipspec.transaction;

import static io.sipspec.transaction.Harness.TIMER_D;
import static io.sipspec.transaction.Harness.T1;
import static io.sipspec.transaction.Harness.TIMEOUT;
import static io.sipspec.transaction.InviteClientTransaction.State.ACCEPTED;
import static io.sipspec.transaction.InviteClientTransaction.State.CALLING;
import static io.sipspec.transaction.InviteClientTransaction.State.COMPLETED;
import static io.sipspec.transaction.InviteClientTransaction.State.PROCEEDING;
import static io.sipspec.transaction.InviteClientTransaction.State.TERMINATED;
import static io.sipspec.transaction.TimerName.A;
import static io.sipspec.transaction.TimerName.B;
import static io.sipspec.transaction.TimerName.D;
import static io.sipspec.transaction.TimerName.M;
import static io.sipspec.transport.TransportType.TCP;
import static io.sipspec.transport.TransportType.UDP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.sipspec.message.SipResponse;
import io.sipspec.transport.TransportType;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every arrow of Figure 5 (RFC 3261 §17.1.1.2) as RFC 6026 §8.4 replaces it, on the virtual clock. */
class InviteClientTransactionTest {

    private final Harness h = new Harness();

    private InviteClientTransaction call(TransportType transport) {
        return (InviteClientTransaction) h.send(Msgs.invite(), transport);
    }

    private SipResponse answer(InviteClientTransaction tx, int code) {
        SipResponse response = Msgs.response(tx.request(), code);
        h.answer(tx, response);
        return response;
    }

    /** Calling, then Completed by a 486, with the INVITE and the ACK sent. */
    private InviteClientTransaction completed(TransportType transport) {
        InviteClientTransaction tx = call(transport);
        answer(tx, 486);
        return tx;
    }

    private InviteClientTransaction accepted() {
        InviteClientTransaction tx = call(UDP);
        answer(tx, 200);
        return tx;
    }

    private void assertTerminated(InviteClientTransaction tx) {
        assertEquals(TERMINATED, tx.state());
        assertEquals(List.of(tx), h.terminated);
        h.assertNothingLeft();
    }

    @Test
    @DisplayName("INVITE from TU / INVITE sent --> Calling (UDP): timers A = T1 and B = 64*T1")
    void invite_from_tu_sends_it_and_starts_A_and_B() {
        // RFC 3261 §17.1.1.2: "The client transaction MUST pass the request to the transport layer for transmission
        // (see Section 18). If an unreliable transport is being used, the client transaction MUST start timer A with
        // a value of T1." "For any transport, the client transaction MUST start timer B with a value of 64*T1
        // seconds (Timer B controls transaction timeouts)."
        InviteClientTransaction tx = call(UDP);

        assertEquals(CALLING, tx.state());
        assertEquals(List.of(tx.request()), h.transport.messages());
        assertEquals(List.of(A, B), h.clock.live());
        assertEquals(T1, h.clock.pending(A).delay);
        assertEquals(TIMEOUT, h.clock.pending(B).delay);
        assertEquals(1, h.layer.clientCount());
    }

    @Test
    @DisplayName("INVITE from TU / INVITE sent --> Calling (TCP): no timer A")
    void invite_from_tu_over_tcp_starts_only_B() {
        // RFC 3261 §17.1.1.2: "If a reliable transport is being used, the client transaction SHOULD NOT start timer
        // A (Timer A controls request retransmissions)."
        InviteClientTransaction tx = call(TCP);

        assertEquals(CALLING, tx.state());
        assertEquals(List.of(B), h.clock.live());
        h.clock.advance(TIMEOUT - 1);
        assertEquals(1, h.transport.sent.size());
    }

    @Test
    @DisplayName("Calling --Timer A fires / Reset A, INVITE sent--> Calling: intervals T1, 2*T1, 4*T1 ...")
    void calling_timerA_fires_retransmits_and_doubles() {
        // RFC 3261 §17.1.1.2: "When timer A fires, the client transaction MUST retransmit the request by passing it to
        // the transport layer, and MUST reset the timer with a value of 2*T1." "This process MUST continue so that
        // the request is retransmitted with intervals that double after each transmission." "The value of 64*T1 is
        // equal to the amount of time required to send seven requests in the case of an unreliable transport."
        InviteClientTransaction tx = call(UDP);

        h.clock.advance(TIMEOUT - 1);

        assertEquals(CALLING, tx.state());
        assertEquals(List.of(T1, 2 * T1, 4 * T1, 8 * T1, 16 * T1, 32 * T1), h.sendIntervals());
        assertEquals(7, h.transport.sent.size());
        h.transport.messages().forEach(m -> assertEquals(tx.request(), m));
        assertEquals(List.of(B, A), h.clock.live());
    }

    @Test
    @DisplayName("Calling --Timer B fires / inform TU--> Terminated")
    void calling_timerB_fires_informs_tu_and_terminates() {
        // RFC 3261 §17.1.1.2: "If the client transaction is still in the "Calling" state when timer B fires, the
        // client transaction SHOULD inform the TU that a timeout has occurred. The client transaction MUST NOT
        // generate an ACK."
        InviteClientTransaction tx = call(UDP);

        h.clock.advance(TIMEOUT);

        assertEquals(List.of("timeout"), h.events);
        assertEquals(List.of("INVITE"), h.sentLines().stream().map(l -> l.split(" ")[0]).distinct().toList());
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Calling --Transport Err. / inform TU--> Terminated (the INVITE cannot be sent)")
    void calling_transport_error_informs_tu_and_terminates() {
        // RFC 3261 §17.1.4: "The client transaction SHOULD inform the TU that a transport failure has occurred, and
        // the client transaction SHOULD transition directly to the "Terminated" state."
        h.transport.failSends();

        InviteClientTransaction tx = call(UDP);

        assertEquals(List.of("transport error"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Calling --Transport Err. / inform TU--> Terminated (a retransmission cannot be sent)")
    void calling_transport_error_on_retransmission_informs_tu_and_terminates() {
        // RFC 3261 §17.1.4: "The client transaction SHOULD inform the TU that a transport failure has occurred, and
        // the client transaction SHOULD transition directly to the "Terminated" state."
        InviteClientTransaction tx = call(UDP);
        h.transport.failSends();

        h.clock.fire(A);

        assertEquals(List.of("transport error"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Calling --1xx / 1xx to TU--> Proceeding: no more retransmissions")
    void calling_1xx_goes_to_proceeding_and_passes_to_tu() {
        // RFC 3261 §17.1.1.2: "If the client transaction receives a provisional response while in the "Calling"
        // state, it transitions to the "Proceeding" state. In the "Proceeding" state, the client transaction SHOULD
        // NOT retransmit the request any longer. Furthermore, the provisional response MUST be passed to the TU."
        InviteClientTransaction tx = call(UDP);
        h.clock.advance(T1);

        answer(tx, 180);
        h.clock.advance(TIMEOUT - T1 - 1);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of("response 180"), h.events);
        assertEquals(List.of(0L, T1), h.transport.sendTimes());
        assertFalse(h.clock.isPending(A));
    }

    @Test
    @DisplayName("Calling --2xx / 2xx to TU--> Accepted: Timer M = 64*T1, no ACK")
    void calling_2xx_goes_to_accepted_and_passes_to_tu() {
        // RFC 6026 §7.2: "If a 2xx response is received while the client INVITE state machine is in the "Calling" or
        // "Proceeding" states, it MUST transition to the "Accepted" state, pass the 2xx response to the TU, and set
        // Timer M to 64*T1." "The client transaction MUST NOT generate an ACK to any 2xx response on its own."
        InviteClientTransaction tx = call(UDP);

        answer(tx, 200);

        assertEquals(ACCEPTED, tx.state());
        assertEquals(List.of("response 200"), h.events);
        assertEquals(List.of(tx.request()), h.transport.messages());
        assertEquals(List.of(M), h.clock.live());
        assertEquals(TIMEOUT, h.clock.pending(M).delay);
    }

    @Test
    @DisplayName("Calling --300-699 / ACK sent, resp. to TU--> Completed: Timer D")
    void calling_non2xx_final_sends_ack_and_goes_to_completed() {
        // RFC 3261 §17.1.1.2: "When in either the "Calling" or "Proceeding" states, reception of a response with
        // status code from 300-699 MUST cause the client transaction to transition to "Completed". The client
        // transaction MUST pass the received response up to the TU, and the client transaction MUST generate an ACK
        // request" "The client transaction SHOULD start timer D when it enters the "Completed" state, with a value
        // of at least 32 seconds for unreliable transports"
        InviteClientTransaction tx = call(UDP);

        SipResponse busy = answer(tx, 486);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of("response 486"), h.events);
        assertEquals(InviteClientTransaction.ackFor(tx.request(), busy).toString(), h.transport.last().toString());
        assertEquals(List.of(D), h.clock.live());
        assertEquals(TIMER_D, h.clock.pending(D).delay);
    }

    @Test
    @DisplayName("Calling --300-699 / ACK sent, resp. to TU--> Completed --Timer D (zero over TCP)--> Terminated")
    void calling_non2xx_final_over_tcp_acks_and_terminates_at_once() {
        // RFC 3261 §17.1.1.2: "the client transaction MUST generate an ACK request, even if the transport is
        // reliable" "The client transaction SHOULD start timer D when it enters the "Completed" state, with a value
        // of at least 32 seconds for unreliable transports, and a value of zero seconds for reliable transports."
        InviteClientTransaction tx = call(TCP);

        answer(tx, 603);

        assertEquals(List.of("INVITE", "ACK"), h.transport.messages().stream().map(m -> m.cseq().method()).toList());
        assertEquals(List.of("response 603"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Proceeding --1xx / 1xx to TU--> Proceeding")
    void proceeding_1xx_passes_to_tu() {
        // RFC 3261 §17.1.1.2: "Any further provisional responses MUST be passed up to the TU while in the
        // "Proceeding" state."
        InviteClientTransaction tx = call(UDP);
        answer(tx, 100);

        answer(tx, 180);
        answer(tx, 183);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of("response 100", "response 180", "response 183"), h.events);
        assertEquals(1, h.transport.sent.size());
    }

    @Test
    @DisplayName("Proceeding --2xx / 2xx to TU--> Accepted")
    void proceeding_2xx_goes_to_accepted_and_passes_to_tu() {
        // RFC 6026 §7.2: "If a 2xx response is received while the client INVITE state machine is in the "Calling" or
        // "Proceeding" states, it MUST transition to the "Accepted" state, pass the 2xx response to the TU, and set
        // Timer M to 64*T1."
        InviteClientTransaction tx = call(UDP);
        answer(tx, 180);

        answer(tx, 200);

        assertEquals(ACCEPTED, tx.state());
        assertEquals(List.of("response 180", "response 200"), h.events);
        assertEquals(1, h.transport.sent.size());
        assertEquals(List.of(M), h.clock.live());
    }

    @Test
    @DisplayName("Proceeding --300-699 / ACK sent, resp. to TU--> Completed")
    void proceeding_non2xx_final_sends_ack_and_goes_to_completed() {
        // RFC 3261 §17.1.1.2: "When in either the "Calling" or "Proceeding" states, reception of a response with
        // status code from 300-699 MUST cause the client transaction to transition to "Completed"." "The ACK MUST be
        // sent to the same address, port, and transport to which the original request was sent."
        InviteClientTransaction tx = call(UDP);
        answer(tx, 180);

        answer(tx, 404);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of("response 180", "response 404"), h.events);
        assertEquals("ACK", h.transport.last().cseq().method());
        assertEquals(h.transport.sent.get(0).flow(), h.transport.sent.get(1).flow());
        assertEquals(List.of(D), h.clock.live());
    }

    @Test
    @DisplayName("Completed --300-699 / ACK sent--> Completed: the retransmission is not passed to the TU")
    void completed_final_retransmission_resends_ack() {
        // RFC 3261 §17.1.1.2: "Any retransmissions of the final response that are received while in the "Completed"
        // state MUST cause the ACK to be re-passed to the transport layer for retransmission, but the newly received
        // response MUST NOT be passed up to the TU."
        InviteClientTransaction tx = call(UDP);
        SipResponse busy = answer(tx, 486);
        h.clock.advance(1000);

        h.answer(tx, busy);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of("response 486"), h.events);
        assertEquals(List.of("INVITE", "ACK", "ACK"), h.transport.messages().stream().map(m -> m.cseq().method()).toList());
        assertEquals(h.transport.sent.get(1).message().toString(), h.transport.last().toString());
        assertEquals(List.of(D), h.clock.live());
    }

    @Test
    @DisplayName("Completed --Transport Err. / Inform TU--> Terminated")
    void completed_transport_error_informs_tu_and_terminates() {
        // RFC 3261 §17.1.4: "The client transaction SHOULD inform the TU that a transport failure has occurred, and
        // the client transaction SHOULD transition directly to the "Terminated" state."
        InviteClientTransaction tx = call(UDP);
        SipResponse busy = answer(tx, 486);
        h.transport.failSends();

        h.answer(tx, busy);

        assertEquals(List.of("response 486", "transport error"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Calling --300-699 / ACK sent, resp. to TU--> Completed --Transport Err. / Inform TU--> Terminated")
    void ack_that_cannot_be_sent_informs_tu_after_the_response() {
        // RFC 3261 §17.1.1.2: "The client transaction MUST pass the received response up to the TU, and the client
        // transaction MUST generate an ACK request, even if the transport is reliable (guidelines for constructing
        // the ACK from the response are given in Section 17.1.1.3) and then pass the ACK to the transport layer for
        // transmission." §17.1.4: "The client transaction SHOULD inform the TU that a transport failure has
        // occurred, and the client transaction SHOULD transition directly to the "Terminated" state."
        InviteClientTransaction tx = call(UDP);
        h.transport.failSends();

        answer(tx, 486);

        assertEquals(List.of("response 486", "transport error"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Completed --Timer D fires / - --> Terminated")
    void completed_timerD_terminates() {
        // RFC 3261 §17.1.1.2: "If timer D fires while the client transaction is in the "Completed" state, the client
        // transaction MUST move to the terminated state."
        InviteClientTransaction tx = completed(UDP);

        h.clock.advance(TIMER_D - 1);
        assertEquals(COMPLETED, tx.state());
        h.clock.advance(1);

        assertEquals(List.of("response 486"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Accepted --2xx / 2xx to TU--> Accepted")
    void accepted_2xx_passes_to_tu() {
        // RFC 6026 §7.2: "A 2xx response received while in the "Accepted" state MUST be passed to the TU and the
        // machine remains in the "Accepted" state."
        InviteClientTransaction tx = accepted();
        SipResponse otherBranch = tx.request().createResponse(200, "b7e3").build();

        answer(tx, 200);
        h.answer(tx, otherBranch);

        assertEquals(ACCEPTED, tx.state());
        assertEquals(List.of("response 200", "response 200", "response 200"), h.events);
        assertEquals(1, h.transport.sent.size());
        assertEquals(List.of(M), h.clock.live());
    }

    @Test
    @DisplayName("Accepted --Timer M fires / - --> Terminated")
    void accepted_timerM_terminates() {
        // RFC 6026 §7.2: "When Timer M fires and the state machine is in the "Accepted" state, the machine MUST
        // transition to the "Terminated" state. Once the transaction is in the "Terminated" state, it MUST be
        // destroyed immediately."
        InviteClientTransaction tx = accepted();

        h.clock.advance(TIMEOUT - 1);
        assertEquals(ACCEPTED, tx.state());
        h.clock.advance(1);

        assertTerminated(tx);
    }

    @Test
    @DisplayName("Terminated: a 2xx after Timer M is stray and goes to the core")
    void terminated_2xx_is_stray() {
        // RFC 6026 §7.2: "Any response received that does not match an existing client transaction state machine is
        // simply dropped."
        InviteClientTransaction tx = accepted();
        h.clock.advance(TIMEOUT);

        answer(tx, 200);

        assertEquals(List.of("response 200", "stray 200"), h.events);
        h.assertNothingLeft();
    }

    // RFC 3261 §9.1: "If there is no final response for the original request in 64*T1 seconds (T1 is defined in
    // Section 17.1.1.1), the client SHOULD then consider the original transaction cancelled and SHOULD destroy the
    // client transaction handling the original request."
    @Test
    @DisplayName("Proceeding --TU abandons (§9.1)--> Terminated: destroyed, no timer left, TU not told again")
    void proceeding_tu_abandons_destroys_the_transaction() {
        InviteClientTransaction tx = call(UDP);
        answer(tx, 180);
        h.clock.advance(10 * TIMEOUT);
        assertEquals(PROCEEDING, tx.state(), "Figure 5: nothing ends Proceeding but a final response");
        h.events.clear();
        tx.abandon();
        assertTerminated(tx);
        assertEquals(List.of(), h.events);
    }
}
