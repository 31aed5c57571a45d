package io.sipspec.parser;

import static io.sipspec.parser.Samples.ascii;
import static io.sipspec.parser.Samples.assertSameMessage;
import static io.sipspec.parser.Samples.bytes;
import static io.sipspec.parser.Samples.concat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stream decoder (RFC 3261 §18.3) through Netty's EmbeddedChannel: every sample split at every offset, byte by
 * byte, several messages per read, keep-alives, limits and garbage.
 */
class SipStreamDecoderTest {

    private static final SipMessageParser PARSER = new SipMessageParser();

    /** Feeds each chunk as its own read and returns everything the decoder emitted. */
    private static List<Object> decode(SipStreamDecoder decoder, byte[]... chunks) {
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        List<Object> out = new ArrayList<>();
        for (byte[] chunk : chunks) {
            channel.writeInbound(Unpooled.wrappedBuffer(chunk));
            channel.checkException();
            drain(channel, out);
        }
        channel.finish();
        drain(channel, out);
        return out;
    }

    private static List<Object> decode(byte[]... chunks) {
        return decode(new SipStreamDecoder(), chunks);
    }

    private static void drain(EmbeddedChannel channel, List<Object> out) {
        for (Object o = channel.readInbound(); o != null; o = channel.readInbound()) {
            out.add(o);
        }
    }

    private static byte[][] byteByByte(byte[] bytes) {
        byte[][] chunks = new byte[bytes.length][];
        for (int i = 0; i < bytes.length; i++) {
            chunks[i] = new byte[] {bytes[i]};
        }
        return chunks;
    }

    private static MalformedSipMessage malformed(Object o) {
        return assertInstanceOf(MalformedSipMessage.class, o, () -> "expected a malformed message, got " + o);
    }

    // ---------------------------------------------------------------- splitting

    @ParameterizedTest
    @FieldSource("io.sipspec.parser.Samples#WITH_CONTENT_LENGTH")
    void sampleDecodesTheSameWhenSplitAtEveryOffset(String sample) {
        byte[] wire = bytes(sample);
        SipMessage expected = PARSER.parse(wire);
        assertArrayEquals(wire, expected.toByteArray());
        for (int split = 0; split <= wire.length; split++) {
            List<Object> out = decode(Arrays.copyOfRange(wire, 0, split), Arrays.copyOfRange(wire, split, wire.length));
            assertEquals(1, out.size(), "split at " + split);
            assertSameMessage(expected, out.get(0));
        }
    }

    @ParameterizedTest
    @FieldSource("io.sipspec.parser.Samples#WITH_CONTENT_LENGTH")
    void sampleDecodesTheSameFedByteByByte(String sample) {
        byte[] wire = bytes(sample);
        List<Object> out = decode(byteByByte(wire));
        assertEquals(1, out.size());
        assertSameMessage(PARSER.parse(wire), out.get(0));
    }

    @Test
    void foldedHeadersAndCompactFormsAreUnfoldedAndNamedCanonically() {
        SipMessage m = (SipMessage) decode(bytes("folded-compact.sip")).get(0);
        // RFC 3261 §7.3.1: "For the purpose of parsing, a line fold is equivalent to a single SP"... the Subject
        // row spans three lines.
        assertEquals("I know you're there, pull up the receiver and answer", m.headerValue(HeaderName.SUBJECT));
        assertEquals("SIP/2.0/TCP pc33.atlanta.example.com ;branch=z9hG4bKhjhs8ass877", m.headerValue(HeaderName.VIA));
        assertEquals("z9hG4bKhjhs8ass877", m.topVia().branch());
        assertEquals("a84b4c76e66710", m.callId());
        assertEquals(0, m.contentLength());
        assertEquals(new HeaderField(HeaderName.ACCEPT, "application/sdp"), m.headers().get(7));
        assertEquals(10, m.headers().size());
    }

