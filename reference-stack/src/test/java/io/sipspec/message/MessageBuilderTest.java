package io.sipspec.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.sipspec.parser.SipMessageParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building messages, deriving one from another (RFC 3261 §8.2.6) and writing parsed messages back byte-exactly. */
class MessageBuilderTest {

    private static final SipMessageParser PARSER = new SipMessageParser();

    /**
     * RFC 3261 §24.2 F1 as a proxy forwards it: Max-Forwards first, two Via rows (the first holding two values), two
     * Route values in one row.
     */
    private static final String INVITE = "INVITE sip:bob@biloxi.com SIP/2.0\r\n"
            + "Max-Forwards: 69\r\n"
            + "Via: SIP/2.0/UDP bigbox3.site3.atlanta.com;branch=z9hG4bK77ef4c2312983.1, SIP/2.0/UDP proxy.atlanta.com;branch=z9hG4bK1\r\n"
            + "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bKnashds8;received=192.0.2.1\r\n"
            + "Route: <sip:p1.biloxi.com;lr>, <sip:p2.biloxi.com;lr>\r\n"
            + "To: Bob <sip:bob@biloxi.com>\r\n"
            + "From: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
            + "Call-ID: a84b4c76e66710\r\n"
            + "CSeq: 314159 INVITE\r\n"
            + "Timestamp: 54\r\n"
            + "Contact: <sip:alice@pc33.atlanta.com>\r\n"
            + "Content-Type: application/sdp\r\n"
            + "Content-Length: 4\r\n"
            + "\r\n"
            + "v=0\n";

    private static SipRequest invite() {
        return (SipRequest) PARSER.parse(INVITE);
    }

    private static SipMessage reparse(SipMessage m) {
        return PARSER.parse(m.toByteArray());
    }

    // ---------------------------------------------------------------- building

    @Test
    void buildRequestSetsContentLength() {
        SipRequest r = SipRequest.builder(Methods.OPTIONS, SipUri.parse("sip:carol@chicago.com"))
                .header(SipHeaders.VIA, Via.of("UDP", "pc33.atlanta.com", 5060, "z9hG4bKhjhs8ass877"))
                .header(SipHeaders.MAX_FORWARDS, 70L)
                .header(SipHeaders.TO, Address.of(SipUri.parse("sip:carol@chicago.com")))
                .header(SipHeaders.FROM, Address.of("Alice", SipUri.parse("sip:alice@atlanta.com")).withTag("1928301774"))
                .header(SipHeaders.CALL_ID, "a84b4c76e66710")
                .header(SipHeaders.CSEQ, new CSeq(63104, Methods.OPTIONS))
                .header(SipHeaders.ACCEPT, MediaType.of("application", "sdp"))
                .build();
        assertEquals("OPTIONS sip:carol@chicago.com SIP/2.0", r.startLine());
        assertEquals(0, r.contentLength());
        assertEquals(0, r.bodyLength());
        assertEquals("SIP/2.0/UDP pc33.atlanta.com:5060;branch=z9hG4bKhjhs8ass877", r.headerValue("Via"));
        assertEquals("\"Alice\" <sip:alice@atlanta.com>;tag=1928301774", r.headerValue("From"));
        assertEquals("<sip:carol@chicago.com>", r.headerValue("To"));
        assertEquals("63104 OPTIONS", r.headerValue("CSeq"));
        assertTrue(r.toString().endsWith("Content-Length: 0\r\n\r\n"), r.toString());

        SipRequest back = (SipRequest) reparse(r);
        assertEquals(r.toString(), back.toString());
        assertEquals(r.headers(), back.headers());
        assertEquals(r.topVia(), back.topVia());
        assertEquals("1928301774", back.from().tag());
        assertEquals("Alice", back.from().displayName());
        assertEquals(new CSeq(63104, "OPTIONS"), back.cseq());
        assertEquals(SipUri.parse("sip:carol@chicago.com"), back.requestUri());
    }

