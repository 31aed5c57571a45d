package io.sipspec.transaction;

import static io.sipspec.transport.TransportType.TCP;
import static io.sipspec.transport.TransportType.UDP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sipspec.message.HeaderName;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.transport.TransportType;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ACK the INVITE client transaction builds for a 300-699 response (RFC 3261 §17.1.1.3). */
class AckForNon2xxTest {

    private final Harness h = new Harness();

    private static SipRequest parse(String... lines) {
        return (SipRequest) new SipMessageParser().parse(String.join("\r\n", lines) + "\r\n\r\n");
    }

    /** Sends {@code invite}, answers it with {@code code} and To tag {@code toTag}, and returns the ACK sent. */
    private SipRequest ackAfter(SipRequest invite, TransportType transport, int code, String toTag) {
        ClientTransaction tx = h.send(invite, transport);
        h.answer(tx, tx.request().createResponse(code, toTag).build());
        SipMessage last = h.transport.last();
        assertEquals("ACK", ((SipRequest) last).method());
        return (SipRequest) last;
    }

    /** The header field names of {@code m}, one per row, sorted. */
    private static List<String> names(SipMessage m) {
        return m.headers().stream().map(f -> f.name().toString()).sorted().toList();
    }

    @Test
    @DisplayName("§17.1.1.3: the RFC's own example request and its ACK")
    void rfc_example() {
        // RFC 3261 §17.1.1.3: "The ACK request constructed by the client transaction MUST contain values for the
        // Call-ID, From, and Request-URI that are equal to the values of those header fields in the request passed to
        // the transport by the client transaction (call this the "original request"). The To header field in the ACK
        // MUST equal the To header field in the response being acknowledged" "The ACK MUST contain a single Via header
        // field, and this MUST be equal to the top Via header field of the original request. The CSeq header field
        // in the ACK MUST contain the same value for the sequence number as was present in the original request, but
        // the method parameter MUST be equal to "ACK"."
        SipRequest invite = parse(
                "INVITE sip:bob@biloxi.com SIP/2.0",
                "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bKkjshdyff",
                "To: Bob <sip:bob@biloxi.com>",
                "From: Alice <sip:alice@atlanta.com>;tag=88sja8x",
                "Max-Forwards: 70",
                "Call-ID: 987asjd97y7atg",
                "CSeq: 986759 INVITE",
                "Content-Length: 0");
        SipRequest expected = parse(
                "ACK sip:bob@biloxi.com SIP/2.0",
                "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bKkjshdyff",
                "To: Bob <sip:bob@biloxi.com>;tag=99sa0xk",
                "From: Alice <sip:alice@atlanta.com>;tag=88sja8x",
                "Max-Forwards: 70",
                "Call-ID: 987asjd97y7atg",
                "CSeq: 986759 ACK",
                "Content-Length: 0");

        SipRequest ack = ackAfter(invite, UDP, 486, "99sa0xk");

        assertEquals(expected.startLine(), ack.startLine());
        assertEquals(expected.via(), ack.via());
        assertEquals(expected.to(), ack.to());
        assertEquals(expected.from(), ack.from());
        assertEquals(expected.maxForwards(), ack.maxForwards());
        assertEquals(expected.callId(), ack.callId());
        assertEquals(expected.cseq(), ack.cseq());
        assertEquals(0, ack.bodyLength());
        assertEquals(names(expected), names(ack));
    }

    @Test
    @DisplayName("§17.1.1.3: Route header fields of the INVITE appear in the ACK")
    void route_is_copied() {
        // RFC 3261 §17.1.1.3: "If the INVITE request whose response is being acknowledged had Route header fields,
        // those header fields MUST appear in the ACK."
        SipRequest invite = Msgs.invite().toBuilder()
                .addHeader(HeaderName.ROUTE, "<sip:p1.example.com;lr>, <sip:p2.example.com;lr>")
                .addHeader(HeaderName.ROUTE, "<sip:p3.example.com;lr>")
                .build();

        SipRequest ack = ackAfter(invite, UDP, 404, Msgs.TO_TAG);

        assertEquals(3, ack.routes().size());
        assertEquals(invite.routes(), ack.routes());
        assertEquals(invite.headers().stream().filter(f -> f.name() == HeaderName.ROUTE).toList(),
                ack.headers().stream().filter(f -> f.name() == HeaderName.ROUTE).toList());
    }

