package io.sipspec.transaction;

import static io.sipspec.transaction.Harness.TIMEOUT;
import static io.sipspec.transaction.NonInviteServerTransaction.State.COMPLETED;
import static io.sipspec.transaction.NonInviteServerTransaction.State.PROCEEDING;
import static io.sipspec.transaction.NonInviteServerTransaction.State.TERMINATED;
import static io.sipspec.transaction.NonInviteServerTransaction.State.TRYING;
import static io.sipspec.transaction.TimerName.J;
import static io.sipspec.transport.TransportType.TCP;
import static io.sipspec.transport.TransportType.UDP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transport.TransportType;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every arrow of Figure 8 (RFC 3261 §17.2.2), on the virtual clock. */
class NonInviteServerTransactionTest {

    private final Harness h = new Harness();
    private final SipRequest options = Msgs.request(Methods.OPTIONS);

    private NonInviteServerTransaction received(TransportType transport) {
        h.receive(options, transport);
        return (NonInviteServerTransaction) h.lastServer();
    }

    private SipResponse respond(NonInviteServerTransaction tx, int code) {
        SipResponse response = Msgs.response(options, code);
        tx.sendResponse(response);
        return response;
    }

    private NonInviteServerTransaction proceeding() {
        NonInviteServerTransaction tx = received(UDP);
        respond(tx, 100);
        return tx;
    }

    private NonInviteServerTransaction completed() {
        NonInviteServerTransaction tx = received(UDP);
        respond(tx, 200);
        return tx;
    }

    private List<Integer> sentCodes() {
        return h.transport.messages().stream().map(m -> ((SipResponse) m).statusCode()).toList();
    }

    private void assertTerminated(NonInviteServerTransaction tx) {
        assertEquals(TERMINATED, tx.state());
        h.assertNothingLeft();
    }

    @Test
    @DisplayName("Request received / pass to TU --> Trying")
    void request_goes_to_trying_and_passes_to_tu() {
        // RFC 3261 §17.2.2: "The state machine is initialized in the "Trying" state and is passed a request other than
        // INVITE or ACK when initialized. This request is passed up to the TU."
        NonInviteServerTransaction tx = received(UDP);

        assertEquals(TRYING, tx.state());
        assertEquals(List.of("request OPTIONS"), h.events);
        assertSame(options, tx.request());
        assertEquals(1, h.layer.serverCount());
        assertEquals(List.of(), h.clock.live());
    }

    @Test
    @DisplayName("Trying: request retransmissions are discarded")
    void trying_discards_request_retransmissions() {
        // RFC 3261 §17.2.2: "Once in the "Trying" state, any further request retransmissions are discarded."
        NonInviteServerTransaction tx = received(UDP);

        h.receive(options, UDP);

        assertEquals(TRYING, tx.state());
        assertEquals(List.of("request OPTIONS"), h.events);
        assertEquals(List.of(), h.transport.sent);
    }