    @Test
    void contentLengthIsTheBodyLengthInBytesWhateverWasSet() {
        SipRequest r = SipRequest.builder(Methods.MESSAGE, SipUri.parse("sip:bob@biloxi.com"))
                .header(SipHeaders.CONTENT_LENGTH, 999L)
                .body("text/plain;charset=UTF-8", "Grüße")
                .build();
        assertEquals(7, r.bodyLength());
        assertEquals(7, r.contentLength());
        assertEquals(1, r.headers().count(HeaderName.CONTENT_LENGTH));
        assertEquals("Grüße", r.bodyText());
        assertEquals(MediaType.parse("text/plain;charset=utf-8"), r.contentType());
        SipMessage back = reparse(r);
        assertArrayEquals("Grüße".getBytes(StandardCharsets.UTF_8), back.body());
        assertEquals(r.toString(), back.toString());
    }

    @Test
    void buildResponse() {
        SipResponse r = SipResponse.builder(486).header(SipHeaders.CALL_ID, "x@y").build();
        assertEquals("SIP/2.0 486 Busy Here", r.startLine());
        SipResponse custom = r.toBuilder().reason("Gone Fishing").build();
        assertEquals("SIP/2.0 486 Gone Fishing", custom.startLine());
        assertEquals(486, ((SipResponse) reparse(custom)).statusCode());
        assertEquals("Gone Fishing", ((SipResponse) reparse(custom)).reasonPhrase());
        assertEquals("x@y", reparse(custom).callId());
    }

    @Test
    void headerReplacesTheFirstRowAndDropsTheOthers() {
        SipRequest r = invite().toBuilder().header(SipHeaders.VIA, Via.parse("SIP/2.0/TCP only.example.com;branch=z9hG4bK9")).build();
        assertEquals(1, r.headers().count(HeaderName.VIA));
        assertEquals(1, r.headers().indexOf(HeaderName.VIA, 0), "it takes the place of the first row");
        assertEquals(List.of(Via.parse("SIP/2.0/TCP only.example.com;branch=z9hG4bK9")), r.via());
    }

    // ---------------------------------------------------------------- deriving

    @Test
    void toBuilderDerivesWithoutChangingTheOriginal() {
        SipRequest original = invite();
        byte[] before = original.toByteArray();
        SipRequest derived = original.toBuilder()
                .method(Methods.OPTIONS)
                .requestUri(SipUri.parse("sip:carol@chicago.com"))
                .header(SipHeaders.MAX_FORWARDS, 68L)
                .header(SipHeaders.CSEQ, new CSeq(314160, Methods.OPTIONS))
                .removeHeader(HeaderName.CONTENT_TYPE)
                .body(new byte[0])
                .build();
        assertArrayEquals(before, original.toByteArray());
        assertEquals(69, original.maxForwards());
        assertEquals("OPTIONS sip:carol@chicago.com SIP/2.0", derived.startLine());
        assertEquals(68, derived.maxForwards());
        assertEquals(0, derived.contentLength());
        assertNull(derived.contentType());
        assertEquals(original.via(), derived.via());
        assertEquals(original.from(), derived.from());
        assertEquals(original.headers().indexOf(HeaderName.MAX_FORWARDS, 0), derived.headers().indexOf(HeaderName.MAX_FORWARDS, 0),
                "rows keep their places");

        SipRequest copy = original.toBuilder().build();
        assertEquals(original.headers(), copy.headers());
        assertArrayEquals(original.body(), copy.body());
        assertEquals(original.startLine(), copy.startLine());
    }