    @Test
    void binaryBodyWithABlankLineInsideIsFramedByContentLength() {
        byte[] wire = bytes("binary-body.sip");
        SipMessage m = (SipMessage) decode(wire).get(0);
        assertEquals(m.contentLength(), m.bodyLength());
        assertEquals(0, m.body()[0]);
        assertEquals((byte) 0xFF, m.body()[255]);
        assertEquals(0, m.body()[m.bodyLength() - 1]);
    }

    @Test
    void severalMessagesInOneReadAndSplitAtEveryOffsetOfTheirConcatenation() {
        List<SipMessage> expected = new ArrayList<>();
        byte[] all = new byte[0];
        for (String sample : Samples.WITH_CONTENT_LENGTH) {
            expected.add(PARSER.parse(bytes(sample)));
            all = concat(all, bytes(sample));
        }
        assertMessages(expected, decode(all));
        for (int split = 0; split <= all.length; split++) {
            assertMessages(expected, decode(Arrays.copyOfRange(all, 0, split), Arrays.copyOfRange(all, split, all.length)));
        }
        assertMessages(expected, decode(byteByByte(all)));
    }

    private static void assertMessages(List<SipMessage> expected, List<Object> out) {
        assertEquals(expected.size(), out.size(), () -> "decoded " + out);
        for (int i = 0; i < expected.size(); i++) {
            assertSameMessage(expected.get(i), out.get(i));
        }
    }

    @Test
    void keepAliveCrlfBeforeAndBetweenMessagesAreSkipped() {
        // RFC 3261 §7.5: "Implementations processing SIP messages over stream-oriented transports MUST ignore any
        // CRLF appearing before the start-line [H4.1]."
        byte[] invite = bytes("invite-with-body.sip");
        byte[] ringing = bytes("response-without-body.sip");
        byte[] wire = concat(ascii("\r\n\r\n"), invite, ascii("\r\n\r\n\r\n"), ringing, ascii("\r\n\r\n"), ascii("\r\n"));
        List<SipMessage> expected = List.of(PARSER.parse(invite), PARSER.parse(ringing));
        for (int split = 0; split <= wire.length; split++) {
            assertMessages(expected, decode(Arrays.copyOfRange(wire, 0, split), Arrays.copyOfRange(wire, split, wire.length)));
        }
        assertEquals(List.of(), decode(ascii("\r\n\r\n"), ascii("\r\n")));
    }

    // ---------------------------------------------------------------- framing errors

    @Test
    void missingContentLengthIsA400NamingSection18_3AndNothingMoreIsDecoded() {
        byte[] head = ascii("OPTIONS sip:carol@chicago.example.com SIP/2.0\r\nCall-ID: x1\r\nCSeq: 1 OPTIONS\r\n\r\n");
        byte[] ringing = bytes("response-without-body.sip");
        byte[] wire = concat(head, ringing);
        for (int split = 0; split <= wire.length; split++) {
            List<Object> out = decode(Arrays.copyOfRange(wire, 0, split), Arrays.copyOfRange(wire, split, wire.length));
            assertEquals(1, out.size(), "split at " + split);
            MalformedSipMessage bad = malformed(out.get(0));
            assertEquals(400, bad.cause().status());
            assertTrue(bad.cause().reason().contains("§18.3"), bad.cause().reason());
            assertEquals(head.length, bad.cause().position());
            assertArrayEquals(head, bad.raw());
            assertEquals("OPTIONS sip:carol@chicago.example.com SIP/2.0", bad.cause().startLine());
            assertEquals(List.of(HeaderField.of("Call-ID", "x1"), HeaderField.of("CSeq", "1 OPTIONS")), bad.headers());
            assertTrue(bad.decoderResult().isFailure());
            assertEquals(bad.cause(), bad.decoderResult().cause());
        }
    }

