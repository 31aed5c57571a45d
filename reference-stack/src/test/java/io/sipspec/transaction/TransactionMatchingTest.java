package io.sipspec.transaction;

import static io.sipspec.transport.TransportType.UDP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Matching of responses to client transactions (§17.1.3) and of requests to server transactions (§17.2.3). */
class TransactionMatchingTest {

    private final Harness h = new Harness();

    /** The server transaction of {@code invite}, after the TU answered it with {@code code}. */
    private ServerTransaction answered(SipRequest invite, int code) {
        h.receive(invite, UDP);
        ServerTransaction tx = h.lastServer();
        tx.sendResponse(Msgs.response(invite, code));
        return tx;
    }

    /** The same request with a new CSeq method (and request method): the CANCEL or ACK of an INVITE. */
    private static SipRequest sameBranch(SipRequest request, String method) {
        return request.toBuilder().method(method)
                .header(HeaderName.CSEQ, request.cseq().sequence() + " " + method).build();
    }

    @Nested
    @DisplayName("§17.1.3 responses to client transactions")
    class Client {

        @Test
        @DisplayName("a response goes to the transaction with its top Via branch")
        void response_matches_by_branch() {
            // RFC 3261 §17.1.3: "If the response has the same value of the branch parameter in the top Via header
            // field as the branch parameter in the top Via header field of the request that created the transaction."
            ClientTransaction first = h.send(Msgs.invite(), UDP);
            ClientTransaction second = h.send(Msgs.invite(), UDP);

            h.answer(second, Msgs.response(second.request(), 180));

            assertEquals(InviteClientTransaction.State.CALLING, first.state());
            assertEquals(InviteClientTransaction.State.PROCEEDING, second.state());
        }

        @Test
        @DisplayName("a response with a branch of no transaction is stray and goes to the core")
        void response_with_unknown_branch_is_stray() {
            // RFC 6026 §7.2: "Any response received that does not match an existing client transaction state machine
            // is simply dropped."
            ClientTransaction tx = h.send(Msgs.invite(), UDP);

            h.answer(tx, Msgs.response(Msgs.invite(), 200));

            assertEquals(List.of("stray 200"), h.events);
            assertEquals(InviteClientTransaction.State.CALLING, tx.state());
        }

        @Test
        @DisplayName("a CANCEL with the INVITE's branch is a transaction of its own, told apart by the CSeq method")
        void cancel_with_same_branch_is_a_distinct_transaction() {
            // RFC 3261 §17.1.3: "If the method parameter in the CSeq header field matches the method of the request
            // that created the transaction. The method is needed since a CANCEL request constitutes a different
            // transaction, but shares the same value of the branch parameter."
            ClientTransaction invite = h.send(Msgs.invite(), UDP);
            ClientTransaction cancel = h.send(sameBranch(invite.request(), Methods.CANCEL), UDP);
            assertEquals(2, h.layer.clientCount());

            h.answer(cancel, Msgs.response(cancel.request(), 200));

            assertEquals(NonInviteClientTransaction.State.COMPLETED, cancel.state());
            assertEquals(InviteClientTransaction.State.CALLING, invite.state());
            h.answer(invite, Msgs.response(invite.request(), 487));
            assertEquals(InviteClientTransaction.State.COMPLETED, invite.state());
            assertEquals(List.of("response 200", "response 487"), h.events);
        }

        @Test
        @DisplayName("a response with the branch but another CSeq method is stray")
        void response_with_other_cseq_method_is_stray() {
            // RFC 3261 §17.1.3: "If the method parameter in the CSeq header field matches the method of the request
            // that created the transaction."
            ClientTransaction invite = h.send(Msgs.invite(), UDP);

            h.answer(invite, Msgs.response(sameBranch(invite.request(), Methods.CANCEL), 200));

            assertEquals(List.of("stray 200"), h.events);
            assertEquals(InviteClientTransaction.State.CALLING, invite.state());
        }
    }

    @Nested
    @DisplayName("§17.2.3 requests to server transactions, magic cookie")
    class Server {

        private final SipRequest invite = Msgs.invite();

