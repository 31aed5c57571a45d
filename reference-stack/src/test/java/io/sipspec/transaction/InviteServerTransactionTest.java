package io.sipspec.transaction;

import static io.sipspec.transaction.Harness.T1;
import static io.sipspec.transaction.Harness.T2;
import static io.sipspec.transaction.Harness.T4;
import static io.sipspec.transaction.Harness.TIMEOUT;
import static io.sipspec.transaction.InviteServerTransaction.State.ACCEPTED;
import static io.sipspec.transaction.InviteServerTransaction.State.COMPLETED;
import static io.sipspec.transaction.InviteServerTransaction.State.CONFIRMED;
import static io.sipspec.transaction.InviteServerTransaction.State.PROCEEDING;
import static io.sipspec.transaction.InviteServerTransaction.State.TERMINATED;
import static io.sipspec.transaction.TimerName.G;
import static io.sipspec.transaction.TimerName.H;
import static io.sipspec.transaction.TimerName.I;
import static io.sipspec.transaction.TimerName.L;
import static io.sipspec.transaction.TimerName.TRYING;
import static io.sipspec.transport.TransportType.TCP;
import static io.sipspec.transport.TransportType.UDP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.sipspec.message.HeaderName;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Timestamp;
import io.sipspec.transport.TransportType;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every arrow of Figure 7 (RFC 3261 §17.2.1) as RFC 6026 §8.6 replaces it, on the virtual clock. */
class InviteServerTransactionTest {

    private final Harness h = new Harness();
    private final SipRequest invite = Msgs.invite();

    private InviteServerTransaction received(TransportType transport) {
        h.receive(invite, transport);
        return (InviteServerTransaction) h.lastServer();
    }

    private SipResponse respond(InviteServerTransaction tx, int code) {
        SipResponse response = Msgs.response(invite, code);
        tx.sendResponse(response);
        return response;
    }

    /** Proceeding, then Completed by the TU's 486. */
    private InviteServerTransaction completed(TransportType transport) {
        InviteServerTransaction tx = received(transport);
        respond(tx, 486);
        return tx;
    }

    private InviteServerTransaction accepted() {
        InviteServerTransaction tx = received(UDP);
        respond(tx, 200);
        return tx;
    }

    private void ack(SipResponse response) {
        h.receive(Msgs.ackFor(invite, response), UDP);
    }

    private void assertTerminated(InviteServerTransaction tx) {
        assertEquals(TERMINATED, tx.state());
        h.assertNothingLeft();
    }

    private List<Integer> sentCodes() {
        return h.transport.messages().stream().map(m -> ((SipResponse) m).statusCode()).toList();
    }

