package io.sipspec.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.parser.SipDecodeException;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.transport.TransportType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * RFC 3261 §18.3: "If the transport packet ends before the end of the message body, this is considered an error. If
 * the message is a response, it MUST be discarded. If the message is a request, the element SHOULD generate a 400
 * (Bad Request) response."
 */
class MalformedRequestsTest {

    private static final String TRUNCATED = """
            MESSAGE sip:bob@biloxi.example.com SIP/2.0\r
            Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9\r
            Max-Forwards: 70\r
            To: <sip:bob@biloxi.example.com>\r
            From: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl\r
            Call-ID: 3848276298220188511@atlanta.example.com\r
            CSeq: 1 MESSAGE\r
            Content-Type: text/plain\r
            Content-Length: 500\r
            \r
            hello""";

    private static MalformedSipMessage malformed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SipDecodeException e = assertThrows(SipDecodeException.class,
                () -> new SipMessageParser().parseDatagram(bytes, 0, bytes.length));
        return new MalformedSipMessage(bytes, e);
    }

    @Test
    void aRequestWhoseBodyEndsBeforeItsContentLengthGets400() {
        SipResponse answer = MalformedRequests.answer(malformed(TRUNCATED), Harness.PEER).orElseThrow();
        assertEquals(400, answer.statusCode());
        assertEquals("1 MESSAGE", SipHeaders.CSEQ.format(answer.cseq()));
        assertEquals("z9hG4bK74bf9", answer.topVia().branch());
        assertEquals("192.0.2.10", answer.topVia().received(), "the Via is stamped as for any request (§18.2.1)");
        assertEquals("3848276298220188511@atlanta.example.com", answer.callId());
        assertTrue(answer.to().parameters().has("tag"), "a To tag, as §8.2.6.2 says");
    }

    @Test
    void aResponseWhoseBodyEndsBeforeItsContentLengthIsDropped() {
        String response = TRUNCATED.replace("MESSAGE sip:bob@biloxi.example.com SIP/2.0", "SIP/2.0 200 OK");
        assertTrue(MalformedRequests.answer(malformed(response), Harness.PEER).isEmpty());
    }

    @Test
    void anAckOrARequestWithoutTheHeadersOfAResponseIsDropped() {
        assertTrue(MalformedRequests.answer(malformed(TRUNCATED.replace("MESSAGE", "ACK")), Harness.PEER).isEmpty());
        assertTrue(MalformedRequests.answer(malformed(TRUNCATED.replace("Call-ID: 3848276298220188511@atlanta.example.com\r\n", "")),
                Harness.PEER).isEmpty());
    }

    @Test
    void theLayerSendsThe400Back() {
        Harness h = new Harness();
        h.layer.malformedReceived(malformed(TRUNCATED), Harness.flow(TransportType.UDP));
        assertEquals(400, ((SipResponse) h.transport.last()).statusCode());
        assertEquals(0, h.layer.serverCount(), "answered without a transaction");
    }
}