    @Test
    void malformedStartLineReportsTheOffendingByteAndNothingMoreIsDecoded() {
        byte[] bad = ascii("INVITE  sip:bob@biloxi.example.com SIP/2.0\r\nContent-Length: 0\r\n\r\n");
        byte[] ringing = bytes("response-without-body.sip");
        List<Object> out = decode(concat(bad, ringing));
        assertEquals(1, out.size());
        MalformedSipMessage m = malformed(out.get(0));
        assertEquals(400, m.cause().status());
        assertEquals(7, m.cause().position());
        assertEquals("expected Request-URI after a single SP", m.cause().reason());
        assertEquals(' ', m.raw()[m.cause().position()]);

        MalformedSipMessage version = malformed(decode(ascii("SIP/2.0 20x OK\r\nContent-Length: 0\r\n\r\n")).get(0));
        assertEquals(10, version.cause().position());
        assertEquals('x', version.raw()[version.cause().position()]);
        assertEquals("Status-Code must be three digits", version.cause().reason());
    }

    @Test
    void malformedHeaderLineIsReportedAtItsByteAndNothingMoreIsDecoded() {
        byte[] bad = ascii("SIP/2.0 200 OK\r\nCSeq: 1 INVITE\r\nNo colon here\r\nContent-Length: 0\r\n\r\n");
        List<Object> out = decode(concat(bad, bytes("invite-with-body.sip")));
        assertEquals(1, out.size());
        MalformedSipMessage m = malformed(out.get(0));
        assertEquals(400, m.cause().status());
        assertEquals("expected ':' after header name", m.cause().reason());
        assertEquals(bad.length - "colon here\r\nContent-Length: 0\r\n\r\n".length(), m.cause().position());
        assertEquals('c', m.raw()[m.cause().position()]);
        assertEquals(List.of(HeaderField.of("CSeq", "1 INVITE")), m.headers());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Length: abc", "Content-Length: -40", "Content-Length: 0\r\nl: 40"})
    void unreadableContentLengthIs400AndEndsTheConnection(String rows) {
        // RFC 3261 §18.3: "The Content-Length header field MUST be used with stream oriented transports." Without a
        // readable one the body cannot be framed: whatever follows must not be taken for a message (here a request
        // hidden in the body).
        byte[] head = ascii("MESSAGE sip:a@b.example SIP/2.0\r\nCall-ID: 9\r\n" + rows + "\r\n\r\n");
        for (int split = 0; split <= head.length + 20; split += 7) {
            byte[] wire = concat(head, bytes("invite-with-body.sip"));
            List<Object> out = decode(Arrays.copyOfRange(wire, 0, split), Arrays.copyOfRange(wire, split, wire.length));
            assertEquals(1, out.size(), () -> "decoded " + out);
            MalformedSipMessage m = malformed(out.get(0));
            assertEquals(400, m.cause().status());
            assertTrue(m.cause().reason().contains("Content-Length"), m.cause().reason());
            assertArrayEquals(head, m.raw());
        }
    }

    // ---------------------------------------------------------------- limits

    private static final SipLimits SMALL = new SipLimits(1024, 16, 100);

    /** A request head of exactly {@code size} bytes, blank line included. */
    private static byte[] headOfSize(int size) {
        String start = "OPTIONS sip:carol@chicago.example.com SIP/2.0\r\nContent-Length: 0\r\nSubject: ";
        String end = "\r\n\r\n";
        return ascii(start + "x".repeat(size - start.length() - end.length()) + end);
    }

    @Test
    void headOfExactlyMaxHeadBytesDecodes() {
        byte[] head = headOfSize(SMALL.maxHeadBytes());
        assertEquals(1024, head.length);
        List<Object> out = decode(new SipStreamDecoder(SMALL), head);
        assertEquals(1, out.size());
        assertSameMessage(PARSER.parse(head), out.get(0));
    }

    @Test
    void headOneByteOverMaxHeadBytesIs513AndEndsTheConnection() {
        for (int over = 1; over <= 6; over++) {
            byte[] head = headOfSize(SMALL.maxHeadBytes() + over);
            List<Object> out = decode(new SipStreamDecoder(SMALL), head, bytes("response-without-body.sip"));
            assertEquals(1, out.size(), "head of max + " + over + " bytes: " + out);
            MalformedSipMessage m = malformed(out.get(0));
            assertEquals(513, m.cause().status());
            assertEquals(SMALL.maxHeadBytes(), m.cause().position());
        }
    }

    @Test
    void endlessHeadIsCutOffAtTheLimitWithoutBufferingMore() {
        EmbeddedChannel channel = new EmbeddedChannel(new SipStreamDecoder(SMALL));
        byte[] endless = ascii("OPTIONS sip:carol@chicago.example.com SIP/2.0\r\n" + "X-Filler: abcdefgh\r\n".repeat(200));
        List<ByteBuf> fed = new ArrayList<>();
        int limit = SMALL.maxHeadBytes();
        for (int i = 0; i <= limit; i++) {
            ByteBuf one = Unpooled.wrappedBuffer(endless, i, 1);
            fed.add(one);
            channel.writeInbound(one);
            Object o = channel.readInbound();
            if (i < limit) {
                assertNull(o, "emitted after " + (i + 1) + " bytes");
            } else {
                // The byte past the limit is the one that fails the message: nothing more was buffered.
                MalformedSipMessage m = malformed(o);
                assertEquals(513, m.cause().status());
                assertEquals(limit, m.cause().position());
                assertTrue(m.raw().length <= limit + 1);
            }
        }
        for (ByteBuf b : fed) {
            assertEquals(0, b.refCnt(), "the decoder still holds input after failing");
        }
        // Nothing more is decoded from that connection, however much arrives, and none of it is kept.
        for (int i = 0; i < 200; i++) {
            ByteBuf more = Unpooled.wrappedBuffer(bytes("invite-with-body.sip"));
            channel.writeInbound(more);
            assertEquals(0, more.refCnt());
        }
        assertNull(channel.readInbound());
        channel.checkException();
        channel.finish();
        assertNull(channel.readInbound());
    }

    @Test
    void bodyLargerThanMaxBodyBytesIs413AndEndsTheConnection() {
        byte[] atLimit = ascii("MESSAGE sip:a@b.example SIP/2.0\r\nContent-Length: 100\r\n\r\n" + "b".repeat(100));
        List<Object> ok = decode(new SipStreamDecoder(SMALL), atLimit);
        assertEquals(1, ok.size());
        assertEquals(100, ((SipMessage) ok.get(0)).bodyLength());

        byte[] head = ascii("MESSAGE sip:a@b.example SIP/2.0\r\nContent-Length: 101\r\n\r\n");
        List<Object> out = decode(new SipStreamDecoder(SMALL), head, ascii("b".repeat(101)), atLimit);
        assertEquals(1, out.size());
        MalformedSipMessage m = malformed(out.get(0));
        assertEquals(413, m.cause().status());
        assertEquals(head.length, m.cause().position());
        assertArrayEquals(head, m.raw());
    }

    @Test
    void tooManyHeaderFieldsIs513AtTheFirstRowOverTheLimit() {
        StringBuilder b = new StringBuilder("OPTIONS sip:carol@chicago.example.com SIP/2.0\r\nContent-Length: 0\r\n");
        for (int i = 1; i < SMALL.maxHeaderCount(); i++) {
            b.append("X-N: ").append(i % 10).append("\r\n");
        }
        String atLimit = b + "\r\n";
        assertInstanceOf(SipMessage.class, decode(new SipStreamDecoder(SMALL), ascii(atLimit)).get(0));

        String over = b + "X-Last: 1\r\n\r\n";
        MalformedSipMessage m = malformed(decode(new SipStreamDecoder(SMALL), ascii(over)).get(0));
        assertEquals(513, m.cause().status());
        assertEquals(over.indexOf("X-Last"), m.cause().position());
        assertEquals(SMALL.maxHeaderCount(), m.headers().size());
    }

    // ---------------------------------------------------------------- garbage

    /** Random bytes and randomly damaged samples, fed in random chunks, never throw and yield only results. */
    @Test
    void garbageNeverThrowsAndYieldsOnlyMessagesOrMalformedMessages() {
        Random random = new Random(3261);
        List<byte[]> samples = new ArrayList<>();
        for (String s : Samples.WITH_CONTENT_LENGTH) {
            samples.add(bytes(s));
        }
        int messages = 0;
        int malformed = 0;
        for (int round = 0; round < 600; round++) {
            byte[] input;
            if (round % 3 == 0) {
                input = new byte[random.nextInt(2000)];
                random.nextBytes(input);
            } else {
                input = damage(samples.get(random.nextInt(samples.size())), random);
            }
            List<byte[]> chunks = new ArrayList<>();
            for (int at = 0; at < input.length; ) {
                int n = Math.min(input.length - at, 1 + random.nextInt(64));
                chunks.add(Arrays.copyOfRange(input, at, at + n));
                at += n;
            }
            for (Object o : decode(new SipStreamDecoder(SMALL), chunks.toArray(byte[][]::new))) {
                if (o instanceof SipMessage m) {
                    messages++;
                    assertReDecodes(m);
                } else {
                    malformed++;
                    assertNotEquals(500, malformed(o).cause().status(), () -> "internal error on " + o);
                }
            }
        }
        assertTrue(messages > 0 && malformed > 0, messages + " messages, " + malformed + " malformed");
    }

    /** Flips, inserts or deletes a few bytes, with a bias to the bytes that matter to framing. */
    private static byte[] damage(byte[] sample, Random random) {
        byte[] special = ascii("\r\n :\t0l");
        List<Byte> b = new ArrayList<>(sample.length + 8);
        for (byte x : sample) {
            b.add(x);
        }
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !b.isEmpty(); e++) {
            int at = random.nextInt(b.size());
            byte v = random.nextBoolean() ? special[random.nextInt(special.length)] : (byte) random.nextInt(256);
            switch (random.nextInt(3)) {
                case 0 -> b.set(at, v);
                case 1 -> b.add(at, v);
                default -> b.remove(at);
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    /** A message the decoder accepted decodes again, alone, to the same message. */
    private static void assertReDecodes(SipMessage m) {
        List<Object> again = decode(m.toByteArray());
        assertEquals(1, again.size());
        assertSameMessage(m, again.get(0));
    }

    @Property(tries = 100)
    void anyBytesSplitAnywhereNeverThrow(@ForAll @Size(max = 512) byte[] bytes, @ForAll int seed) {
        int split = Math.floorMod(seed, bytes.length + 1);
        List<Object> out = decode(new SipStreamDecoder(SMALL),
                Arrays.copyOfRange(bytes, 0, split), Arrays.copyOfRange(bytes, split, bytes.length));
        for (Object o : out) {
            assertTrue(o instanceof SipMessage || o instanceof MalformedSipMessage, () -> "emitted " + o);
        }
        assertEquals(summary(decode(new SipStreamDecoder(SMALL), bytes)), summary(out));
    }

    /** What a decoder emitted, comparable across runs: wire text of messages, status and position of errors. */
    private static List<String> summary(List<Object> out) {
        List<String> s = new ArrayList<>();
        for (Object o : out) {
            s.add(o instanceof MalformedSipMessage m
                    ? m.cause().status() + "@" + m.cause().position() + " " + m.cause().reason()
                    : Arrays.toString(((SipMessage) o).toByteArray()));
        }
        return s;
    }

    @Test
    void responseFieldsSurviveTheDecoder() {
        SipResponse r = assertInstanceOf(SipResponse.class, decode(bytes("response-without-body.sip")).get(0));
        assertEquals(180, r.statusCode());
        assertEquals("Ringing", r.reasonPhrase());
        assertEquals(0, r.bodyLength());
        assertEquals("a6c85cf", r.to().tag());
    }
}