    /** A proxy pushes its Via on top (§16.6 step 8) and pops it from the response (§16.7 step 3). */
    @Test
    void addHeaderFirstAndRemoveFirstForVia() {
        SipRequest r = invite();
        Via mine = Via.of("UDP", "proxy.biloxi.com", -1, "z9hG4bK4b43c2ff8.1");
        SipRequest pushed = r.toBuilder().addHeaderFirst(SipHeaders.VIA, mine).build();
        List<Via> vias = pushed.via();
        assertEquals(4, vias.size());
        assertEquals(mine, vias.get(0));
        assertEquals(r.via(), vias.subList(1, 4));
        assertEquals(1, pushed.headers().indexOf(HeaderName.VIA, 0), "the new row goes before the first Via row, not first of all");
        assertEquals(3, pushed.headers().count(HeaderName.VIA));

        SipRequest popped = pushed.toBuilder().removeFirst(SipHeaders.VIA).build();
        assertEquals(r.via(), popped.via());
        // the first row holds two values: removing the top one rewrites the row
        SipRequest popped2 = popped.toBuilder().removeFirst(SipHeaders.VIA).build();
        assertEquals(r.via().subList(1, 3), popped2.via());
        assertEquals(2, popped2.headers().count(HeaderName.VIA));
        assertEquals("SIP/2.0/UDP proxy.atlanta.com;branch=z9hG4bK1", popped2.headers().value(HeaderName.VIA));
        SipRequest popped3 = popped2.toBuilder().removeFirst(SipHeaders.VIA).build();
        assertEquals(r.via().subList(2, 3), popped3.via());
        assertEquals(1, popped3.headers().count(HeaderName.VIA));
        SipRequest none = popped3.toBuilder().removeFirst(SipHeaders.VIA).removeFirst(SipHeaders.VIA).build();
        assertTrue(none.via().isEmpty());
        assertNull(none.topVia());
    }

    /** A proxy removes the Route value that names it (§16.4) and adds Record-Route (§16.6 step 4). */
    @Test
    void routeAndRecordRoute() {
        SipRequest r = invite();
        SipRequest routed = r.toBuilder().removeFirst(SipHeaders.ROUTE).build();
        assertEquals(List.of(Address.parse("<sip:p2.biloxi.com;lr>")), routed.routes());
        assertEquals("<sip:p2.biloxi.com;lr>", routed.headerValue("Route"));
        assertTrue(((SipUri) routed.routes().get(0).uri()).isLooseRouter());
        SipRequest noRoute = routed.toBuilder().removeFirst(SipHeaders.ROUTE).build();
        assertFalse(noRoute.headers().contains(HeaderName.ROUTE));

        Address rr = Address.of(SipUri.parse("sip:p1.biloxi.com").withParameter("lr", null));
        SipRequest recorded = r.toBuilder().addHeaderFirst(SipHeaders.RECORD_ROUTE, rr).build();
        assertEquals(0, recorded.headers().indexOf(HeaderName.RECORD_ROUTE, 0), "no Record-Route yet: the row goes first");
        assertEquals("<sip:p1.biloxi.com;lr>", recorded.headerValue("Record-Route"));
        Address rr2 = Address.of(SipUri.parse("sip:p0.atlanta.com;lr"));
        SipRequest recorded2 = recorded.toBuilder().addHeaderFirst(SipHeaders.RECORD_ROUTE, rr2).build();
        assertEquals(List.of(rr2, rr), recorded2.recordRoutes());
        assertEquals(List.of(rr2, rr), reparse(recorded2).recordRoutes());
    }

    // ---------------------------------------------------------------- §8.2.6 responses

