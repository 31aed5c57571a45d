package io.sipspec.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.SipMessageParser;
import org.junit.jupiter.api.Test;

class AckTest {

    private static final SipRequest INVITE = (SipRequest) new SipMessageParser().parse("""
            INVITE sip:bob@biloxi.example.com SIP/2.0\r
            Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bKnashds8\r
            Max-Forwards: 70\r
            Route: <sip:p1.example.com;lr>\r
            To: Bob <sip:bob@biloxi.example.com>\r
            From: Alice <sip:alice@atlanta.example.com>;tag=1928301774\r
            Call-ID: a84b4c76e66710\r
            CSeq: 314159 INVITE\r
            Contact: <sip:alice@pc33.atlanta.example.com>\r
            Content-Length: 0\r
            \r
            """);

    @Test
    void theAckOfANon2xxResponseIsInTheInviteTransaction() {
        SipResponse busy = INVITE.createResponse(486, "a6c85cf").build();
        SipRequest ack = Ack.of(INVITE, busy);
        assertEquals("ACK sip:bob@biloxi.example.com SIP/2.0", ack.startLine());
        assertEquals(INVITE.headerValue("Via"), ack.headerValue("Via"));
        assertEquals(1, ack.via().size());
        assertEquals("<sip:p1.example.com;lr>", ack.headerValue("Route"));
        assertEquals(busy.headerValue("To"), ack.headerValue("To"));
        assertEquals(INVITE.headerValue("From"), ack.headerValue("From"));
        assertEquals("a84b4c76e66710", ack.callId());
        assertEquals("314159 ACK", ack.headerValue("CSeq"));
    }

    @Test
    void theAckOfA2xxGoesToTheContactInANewTransactionAlongTheRecordRoute() {
        SipResponse ok = INVITE.createResponse(200, "a6c85cf").header("Contact", "<sip:bob@192.0.2.4>")
                .addHeader("Record-Route", "<sip:p2.example.com;lr>").addHeader("Record-Route", "<sip:p1.example.com;lr>").build();
        SipRequest ack = Ack.of(INVITE, ok);
        assertEquals("ACK sip:bob@192.0.2.4 SIP/2.0", ack.startLine());
        assertNotEquals(INVITE.topVia().branch(), ack.topVia().branch());
        assertEquals(java.util.List.of("<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>"), ack.headers().values(io.sipspec.message.HeaderName.ROUTE));
        assertEquals("314159 ACK", ack.headerValue("CSeq"));
    }

    @Test
    void onlyAFinalResponseToAnInviteIsAcknowledged() {
        assertEquals("a provisional response (180) is not acknowledged",
                assertThrows(IllegalArgumentException.class, () -> Ack.of(INVITE, INVITE.createResponse(180).build())).getMessage());
        SipRequest options = INVITE.toBuilder().method("OPTIONS").build();
        assertEquals("only an INVITE is acknowledged, not OPTIONS",
                assertThrows(IllegalArgumentException.class, () -> Ack.of(options, INVITE.createResponse(200).build())).getMessage());
    }
}