        @Test
        @DisplayName("same branch, sent-by and method: a retransmission")
        void retransmission_matches() {
            // RFC 3261 §17.2.3: "the branch parameter in the request is equal to the one in the top Via header field
            // of the request that created the transaction, and" "the sent-by value in the top Via of the request is
            // equal to the one in the request that created the transaction, and" "the method of the request matches
            // the one that created the transaction, except for ACK, where the method of the request that created the
            // transaction is INVITE."
            h.receive(invite, UDP);
            h.receive(invite, UDP);

            assertEquals(1, h.layer.serverCount());
            assertEquals(List.of("request INVITE"), h.events);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bKother",
            "SIP/2.0/UDP pc34.atlanta.example.com;branch=%s",
            "SIP/2.0/UDP pc33.atlanta.example.com:5070;branch=%s"})
        @DisplayName("another branch or another sent-by: a new transaction")
        void other_branch_or_sent_by_is_a_new_transaction(String via) {
            // RFC 3261 §17.2.3: "The sent-by value is used as part of the matching process because there could be
            // accidental or malicious duplication of branch parameters from different clients."
            h.receive(invite, UDP);

            h.receive(Msgs.withTopVia(invite, via.formatted(invite.topVia().branch())), UDP);

            assertEquals(2, h.layer.serverCount());
            assertEquals(List.of("request INVITE", "request INVITE"), h.events);
        }

        @Test
        @DisplayName("a CANCEL with the INVITE's branch is its own transaction and finds its INVITE")
        void cancel_is_a_distinct_transaction_and_finds_its_invite() {
            // RFC 3261 §9.2: "The TU determines the transaction to be cancelled by taking the CANCEL request, and then
            // assuming that the request method is anything but CANCEL or ACK and applying the transaction matching
            // procedures of Section 17.2.3."
            SipRequest cancel = sameBranch(invite, Methods.CANCEL);
            h.receive(invite, UDP);

            h.receive(cancel, UDP);

            assertEquals(2, h.layer.serverCount());
            assertEquals(List.of("request INVITE", "request CANCEL"), h.events);
            assertSame(h.servers.get(0), h.layer.findInviteFor(cancel));
            assertNull(h.layer.findInviteFor(Msgs.request(Methods.CANCEL)));
        }

        @Test
        @DisplayName("an ACK with the INVITE's branch and sent-by matches the INVITE transaction")
        void ack_matches_invite() {
            // RFC 3261 §17.2.3: "the method of the request matches the one that created the transaction, except for
            // ACK, where the method of the request that created the transaction is INVITE."
            ServerTransaction tx = answered(invite, 486);

            h.receive(Msgs.ackFor(invite, tx.lastResponse()), UDP);

            assertEquals(InviteServerTransaction.State.CONFIRMED, tx.state());
            assertEquals(List.of("request INVITE"), h.events);
        }

        @Test
        @DisplayName("an ACK from another sent-by does not match")
        void ack_from_other_sent_by_goes_to_tu() {
            // RFC 3261 §17.2.3: "the sent-by value in the top Via of the request is equal to the one in the request
            // that created the transaction, and"
            ServerTransaction tx = answered(invite, 486);
            SipRequest ack = Msgs.ackFor(invite, tx.lastResponse());

            h.receive(Msgs.withTopVia(ack, "SIP/2.0/UDP evil.example.com;branch=" + invite.topVia().branch()), UDP);

            assertEquals(InviteServerTransaction.State.COMPLETED, tx.state());
            assertEquals(List.of("request INVITE", "ack"), h.events);
        }