    @Test
    void createResponseCopiesFromCallIdCSeqAndViaInOrder() {
        // §8.2.6.2: "The From field of the response MUST equal the From header field of the request. The Call-ID
        // header field of the response MUST equal the Call-ID header field of the request. The CSeq header field of
        // the response MUST equal the CSeq field of the request. The Via header field values in the response MUST
        // equal the Via header field values in the request and MUST maintain the same ordering."
        SipRequest r = invite();
        SipResponse ok = r.createResponse(200).build();
        assertEquals("SIP/2.0 200 OK", ok.startLine());
        assertEquals(r.headers().values(HeaderName.VIA), ok.headers().values(HeaderName.VIA), "Via rows copied as they are");
        assertEquals(r.via(), ok.via());
        assertEquals(r.from(), ok.from());
        assertEquals(r.headerValue("From"), ok.headerValue("From"));
        assertEquals(r.callId(), ok.callId());
        assertEquals(r.cseq(), ok.cseq());
        assertEquals(0, ok.contentLength());
        for (String absent : List.of("Max-Forwards", "Route", "Contact", "Content-Type", "Timestamp")) {
            assertNull(ok.headerValue(absent), absent + " is not copied");
        }
        SipResponse back = (SipResponse) reparse(ok);
        assertEquals(ok.headers(), back.headers());
        assertEquals(200, back.statusCode());
    }

    @Test
    void createResponseAddsAToTagExceptTo100() {
        // §8.2.6.2: "if the To header field in the request did not contain a tag, the URI in the To header field in the
        // response MUST equal the URI in the To header field; additionally, the UAS MUST add a tag to the To header field
        // in the response (with the exception of the 100 (Trying) response, in which a tag MAY be present)."
        SipRequest r = invite();
        SipResponse ringing = r.createResponse(180).build();
        assertNotNull(ringing.to().tag());
        assertEquals(r.to().uri(), ringing.to().uri());
        assertEquals("Bob", ringing.to().displayName());
        SipResponse ok = r.createResponse(200).build();
        assertNotEquals(ringing.to().tag(), ok.to().tag(), "fresh tags are random");
        assertEquals("a6c85cf", r.createResponse(200, "a6c85cf").build().to().tag());

        SipResponse trying = r.createResponse(100).build();
        assertNull(trying.to().tag());
        assertEquals(r.headerValue("To"), trying.headerValue("To"));
    }

    @Test
    void createResponseKeepsAnExistingToTag() {
        // §8.2.6.2: "If a request contained a To tag in the request, the To header field in the response MUST equal
        // that of the request."
        SipRequest inDialog = invite().toBuilder().header(SipHeaders.TO, Address.parse("Bob <sip:bob@biloxi.com>;tag=a6c85cf")).build();
        SipResponse ok = inDialog.createResponse(200).build();
        assertEquals("Bob <sip:bob@biloxi.com>;tag=a6c85cf", ok.headerValue("To"));
        assertEquals(inDialog.to(), ok.to());
        assertEquals("Bob <sip:bob@biloxi.com>;tag=a6c85cf", inDialog.createResponse(200, "other").build().headerValue("To"));
    }

    @Test
    void createResponseCopiesTimestampInto100Only() {
        // §8.2.6.1: "If a Timestamp header field was present in the request, it MUST be copied into this 100 (Trying)
        // response."
        SipRequest r = invite();
        assertEquals(new Timestamp("54", null), r.createResponse(100).build().header(SipHeaders.TIMESTAMP));
        assertNull(r.createResponse(180).build().header(SipHeaders.TIMESTAMP));
    }

    @Test
    void createResponseFromCompactForms() {
        SipRequest r = (SipRequest) PARSER.parse("BYE sip:alice@pc33.atlanta.com SIP/2.0\r\n"
                + "v: SIP/2.0/UDP 192.0.2.4;branch=z9hG4bKnashds10\r\n"
                + "f: Bob <sip:bob@biloxi.com>;tag=a6c85cf\r\n"
                + "t: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
                + "i: a84b4c76e66710\r\n"
                + "CSeq: 231 BYE\r\n"
                + "l: 0\r\n\r\n");
        SipResponse ok = r.createResponse(200).build();
        assertEquals(r.topVia(), ok.topVia());
        assertEquals(r.from(), ok.from());
        assertEquals(r.to(), ok.to());
        assertEquals(r.callId(), ok.callId());
        assertEquals(r.cseq(), ok.cseq());
        SipResponse back = (SipResponse) reparse(ok);
        assertEquals(ok.headers(), back.headers());
    }

