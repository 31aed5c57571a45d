package io.sipspec.fault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.HeaderName;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link OutgoingFaults} on messages an element is about to send. */
class FaultOutgoingTest {

    private static final SipRequest OPTIONS = SipRequest.builder("OPTIONS", Uri.parse("sip:bob@127.0.0.1"))
            .header("Via", "SIP/2.0/UDP 127.0.0.2:5070;branch=z9hG4bK776asdhds;received=127.0.0.1")
            .header("Max-Forwards", "70")
            .header("To", "<sip:bob@127.0.0.1>")
            .header("From", "<sip:alice@127.0.0.1>;tag=1928301774")
            .header("Call-ID", "a84b4c76e66710")
            .header("CSeq", "314159 OPTIONS")
            .build();

    private static final SipResponse OK = OPTIONS.createResponse(200, "a6c85cf").header(HeaderName.ALLOW, "INVITE, OPTIONS").build();

    @Test
    void withoutFaultsEveryMessageGoesOutAsItIs() {
        assertSame(OK, OutgoingFaults.apply(FaultSet.NONE, OK));
        assertSame(OPTIONS, OutgoingFaults.apply(FaultSet.NONE, OPTIONS));
    }

    @Test
    void aFaultThatDoesNotConcernTheMessageLeavesItsBytesAlone() {
        SipResponse out = OutgoingFaults.response(FaultSet.of(Fault.NO_MIN_EXPIRES, Fault.NO_ALLOW_IN_405), OK);
        assertArrayEquals(OK.toByteArray(), out.toByteArray());
        assertSame(OPTIONS, OutgoingFaults.request(FaultSet.of(Fault.NO_TO_TAG), OPTIONS));
    }

    @Test
    void headerFaultsCompose() {
        SipResponse out = OutgoingFaults.response(FaultSet.parse("no-to-tag,wrong-via,no-received,wrong-cseq-method,options-no-allow"), OK);
        assertNull(out.to().tag());
        assertEquals("z9hG4bK776asdhdsx", out.topVia().branch());
        assertNull(out.topVia().received());
        assertEquals("INVITE", out.cseq().method());
        assertEquals(314159, out.cseq().sequence());
        assertFalse(out.headers().contains(HeaderName.ALLOW));
        assertEquals(OK.callId(), out.callId());
    }

    @Test
    void framingFaultsRewriteTheBytes() {
        String wire = new String(OutgoingFaults.response(FaultSet.parse("wrong-content-length,bare-lf,wrong-sip-version"), OK)
                .toByteArray(), StandardCharsets.ISO_8859_1);
        assertTrue(wire.startsWith("SIP/2.1 200 OK\n"), wire);
        assertTrue(wire.contains("\nContent-Length: 1\n"), wire);
        assertFalse(wire.contains("\r"), wire);
    }

    @Test
    void cseqSyntaxPutsTheMethodFirst() {
        SipResponse out = OutgoingFaults.response(FaultSet.of(Fault.CSEQ_SYNTAX), OK);
        assertEquals("OPTIONS 314159", out.headerValue(HeaderName.CSEQ));
    }

    @Test
    void requestsLoseMaxForwards() {
        SipRequest out = OutgoingFaults.request(FaultSet.of(Fault.UAC_NO_MAX_FORWARDS), OPTIONS);
        assertFalse(out.headers().contains(HeaderName.MAX_FORWARDS));
        assertTrue(OPTIONS.headers().contains(HeaderName.MAX_FORWARDS));
    }
}