    @Test
    @DisplayName("Trying --1xx from TU / send response--> Proceeding")
    void trying_1xx_from_tu_goes_to_proceeding() {
        // RFC 3261 §17.2.2: "While in the "Trying" state, if the TU passes a provisional response to the server
        // transaction, the server transaction MUST enter the "Proceeding" state. The response MUST be passed to the
        // transport layer for transmission."
        NonInviteServerTransaction tx = received(UDP);

        respond(tx, 100);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of(100), sentCodes());
        assertEquals(Harness.flow(UDP), h.transport.sent.get(0).flow());
    }

    @Test
    @DisplayName("Trying --200-699 from TU / send response--> Completed: Timer J = 64*T1")
    void trying_final_from_tu_goes_to_completed() {
        // RFC 3261 §17.2.2: "When the server transaction enters the "Completed" state, it MUST set Timer J to fire in
        // 64*T1 seconds for unreliable transports"
        NonInviteServerTransaction tx = received(UDP);

        respond(tx, 200);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of(200), sentCodes());
        assertEquals(List.of(J), h.clock.live());
        assertEquals(TIMEOUT, h.clock.pending(J).delay);
    }

    @Test
    @DisplayName("Trying --200-699 from TU / send response--> Completed --Timer J (zero over TCP)--> Terminated")
    void trying_final_from_tu_over_tcp_terminates_at_once() {
        // RFC 3261 §17.2.2: "When the server transaction enters the "Completed" state, it MUST set Timer J to fire in
        // 64*T1 seconds for unreliable transports, and zero seconds for reliable transports."
        NonInviteServerTransaction tx = received(TCP);

        respond(tx, 404);

        assertEquals(List.of(404), sentCodes());
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Proceeding --Request / send response--> Proceeding: the most recent provisional response")
    void proceeding_request_retransmission_resends_last_provisional() {
        // RFC 3261 §17.2.2: "If a retransmission of the request is received while in the "Proceeding" state, the most
        // recently sent provisional response MUST be passed to the transport layer for retransmission."
        NonInviteServerTransaction tx = proceeding();
        SipResponse second = respond(tx, 183);

        h.receive(options, UDP);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of(100, 183, 183), sentCodes());
        assertSame(second, h.transport.last());
        assertEquals(List.of("request OPTIONS"), h.events);
    }

    @Test
    @DisplayName("Proceeding --1xx from TU / send response--> Proceeding")
    void proceeding_1xx_from_tu_is_sent() {
        // RFC 3261 §17.2.2: "Any further provisional responses that are received from the TU while in the
        // "Proceeding" state MUST be passed to the transport layer for transmission."
        NonInviteServerTransaction tx = proceeding();

        respond(tx, 183);

        assertEquals(PROCEEDING, tx.state());
        assertEquals(List.of(100, 183), sentCodes());
    }

    @Test
    @DisplayName("Proceeding --200-699 from TU / send response--> Completed")
    void proceeding_final_from_tu_goes_to_completed() {
        // RFC 3261 §17.2.2: "If the TU passes a final response (status codes 200-699) to the server while in the
        // "Proceeding" state, the transaction MUST enter the "Completed" state, and the response MUST be passed to
        // the transport layer for transmission."
        NonInviteServerTransaction tx = proceeding();

        respond(tx, 500);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of(100, 500), sentCodes());
        assertEquals(List.of(J), h.clock.live());
    }

    @Test
    @DisplayName("Proceeding --Trnsprt Err / Inform TU--> Terminated (resending the provisional response)")
    void proceeding_transport_error_informs_tu_and_terminates() {
        // RFC 3261 §17.2.4: "the server transaction SHOULD inform the TU that a failure has occurred, and SHOULD
        // transition to the terminated state."
        NonInviteServerTransaction tx = proceeding();
        h.transport.failSends();

        h.receive(options, UDP);

        assertEquals(List.of("request OPTIONS", "transport error"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Trying --1xx from TU--> Proceeding --Trnsprt Err / Inform TU--> Terminated (the provisional response)")
    void provisional_that_cannot_be_sent_terminates() {
        // RFC 3261 §17.2.4: "the server transaction SHOULD inform the TU that a failure has occurred, and SHOULD
        // transition to the terminated state."
        NonInviteServerTransaction tx = received(UDP);
        h.transport.failSends();

        respond(tx, 100);

        assertEquals(List.of("request OPTIONS", "transport error"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Completed --Request / send response--> Completed")
    void completed_request_retransmission_resends_final() {
        // RFC 3261 §17.2.2: "While in the "Completed" state, the server transaction MUST pass the final response to
        // the transport layer for retransmission whenever a retransmission of the request is received."
        NonInviteServerTransaction tx = completed();

        h.receive(options, UDP);
        h.receive(options, UDP);

        assertEquals(COMPLETED, tx.state());
        assertEquals(List.of(200, 200, 200), sentCodes());
        assertEquals(List.of("request OPTIONS"), h.events);
    }

    @Test
    @DisplayName("Completed: other final responses from the TU are discarded")
    void completed_discards_other_final_responses() {
        // RFC 3261 §17.2.2: "Any other final responses passed by the TU to the server transaction MUST be discarded
        // while in the "Completed" state."
        NonInviteServerTransaction tx = completed();

        respond(tx, 500);
        h.receive(options, UDP);

        assertEquals(List.of(200, 200), sentCodes());
        assertEquals(COMPLETED, tx.state());
    }

    @Test
    @DisplayName("Completed --Trnsprt Err / Inform TU--> Terminated (resending the final response)")
    void completed_transport_error_informs_tu_and_terminates() {
        // RFC 3261 §17.2.4: "the server transaction SHOULD inform the TU that a failure has occurred, and SHOULD
        // transition to the terminated state."
        NonInviteServerTransaction tx = completed();
        h.transport.failSends();

        h.receive(options, UDP);

        assertEquals(List.of("request OPTIONS", "transport error"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Trying --200-699 from TU--> Completed --Trnsprt Err / Inform TU--> Terminated (the final response)")
    void final_response_that_cannot_be_sent_terminates() {
        // RFC 3261 §17.2.4: "the server transaction SHOULD inform the TU that a failure has occurred, and SHOULD
        // transition to the terminated state."
        NonInviteServerTransaction tx = received(UDP);
        h.transport.failSends();

        respond(tx, 200);

        assertEquals(List.of("request OPTIONS", "transport error"), h.events);
        assertTerminated(tx);
    }

    @Test
    @DisplayName("Completed --Timer J fires / - --> Terminated")
    void completed_timerJ_terminates() {
        // RFC 3261 §17.2.2: "The server transaction remains in this state until Timer J fires, at which point it MUST
        // transition to the "Terminated" state."
        NonInviteServerTransaction tx = completed();

        h.clock.advance(TIMEOUT - 1);
        assertEquals(COMPLETED, tx.state());
        h.clock.advance(1);

        assertTerminated(tx);
        h.receive(options, UDP);
        assertEquals(List.of("request OPTIONS", "request OPTIONS"), h.events);
    }
}