    // ---------------------------------------------------------------- byte-exact output

    @Test
    void parsedMessagesAreWrittenBackByteExactly() {
        List<String> wires = List.of(INVITE,
                // odd spacing, tabs, lower-case and compact names, folded rows, a comma-separated Via row
                "OPTIONS sip:carol@chicago.com SIP/2.0\r\n"
                        + "v:SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bKhjhs8ass877 ,\r\n\tSIP/2.0/TCP p.example.com;branch=z9hG4bK2\r\n"
                        + "max-forwards :\t70\r\n"
                        + "TO:    <sip:carol@chicago.com>   \r\n"
                        + "f: Alice\r\n <sip:alice@atlanta.com>\r\n   ;tag=1928301774\r\n"
                        + "i: a84b4c76e66710\r\n"
                        + "cseq: 63104 OPTIONS\r\n"
                        + "Subject:\r\n"
                        + "X-Unknown  :  Odd   , spacing\r\n"
                        + "l: 0\r\n\r\n",
                // bare LF line endings
                "SIP/2.0 200 OK\n"
                        + "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bKnashds8\n"
                        + "To: Bob <sip:bob@biloxi.com>;tag=a6c85cf\n"
                        + "From: Alice <sip:alice@atlanta.com>;tag=1928301774\n"
                        + "Call-ID: a84b4c76e66710\n"
                        + "CSeq: 314159 INVITE\n"
                        + "Content-Length: 0\n\n",
                // a reason phrase with UTF-8 and a body
                "SIP/2.0 488 Nicht annehmbar hier – Überprüfung\r\n"
                        + "Call-ID: x@y\r\n"
                        + "Content-Length: 3\r\n\r\n"
                        + "a\u0000b");
        for (String wire : wires) {
            SipMessage m = PARSER.parse(wire);
            byte[] bytes = wire.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(bytes, m.toByteArray(), wire);
            assertEquals(wire, m.toString());
            ByteBuf out = Unpooled.buffer();
            try {
                m.writeTo(out);
                assertArrayEquals(bytes, ByteBufUtil.getBytes(out));
            } finally {
                out.release();
            }
            // the typed values are there, read from the unfolded rows
            assertNotNull(m.callId());
            SipMessage again = PARSER.parse(m.toByteArray());
            assertEquals(m.headers(), again.headers());
            assertEquals(m.via(), again.via());
        }
    }

    @Test
    void foldedAndOddlySpacedValuesAreUnfolded() {
        SipMessage m = PARSER.parse("OPTIONS sip:carol@chicago.com SIP/2.0\r\n"
                + "v:SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bKhjhs8ass877 ,\r\n\tSIP/2.0/TCP p.example.com;branch=z9hG4bK2\r\n"
                + "f: Alice\r\n <sip:alice@atlanta.com>\r\n   ;tag=1928301774\r\n"
                + "X-Unknown  :  Odd   , spacing\r\n"
                + "l: 0\r\n\r\n");
        assertEquals(2, m.via().size());
        assertEquals("p.example.com", m.via().get(1).host().text());
        assertEquals("Alice <sip:alice@atlanta.com> ;tag=1928301774", m.headerValue("From"));
        assertEquals("1928301774", m.from().tag());
        assertEquals("Alice", m.from().displayName());
        assertEquals("Odd   , spacing", m.headerValue("x-unknown"));
    }

    @Test
    void aCrOrLfInAHeaderValueIsRefusedSoNoRowCanBeInjected() {
        SipRequest.Builder b = SipRequest.builder(Methods.OPTIONS, Uri.parse("sip:bob@biloxi.com"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> b.header("Subject", "hi\r\nVia: SIP/2.0/UDP evil.example.com"));
        assertEquals("Subject: CR or LF in a header value", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> b.addHeader("X-A", "a\nb"));
        assertNull(b.build().headerValue("Subject"));
    }
}
