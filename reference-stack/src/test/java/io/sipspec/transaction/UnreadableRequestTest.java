package io.sipspec.transaction;

import static io.sipspec.transport.TransportType.TCP;
import static io.sipspec.transport.TransportType.UDP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.HeaderName;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.parser.SipDecodeException;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.transport.Destination;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Requests the transaction layer cannot take (RFC 3261 §18.3, §21.4.1; RFC 4475 §3.1.2) are answered 400 from their
 * rows as received, where the top Via routes it, else back to the source; responses and ACKs are not answered.
 */
class UnreadableRequestTest {

    private static final SipMessageParser PARSER = new SipMessageParser();
    private final Harness h = new Harness();

    private static final String HEAD = "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-bad\r\n"
            + "Via: SIP/2.0/UDP 192.0.2.99;branch=z9hG4bK-older\r\n"
            + "To: <sip:bob@example.com>\r\nFrom: <sip:alice@example.com>;tag=a1\r\nCall-ID: unreadable-1\r\n"
            + "CSeq: 7 INVITE\r\nMax-Forwards: 70\r\n";

    private void malformed(String text, io.sipspec.transport.TransportType transport) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SipDecodeException e = null;
        try {
            PARSER.parse(bytes);
        } catch (SipDecodeException x) {
            e = x;
        }
        assertNotNull(e, "the test message must not frame");
        h.layer.malformedReceived(new MalformedSipMessage(bytes, e), Harness.flow(transport));
    }

    private SipResponse onlyAnswer() {
        assertEquals(1, h.transport.sent.size(), h.sentLines().toString());
        return (SipResponse) h.transport.last();
    }

    @Test
    void aRequestLongerThanItsDatagramIsAnswered400WithItsViasFromToCallIdAndCSeq() {
        // RFC 4475 clerr: Content-Length larger than the datagram.
        malformed("INVITE sip:bob@example.com SIP/2.0\r\n" + HEAD + "Content-Length: 9999\r\n\r\nv=0\r\n", UDP);
        SipResponse r = onlyAnswer();
        assertEquals(400, r.statusCode());
        assertTrue(r.reasonPhrase().startsWith("Bad Request ("), r.reasonPhrase());
        assertEquals(2, r.via().size());
        assertEquals("z9hG4bK-bad", r.topVia().branch());
        assertEquals("unreadable-1", r.callId());
        assertEquals("7 INVITE", r.headers().value(HeaderName.CSEQ));
        assertEquals("<sip:alice@example.com>;tag=a1", r.headers().value(HeaderName.FROM));
        assertNotNull(r.to().tag(), "§8.2.6.2: the UAS MUST add a tag to the To header field");
        assertEquals(Harness.flow(UDP), h.transport.sent.get(0).flow());
    }

    @Test
    void aFramedRequestWhoseToDoesNotParseIsAnswered400WithItsToAsReceived() {
        // RFC 4475 quotbal: an unterminated quote in the display name of To.
        String to = "\"Mr. J. User <sip:j.user@example.com>";
        SipMessage m = PARSER.parse("INVITE sip:bob@example.com SIP/2.0\r\n" + HEAD.replace("To: <sip:bob@example.com>", "To: " + to)
                + "Content-Length: 0\r\n\r\n");
        h.receive(m, UDP);
        SipResponse r = onlyAnswer();
        assertEquals(400, r.statusCode());
        assertEquals(to, r.headers().value(HeaderName.TO));
        assertEquals(0, h.servers.size(), "no transaction for a request that cannot be matched");
    }

    @Test
    void aRequestWithoutToFromAndCallIdIsAnswered400WithoutATransaction() {
        // RFC 4475 insuf: "This request contains no Call-ID, From, or To header fields."
        SipMessage m = PARSER.parse("INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.95;branch=z9hG4bKkdj.insuf\r\n"
                + "CSeq: 8 INVITE\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n");
        h.receive(m, UDP);
        SipResponse r = onlyAnswer();
        assertEquals(400, r.statusCode());
        assertEquals("8 INVITE", r.headers().value(HeaderName.CSEQ));
        assertEquals(0, h.servers.size(), "no transaction for a request that cannot be answered as §8.2.6.2 says");
    }

    @Test
    void aRequestWhoseTopViaDoesNotParseIsAnsweredToItsSource() {
        // RFC 4475 badinv01: "Via: SIP/2.0/UDP 192.0.2.15;;,;,,".
        SipMessage m = PARSER.parse("INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.15;;,;,,\r\n"
                + HEAD.substring(HEAD.indexOf("To:")) + "Content-Length: 0\r\n\r\n");
        h.receive(m, UDP);
        SipResponse r = onlyAnswer();
        assertEquals(400, r.statusCode());
        assertEquals(new Destination(UDP, Harness.PEER).address(), h.transport.sent.get(0).flow().remote());
    }

    @Test
    void aStreamThatCannotBeFramedGetsTheAnswerOnItsConnection() {
        // RFC 4475 trws: SP after the SIP-Version of the Request-Line.
        malformed("OPTIONS sip:bob@example.com SIP/2.0  \r\n" + HEAD.replace("UDP", "TCP") + "Content-Length: 0\r\n\r\n", TCP);
        SipResponse r = onlyAnswer();
        assertEquals(400, r.statusCode());
        assertEquals(Harness.flow(TCP), h.transport.sent.get(0).flow());
    }

    @Test
    void aResponseOrAnAckThatCannotBeReadIsNotAnswered() {
        malformed("SIP/2.0 4294967301 better not break the receiver\r\n" + HEAD + "Content-Length: 0\r\n\r\n", UDP);
        malformed("ACK sip:bob@example.com SIP/2.0\r\n" + HEAD.replace("7 INVITE", "7 ACK") + "Content-Length: 9999\r\n\r\n", UDP);
        assertEquals(0, h.transport.sent.size(), h.sentLines().toString());
    }
}