    @Test
    @DisplayName("INVITE / pass INV to TU --> Proceeding")
    void invite_goes_to_proceeding_and_passes_to_tu() {
        // RFC 3261 §17.2.1: "When a server transaction is constructed for a request, it enters the "Proceeding"
        // state." "The request MUST be passed to the TU."
        InviteServerTransaction tx = received(UDP);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of("request INVITE"), h.events);
        assertSame(invite, tx.request());
        assertEquals(Harness.flow(UDP), tx.flow());
        assertEquals(1, h.layer.serverCount());
        assertEquals(List.of(TRYING), h.clock.live());
    }

    @Test
    @DisplayName("Proceeding --INVITE / send response--> Proceeding: the most recent provisional response")
    void proceeding_invite_retransmission_resends_last_provisional() {
        // RFC 3261 §17.2.1: "If a request retransmission is received while in the "Proceeding" state, the most recent
        // provisional response that was received from the TU MUST be passed to the transport layer for
        // retransmission."
        InviteServerTransaction tx = received(UDP);
        respond(tx, 180);
        SipResponse progress = respond(tx, 183);

        h.receive(invite, UDP);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of(180, 183, 183), sentCodes());
        assertSame(progress, h.transport.last());
        assertEquals(List.of("request INVITE"), h.events);
        assertEquals(1, h.layer.serverCount());
    }

    @Test
    @DisplayName("Proceeding --101-199 from TU / send response--> Proceeding")
    void proceeding_provisional_from_tu_is_sent() {
        // RFC 3261 §17.2.1: "The TU passes any number of provisional responses to the server transaction. So long as
        // the server transaction is in the "Proceeding" state, each of these MUST be passed to the transport layer
        // for transmission. They are not sent reliably by the transaction layer (they are not retransmitted by it)"
        InviteServerTransaction tx = received(TCP);

        respond(tx, 180);
        respond(tx, 183);
        h.clock.advance(TIMEOUT);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of(180, 183), sentCodes());
        h.transport.sent.forEach(s -> assertEquals(Harness.flow(TCP), s.flow()));
        assertEquals(List.of(), h.clock.live());
    }

    @Test
    @DisplayName("Proceeding --Transport Err. / Inform TU--> Proceeding")
    void proceeding_transport_error_informs_tu_and_stays() {
        // RFC 6026 §7.1: "A server transaction MUST NOT discard transaction state based only on encountering a
        // non-recoverable transport error when sending a response. Instead, the associated INVITE server transaction
        // state machine MUST remain in its current state."
        InviteServerTransaction tx = received(UDP);
        h.transport.failSends();

        respond(tx, 180);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of("request INVITE", "transport error"), h.events);
        assertEquals(1, h.layer.serverCount());
    }

    @Test
    @DisplayName("Proceeding --300-699 from TU / send response--> Completed: Timer G = T1, Timer H = 64*T1")
    void proceeding_non2xx_from_tu_goes_to_completed() {
        // RFC 3261 §17.2.1: "While in the "Proceeding" state, if the TU passes a response with status code from 300
        // to 699 to the server transaction, the response MUST be passed to the transport layer for transmission, and
        // the state machine MUST enter the "Completed" state. For unreliable transports, timer G is set to fire in T1
        // seconds" "When the "Completed" state is entered, timer H MUST be set to fire in 64*T1 seconds for all
        // transports."
        InviteServerTransaction tx = received(UDP);

        SipResponse busy = respond(tx, 486);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of(busy), h.transport.messages());
        assertEquals(List.of(G, H), h.clock.live());
        assertEquals(T1, h.clock.pending(G).delay);
        assertEquals(TIMEOUT, h.clock.pending(H).delay);
    }

    @Test
    @DisplayName("Proceeding --300-699 from TU / send response--> Completed (TCP): no Timer G")
    void proceeding_non2xx_from_tu_over_tcp_sets_only_H() {
        // RFC 3261 §17.2.1: "For unreliable transports, timer G is set to fire in T1 seconds, and is not set to fire
        // for reliable transports."
        InviteServerTransaction tx = completed(TCP);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of(H), h.clock.live());
    }

    @Test
    @DisplayName("Proceeding --2xx from TU / send response--> Accepted: Timer L = 64*T1")
    void proceeding_2xx_from_tu_goes_to_accepted() {
        // RFC 6026 §7.1: "If the SIP element's TU (Transaction User) issues a 2xx response for this transaction while
        // the state machine is in the "Proceeding" state, the state machine MUST transition to the "Accepted" state
        // and set Timer L to 64*T1" "The server transaction MUST NOT generate 2xx retransmissions on its own."
        InviteServerTransaction tx = received(UDP);

        SipResponse ok = respond(tx, 200);
        h.clock.advance(TIMEOUT - 1);

        assertEquals(ACCEPTED, tx.state());
        assertEquals(List.of(ok), h.transport.messages());
        assertEquals(List.of(L), h.clock.live());
        assertEquals(TIMEOUT, h.clock.pending(L).delay);
    }

    @Test
    @DisplayName("Completed --INVITE / send response--> Completed")
    void completed_invite_retransmission_resends_final() {
        // RFC 3261 §17.2.1: "Furthermore, while in the "Completed" state, if a request retransmission is received,
        // the server SHOULD pass the response to the transport for retransmission."
        InviteServerTransaction tx = completed(UDP);

        h.receive(invite, UDP);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of(486, 486), sentCodes());
        assertEquals(List.of("request INVITE"), h.events);
    }

    @Test
    @DisplayName("Completed --Timer G fires / send response--> Completed: intervals T1, 2*T1 ... capped at T2")
    void completed_timerG_retransmits_doubling_up_to_T2() {
        // RFC 3261 §17.2.1: "If timer G fires, the response is passed to the transport layer once more for
        // retransmission, and timer G is set to fire in MIN(2*T1, T2) seconds. From then on, when timer G fires, the
        // response is passed to the transport again for transmission, and timer G is reset with a value that
        // doubles, unless that value exceeds T2, in which case it is reset with the value of T2."
        InviteServerTransaction tx = completed(UDP);

        h.clock.advance(TIMEOUT - 1);

        assertEquals(COMPLETED, tx.state());
        List<Long> intervals = h.sendIntervals();
        assertEquals(List.of(T1, 2 * T1, 4 * T1), intervals.subList(0, 3));
        assertEquals(Collections.nCopies(intervals.size() - 3, T2), intervals.subList(3, intervals.size()));
        assertEquals(Collections.nCopies(11, 486), sentCodes());
    }

    @Test
    @DisplayName("Completed --Transport Err. / Inform TU--> Completed")
    void completed_transport_error_informs_tu_and_stays() {
        // RFC 6026 §8.8: "the server transaction SHOULD inform the TU that a failure has occurred, and MUST remain in
        // the current state."
        InviteServerTransaction tx = completed(UDP);
        h.transport.failSends();

        h.clock.fire(G);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of("request INVITE", "transport error"), h.events);
        assertEquals(List.of(G, H), h.clock.live());
    }

    @Test
    @DisplayName("Completed --ACK / - --> Confirmed: G and H stopped, Timer I = T4")
    void completed_ack_goes_to_confirmed() {
        // RFC 3261 §17.2.1: "If an ACK is received while the server transaction is in the "Completed" state, the
        // server transaction MUST transition to the "Confirmed" state. As Timer G is ignored in this state, any
        // retransmissions of the response will cease." "When this state is entered, timer I is set to fire in T4
        // seconds for unreliable transports"
        InviteServerTransaction tx = completed(UDP);
        h.clock.fire(G);

        ack(tx.lastResponse());

        assertEquals(CONFIRMED, tx.state());
        assertEquals(List.of(I), h.clock.live());
        assertEquals(T4, h.clock.pending(I).delay);
        assertEquals(List.of("request INVITE"), h.events);
        assertEquals(2, h.transport.sent.size());
    }

    @Test
    @DisplayName("Completed --ACK / - --> Confirmed --Timer I (zero over TCP)--> Terminated")
    void completed_ack_over_tcp_terminates_at_once() {
        // RFC 3261 §17.2.1: "When this state is entered, timer I is set to fire in T4 seconds for unreliable
        // transports, and zero seconds for reliable transports."
        InviteServerTransaction tx = completed(TCP);

        ack(tx.lastResponse());

        assertTerminated(tx);
    }

    @Test
    @DisplayName("Completed --Timer H fires / - --> Terminated, the TU is told")
    void completed_timerH_terminates_and_informs_tu() {
        // RFC 3261 §17.2.1: "If timer H fires while in the "Completed" state, it implies that the ACK was never
        // received. In this case, the server transaction MUST transition to the "Terminated" state, and MUST
        // indicate to the TU that a transaction failure has occurred."
        InviteServerTransaction tx = completed(UDP);

        h.clock.advance(TIMEOUT);

        assertEquals(List.of("request INVITE", "timeout"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Confirmed: further ACKs are absorbed")
    void confirmed_absorbs_acks() {
        // RFC 3261 §17.2.1: "The purpose of the "Confirmed" state is to absorb any additional ACK messages that
        // arrive, triggered from retransmissions of the final response."
        InviteServerTransaction tx = completed(UDP);
        ack(tx.lastResponse());

        ack(tx.lastResponse());

        assertEquals(CONFIRMED, tx.state());
        assertEquals(List.of("request INVITE"), h.events);
        assertEquals(1, h.transport.sent.size());
    }

    @Test
    @DisplayName("Confirmed --Timer I fires / - --> Terminated")
    void confirmed_timerI_terminates() {
        // RFC 3261 §17.2.1: "Once timer I fires, the server MUST transition to the "Terminated" state."
        InviteServerTransaction tx = completed(UDP);
        ack(tx.lastResponse());

        h.clock.advance(T4 - 1);
        assertEquals(CONFIRMED, tx.state());
        h.clock.advance(1);

        assertTerminated(tx);
    }

    @Test
    @DisplayName("Accepted --INVITE / - --> Accepted: absorbed")
    void accepted_invite_retransmission_is_absorbed() {
        // RFC 6026 §7.1: "While in the "Accepted" state, any retransmissions of the INVITE received will match this
        // transaction state machine and will be absorbed by the machine without changing its state. These
        // retransmissions are not passed onto the TU."
        InviteServerTransaction tx = accepted();

        h.receive(invite, UDP);

        assertEquals(ACCEPTED, tx.state());
        assertEquals(List.of(200), sentCodes());
        assertEquals(List.of("request INVITE"), h.events);
    }

    @Test
    @DisplayName("Accepted --ACK / to TU--> Accepted")
    void accepted_ack_passes_to_tu() {
        // RFC 6026 §7.1: "Any ACKs received from the network while in the "Accepted" state MUST be passed directly to
        // the TU and not absorbed."
        InviteServerTransaction tx = accepted();
        SipRequest ackFor2xx = Msgs.ackFor2xx(invite, tx.lastResponse());
        SipRequest ackSameBranch = Msgs.ackFor(invite, tx.lastResponse());

        h.receive(ackFor2xx, UDP);
        h.receive(ackSameBranch, UDP);

        assertEquals(ACCEPTED, tx.state());
        assertEquals(List.of("request INVITE", "ack", "ack"), h.events);
        assertEquals(List.of(ackFor2xx, ackSameBranch), h.acks);
    }

    @Test
    @DisplayName("Accepted --2xx from TU / send response--> Accepted")
    void accepted_2xx_from_tu_is_sent() {
        // RFC 6026 §8.7: "While in the "Accepted" state, if the TU passes a 2xx response, the server transaction MUST
        // pass the response to the transport layer for transmission."
        InviteServerTransaction tx = accepted();

        respond(tx, 200);
        respond(tx, 200);

        assertEquals(ACCEPTED, tx.state());
        assertEquals(List.of(200, 200, 200), sentCodes());
        assertEquals(List.of(L), h.clock.live());
    }

    @Test
    @DisplayName("Accepted --Transport Err. / Inform TU--> Accepted")
    void accepted_transport_error_informs_tu_and_stays() {
        // RFC 6026 §7.1: "A server transaction MUST NOT discard transaction state based only on encountering a
        // non-recoverable transport error when sending a response. Instead, the associated INVITE server transaction
        // state machine MUST remain in its current state."
        InviteServerTransaction tx = accepted();
        h.transport.failSends();

        respond(tx, 200);

        assertEquals(ACCEPTED, tx.state());
        assertEquals(List.of("request INVITE", "transport error"), h.events);
        assertEquals(List.of(L), h.clock.live());
    }

    @Test
    @DisplayName("Accepted --Timer L fires / - --> Terminated")
    void accepted_timerL_terminates() {
        // RFC 6026 §7.1: "When Timer L fires and the state machine is in the "Accepted" state, the machine MUST
        // transition to the "Terminated" state. Once the transaction is in the "Terminated" state, it MUST be
        // destroyed immediately."
        InviteServerTransaction tx = accepted();

        h.clock.advance(TIMEOUT);

        assertTerminated(tx);
        h.receive(invite, UDP);
        assertEquals(List.of("request INVITE", "request INVITE"), h.events);
    }

    /** The label on the arrow into "Proceeding": "send 100 if TU won't in 200 ms". */
    @Nested
    class Trying100 {

        @Test
        @DisplayName("INVITE --> Proceeding: 100 (Trying) after 200 ms when the TU has not answered")
        void trying_is_sent_after_200ms_without_to_tag() {
            // RFC 3261 §17.2.1: "The server transaction MUST generate a 100 (Trying) response unless it knows that the
            // TU will generate a provisional or final response within 200 ms" "The 100 (Trying) response is
            // constructed according to the procedures in Section 8.2.6, except that the insertion of tags in the To
            // header field of the response (when none was present in the request) is downgraded from MAY to SHOULD
            // NOT."
            InviteServerTransaction tx = received(UDP);

            h.clock.advance(199);
            assertEquals(List.of(), h.transport.sent);
            h.clock.advance(1);

            SipResponse trying = (SipResponse) h.transport.last();
            assertEquals(List.of(200L), h.transport.sendTimes());
            assertEquals(100, trying.statusCode());
            assertNull(trying.to().tag());
            assertEquals(invite.via(), trying.via());
            assertEquals(invite.cseq(), trying.cseq());
            assertEquals(PROCEEDING, tx.state());
            assertEquals(List.of(), h.clock.live());
        }

        @Test
        @DisplayName("INVITE --> Proceeding: no 100 (Trying) when the TU answered at 199 ms")
        void trying_is_not_sent_when_the_tu_answered_in_time() {
            // RFC 3261 §17.2.1: "The server transaction MUST generate a 100 (Trying) response unless it knows that the
            // TU will generate a provisional or final response within 200 ms"
            InviteServerTransaction tx = received(UDP);
            h.clock.advance(199);

            respond(tx, 180);
            h.clock.advance(TIMEOUT);

            assertEquals(List.of(180), sentCodes());
            assertFalse(h.clock.isPending(TRYING));
        }

        @Test
        @DisplayName("INVITE --> Proceeding: the 100 (Trying) copies the Timestamp")
        void trying_copies_timestamp() {
            // RFC 3261 §8.2.6.1: "When a 100 (Trying) response is generated, any Timestamp header field present in
            // the request MUST be copied into this 100 (Trying) response."
            // "If there is a delay in generating the response, the UAS SHOULD add a delay value into the Timestamp
            // value in the response.  This value MUST contain the difference between the time of sending of the
            // response and receipt of the request, measured in seconds."
            SipRequest stamped = invite.toBuilder().header(HeaderName.TIMESTAMP, "54.21").build();
            h.receive(stamped, UDP);

            h.clock.advance(200);

            SipMessage trying = h.transport.last();
            assertEquals(new Timestamp("54.21", "0.200"), trying.header(SipHeaders.TIMESTAMP));
        }

        @Test
        @DisplayName("Proceeding --INVITE / send response--> Proceeding: the 100 (Trying) is resent")
        void invite_retransmission_after_trying_resends_it() {
            // RFC 3261 §17.2.1: "This provisional response is needed to quench request retransmissions rapidly in
            // order to avoid network congestion."
            received(UDP);
            h.clock.advance(200);

            h.receive(invite, UDP);

            assertEquals(List.of(100, 100), sentCodes());
        }
    }
}