        @Test
        @DisplayName("the ACK for a 2xx (a new branch) goes to the TU")
        void ack_for_2xx_goes_to_tu() {
            // RFC 3261 §17.1.1.3: "A UAC core that generates an ACK for 2xx MUST instead follow the rules described in
            // Section 13." RFC 6026 §7.1: "Any ACKs received from the network while in the "Accepted" state MUST be
            // passed directly to the TU and not absorbed."
            ServerTransaction tx = answered(invite, 200);
            SipRequest ack = Msgs.ackFor2xx(invite, tx.lastResponse());

            h.receive(ack, UDP);
            h.clock.advance(Harness.TIMEOUT);
            h.receive(ack, UDP);

            assertEquals(List.of("request INVITE", "ack", "ack"), h.events);
            assertEquals(List.of(ack, ack), h.acks);
            h.assertNothingLeft();
        }
    }

    @Nested
    @DisplayName("§17.2.3 requests without the magic cookie (RFC 2543)")
    class Rfc2543 {

        private final SipRequest invite = Msgs.withTopVia(Msgs.invite(), "SIP/2.0/UDP oldphone.example.com:5060");

        static Stream<Arguments> fields() {
            return Stream.of(
                    Arguments.of("Request-URI", (UnaryOperator<SipRequest>) r -> r.toBuilder()
                            .requestUri(SipUri.parse("sip:carol@biloxi.example.com")).build()),
                    Arguments.of("To tag", edit(HeaderName.TO, "Bob <sip:bob@biloxi.example.com>;tag=314")),
                    Arguments.of("From tag", edit(HeaderName.FROM, "Alice <sip:alice@atlanta.example.com>;tag=999")),
                    Arguments.of("Call-ID", edit(HeaderName.CALL_ID, "other@oldphone.example.com")),
                    Arguments.of("CSeq", edit(HeaderName.CSEQ, "314160 INVITE")),
                    Arguments.of("top Via", edit(HeaderName.VIA, "SIP/2.0/UDP oldphone.example.com:5062")),
                    Arguments.of("top Via branch", edit(HeaderName.VIA, "SIP/2.0/UDP oldphone.example.com:5060;branch=7")));
        }

        private static UnaryOperator<SipRequest> edit(HeaderName name, String value) {
            return r -> r.toBuilder().header(name, value).build();
        }

        @Test
        @DisplayName("the same INVITE again is a retransmission")
        void retransmission_matches() {
            // RFC 3261 §17.2.3: "The INVITE request matches a transaction if the Request-URI, To tag, From tag,
            // Call-ID, CSeq, and top Via header field match those of the INVITE request which created the
            // transaction. In this case, the INVITE is a retransmission of the original one that created the
            // transaction."
            h.receive(invite, UDP);
            h.receive(invite.toBuilder().build(), UDP);

            assertEquals(1, h.layer.serverCount());
            assertEquals(List.of("request INVITE"), h.events);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("fields")
        @DisplayName("an INVITE that differs in one of the fields is a new transaction")
        void other_field_is_a_new_transaction(String field, UnaryOperator<SipRequest> change) {
            // RFC 3261 §17.2.3: "The INVITE request matches a transaction if the Request-URI, To tag, From tag,
            // Call-ID, CSeq, and top Via header field match those of the INVITE request which created the
            // transaction."
            h.receive(invite, UDP);

            h.receive(change.apply(invite), UDP);

            assertEquals(2, h.layer.serverCount(), field);
            assertEquals(List.of("request INVITE", "request INVITE"), h.events);
        }

        @Test
        @DisplayName("a non-INVITE request matches on CSeq including the method")
        void non_invite_matches_with_method() {
            // RFC 3261 §17.2.3: "For all other request methods, a request is matched to a transaction if the
            // Request-URI, To tag, From tag, Call-ID, CSeq (including the method), and top Via header field match
            // those of the request that created the transaction."
            SipRequest options = Msgs.withTopVia(Msgs.request(Methods.OPTIONS), "SIP/2.0/UDP oldphone.example.com:5060");
            h.receive(options, UDP);
            h.receive(options, UDP);
            h.receive(sameBranch(options, Methods.INFO), UDP);

            assertEquals(2, h.layer.serverCount());
            assertEquals(List.of("request OPTIONS", "request INFO"), h.events);
        }

        @Test
        @DisplayName("an ACK matches when its To tag is the To tag of the response")
        void ack_with_response_to_tag_matches() {
            // RFC 3261 §17.2.3: "The ACK request matches a transaction if the Request- URI, From tag, Call-ID, CSeq
            // number (not the method), and top Via header field match those of the INVITE request which created the
            // transaction, and the To tag of the ACK matches the To tag of the response sent by the server
            // transaction."
            ServerTransaction tx = answered(invite, 486);

            h.receive(Msgs.ackFor(invite, tx.lastResponse()), UDP);

            assertEquals(InviteServerTransaction.State.CONFIRMED, tx.state());
            assertEquals(List.of("request INVITE"), h.events);
        }

        @Test
        @DisplayName("an ACK with another To tag does not match: it goes to the TU")
        void ack_with_other_to_tag_goes_to_tu() {
            // RFC 3261 §17.2.3: "Inclusion of the tag in the To header field in the ACK matching process helps
            // disambiguate ACK for 2xx from ACK for other responses at a proxy, which may have forwarded both
            // responses"
            ServerTransaction tx = answered(invite, 486);
            SipResponse otherTag = invite.createResponse(200, "f00d").build();

            h.receive(Msgs.ackFor(invite, otherTag), UDP);

            assertEquals(InviteServerTransaction.State.COMPLETED, tx.state());
            assertEquals(List.of("request INVITE", "ack"), h.events);
        }
    }
}