    @Test
    @DisplayName("§17.1.1.3: a single Via, equal to the top Via of the original request")
    void single_via_equal_to_top_via() {
        // RFC 3261 §17.1.1.3: "The ACK MUST contain a single Via header field, and this MUST be equal to the top Via
        // header field of the original request."
        SipRequest forwarded = Msgs.invite().toBuilder()
                .addHeaderFirst(SipHeaders.VIA, Via.parse("SIP/2.0/UDP proxy.example.com:5070;branch=z9hG4bK4b43c2ff8.1"))
                .build();

        SipRequest ack = ackAfter(forwarded, UDP, 480, Msgs.TO_TAG);

        assertEquals(2, forwarded.via().size());
        assertEquals(List.of(forwarded.topVia()), ack.via());
        assertEquals(1, ack.headers().stream().filter(f -> f.name() == HeaderName.VIA).count());
    }

    @Test
    @DisplayName("§17.1.1.3: To from the response (with its tag), CSeq number of the INVITE with method ACK")
    void to_from_response_and_cseq_number() {
        // RFC 3261 §17.1.1.3: "The To header field in the ACK MUST equal the To header field in the response being
        // acknowledged, and therefore will usually differ from the To header field in the original request by the
        // addition of the tag parameter."
        SipRequest invite = Msgs.builder("INVITE", "z9hG4bK74bf9").header(HeaderName.CSEQ, "4711 INVITE").build();

        SipRequest ack = ackAfter(invite, UDP, 603, "xyz987");

        assertEquals(invite.to().withTag("xyz987"), ack.to());
        assertEquals(4711, ack.cseq().sequence());
        assertEquals("ACK", ack.cseq().method());
        assertEquals(invite.from(), ack.from());
        assertEquals(invite.callId(), ack.callId());
        assertEquals(invite.requestUri(), ack.requestUri());
    }

    @ParameterizedTest
    @EnumSource(value = TransportType.class, names = {"UDP", "TCP"})
    @DisplayName("§17.1.1.2: the ACK goes where the INVITE went, over any transport")
    void sent_to_the_same_destination(TransportType transport) {
        // RFC 3261 §17.1.1.2: "The ACK MUST be sent to the same address, port, and transport to which the original
        // request was sent."
        ackAfter(Msgs.invite(), transport, 486, Msgs.TO_TAG);

        assertEquals(2, h.transport.sent.size());
        assertEquals(Harness.flow(transport), h.transport.sent.get(0).flow());
        assertEquals(h.transport.sent.get(0).flow(), h.transport.sent.get(1).flow());
    }

    @Test
    @DisplayName("§17.1.1.2 and §18.1.1: an INVITE moved to TCP for its size is ACKed over TCP, with the TCP Via")
    void ack_follows_a_transport_change() {
        // RFC 3261 §18.1.1: "If this causes a change in the transport protocol from the one indicated in the top Via,
        // the value in the top Via MUST be changed." §17.1.1.3: "The ACK MUST contain a single Via header field, and
        // this MUST be equal to the top Via header field of the original request."
        SipRequest large = Msgs.invite().toBuilder().body("application/sdp", "v=0\r\n" + "a=x\r\n".repeat(300)).build();

        SipRequest ack = ackAfter(large, UDP, 488, Msgs.TO_TAG);

        SipRequest sentInvite = (SipRequest) h.transport.sent.get(0).message();
        assertEquals("TCP", sentInvite.topVia().transport());
        assertEquals(List.of(sentInvite.topVia()), ack.via());
        assertEquals(TCP, h.transport.sent.get(1).flow().transport());
        assertEquals(0, ack.bodyLength());
    }

    @Test
    @DisplayName("§17.1.1.2: a retransmitted final response gets the same ACK again")
    void retransmitted_ack_is_identical() {
        // RFC 3261 §17.1.1.2: "Any retransmissions of the final response that are received while in the "Completed"
        // state MUST cause the ACK to be re-passed to the transport layer for retransmission"
        ClientTransaction tx = h.send(Msgs.invite(), UDP);
        SipResponse busy = Msgs.response(tx.request(), 486);
        h.answer(tx, busy);
        h.answer(tx, busy);

        assertEquals(3, h.transport.sent.size());
        assertArrayEquals(h.transport.sent.get(1).message().toByteArray(), h.transport.sent.get(2).message().toByteArray());
    }
}
