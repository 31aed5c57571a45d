package io.sipspec.parser;

import static io.sipspec.parser.Samples.ascii;
import static io.sipspec.parser.Samples.assertSameMessage;
import static io.sipspec.parser.Samples.bytes;
import static io.sipspec.parser.Samples.concat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.AddressedEnvelope;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The datagram decoder (RFC 3261 §18.3, one message per datagram) through Netty's EmbeddedChannel. */
class SipDatagramDecoderTest {

    private static final InetSocketAddress SENDER = new InetSocketAddress("192.0.2.1", 5060);
    private static final InetSocketAddress RECIPIENT = new InetSocketAddress("192.0.2.4", 5070);
    private static final SipMessageParser PARSER = new SipMessageParser();

    /** What the decoder emits for one datagram, or null when it emits nothing. */
    @SuppressWarnings("unchecked")
    private static AddressedEnvelope<Object, InetSocketAddress> decode(SipDatagramDecoder decoder, byte[] datagram) {
        EmbeddedChannel channel = new EmbeddedChannel(decoder);
        DatagramPacket packet = new DatagramPacket(Unpooled.buffer(datagram.length).writeBytes(datagram), RECIPIENT, SENDER);
        channel.writeInbound(packet);
        channel.checkException();
        assertEquals(0, packet.refCnt(), "the decoder keeps the datagram");
        Object out = channel.readInbound();
        assertNull(channel.readInbound(), "more than one result for one datagram");
        assertFalse(channel.finish());
        return (AddressedEnvelope<Object, InetSocketAddress>) out;
    }

    private static Object content(byte[] datagram) {
        AddressedEnvelope<Object, InetSocketAddress> e = decode(new SipDatagramDecoder(), datagram);
        assertEquals(SENDER, e.sender());
        assertEquals(RECIPIENT, e.recipient());
        return e.content();
    }

    private static MalformedSipMessage malformed(byte[] datagram) {
        Object o = content(datagram);
        return assertInstanceOf(MalformedSipMessage.class, o, () -> "expected a malformed message, got " + o);
    }

    @ParameterizedTest
    @FieldSource("io.sipspec.parser.Samples#WITH_CONTENT_LENGTH")
    void eachSampleIsOneMessageAddressedFromItsSender(String sample) {
        byte[] wire = bytes(sample);
        Object o = content(wire);
        assertSameMessage(PARSER.parse(wire), o);
        assertArrayEquals(wire, ((SipMessage) o).toByteArray());
    }

    @Test
    void withoutContentLengthTheBodyIsTheRestOfTheDatagram() {
        // RFC 3261 §18.3: "If the message has no Content-Length header field, the message body is assumed to end at
        // the end of the transport packet."
        byte[] wire = bytes("udp-without-content-length.sip");
        SipMessage m = assertInstanceOf(SipMessage.class, content(wire));
        assertEquals(-1, m.contentLength());
        assertEquals("Watson, come here.\r\nI want to see you — ☎\r\n", m.bodyText());
        assertArrayEquals(wire, m.toByteArray());
        assertEquals("text/plain;charset=UTF-8", m.headerValue(HeaderName.CONTENT_TYPE));
    }

    @Test
    void bytesBeyondContentLengthAreDiscarded() {
        // RFC 3261 §18.3: "If there are additional bytes in the transport packet beyond the end of the body, they
        // MUST be discarded."
        byte[] wire = bytes("invite-with-body.sip");
        SipMessage m = assertInstanceOf(SipMessage.class, content(concat(wire, ascii("trailing junk\r\n\r\n"))));
        assertArrayEquals(wire, m.toByteArray());
        assertEquals(m.contentLength(), m.bodyLength());
    }

    @Test
    void contentLengthLargerThanTheDatagramIs400() {
        // RFC 3261 §18.3: "If the transport packet ends before the end of the message body, this is considered an
        // error. If the message is a response, it MUST be discarded. If the message is a request, the element
        // SHOULD generate a 400 (Bad Request) response."
        byte[] wire = bytes("invite-with-body.sip");
        byte[] truncated = Arrays.copyOf(wire, wire.length - 1);
        MalformedSipMessage m = malformed(truncated);
        assertEquals(400, m.cause().status());
        int bodyStart = new String(wire, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;
        assertEquals(bodyStart, m.cause().position());
        assertArrayEquals(truncated, m.raw());
        assertEquals("INVITE sip:bob@biloxi.example.com SIP/2.0", m.cause().startLine());
        assertEquals(9, m.headers().size(), "the header rows stay available to build the 400");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n\r\n", "\r\n", "\n", "\r\n\r\n\r\n\r\n", ""})
    void keepAliveDatagramsAreDropped(String keepAlive) {
        assertNull(decode(new SipDatagramDecoder(), ascii(keepAlive)));
    }

    @Test
    void keepAliveBytesBeforeAMessageAreNotPartOfIt() {
        // RFC 3261 §7.5 says so of streams; a datagram holding CRLF and then a message is read the same way.
        byte[] wire = bytes("response-without-body.sip");
        assertSameMessage(PARSER.parse(wire), content(concat(ascii("\r\n\r\n"), wire)));
    }

    @Test
    void errorPositionsIndexTheReportedBytesEvenAfterLeadingCrlf() {
        MalformedSipMessage m = malformed(ascii("\r\n\r\nINVITE  sip:bob@biloxi.example.com SIP/2.0\r\n\r\n"));
        assertEquals(7, m.cause().position());
        assertEquals(' ', m.raw()[m.cause().position()]);
        assertEquals('I', m.raw()[0]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # what                      | datagram (\\r and \\n escaped)                                      | position | reason
            two SP after Method         | INVITE  sip:a@b.example SIP/2.0\\r\\n\\r\\n                          | 7        | expected Request-URI after a single SP
            no SIP-Version              | INVITE sip:a@b.example\\r\\n\\r\\n                                   | 22       | expected SP after Request-URI
            lower-case garbage          | hello\\r\\n\\r\\n                                                     | 5        | expected SP after Method
            status code of two digits   | SIP/2.0 20 OK\\r\\n\\r\\n                                             | 10       | Status-Code must be three digits
            status code of four digits  | SIP/2.0 2000 OK\\r\\n\\r\\n                                           | 11       | Status-Code must be three digits
            no blank line               | OPTIONS sip:a@b.example SIP/2.0\\r\\nCall-ID: 1\\r\\n                  | 45       | message ends before the blank line that ends the header fields
            no line end at all          | OPTIONS sip:a@b.example SIP/2.0                                    | 31       | no end of start line
            missing colon               | OPTIONS sip:a@b.example SIP/2.0\\r\\nCall-ID 1\\r\\n\\r\\n              | 41       | expected ':' after header name
            header line starts with SP  | OPTIONS sip:a@b.example SIP/2.0\\r\\n Call-ID: 1\\r\\n\\r\\n            | 33       | header line starts with white space
            NUL in a value              | OPTIONS sip:a@b.example SIP/2.0\\r\\nCall-ID: 1\\u0000\\r\\n\\r\\n       | 43       | control character 0x00 in header value
            """)
    void malformedDatagramsAreReportedWithTheOffendingByte(String what, String escaped, int position, String reason) {
        byte[] datagram = ascii(escaped.replace("\\r", "\r").replace("\\n", "\n").replace("\\u0000", "\0"));
        MalformedSipMessage m = malformed(datagram);
        assertEquals(reason, m.cause().reason(), what);
        assertEquals(position, m.cause().position(), what);
        assertEquals(400, m.cause().status(), what);
        assertTrue(m.decoderResult().isFailure());
        assertArrayEquals(datagram, m.raw());
    }

    @Test
    void headOverTheLimitIs513AndABodyIsBoundedOnlyByTheDatagram() {
        SipLimits limits = new SipLimits(128, 256, 16);
        byte[] big = ascii("MESSAGE sip:a@b.example SIP/2.0\r\nSubject: " + "s".repeat(128) + "\r\n\r\n");
        Object o = decode(new SipDatagramDecoder(limits), big).content();
        MalformedSipMessage m = assertInstanceOf(MalformedSipMessage.class, o);
        assertEquals(513, m.cause().status());
        assertEquals(128, m.cause().position());

        byte[] longBody = ascii("MESSAGE sip:a@b.example SIP/2.0\r\n\r\n" + "b".repeat(1000));
        SipMessage ok = assertInstanceOf(SipMessage.class, decode(new SipDatagramDecoder(limits), longBody).content());
        assertEquals(1000, ok.bodyLength());
    }

    @Test
    void randomDatagramsNeverThrowAndYieldOneResultEach() {
        Random random = new Random(18_3);
        byte[] sample = bytes("invite-with-body.sip");
        int malformed = 0;
        for (int round = 0; round < 500; round++) {
            byte[] datagram;
            if (round % 2 == 0) {
                datagram = new byte[1 + random.nextInt(1500)];
                random.nextBytes(datagram);
            } else {
                datagram = sample.clone();
                for (int e = 0; e < 3; e++) {
                    datagram[random.nextInt(datagram.length)] = (byte) random.nextInt(256);
                }
            }
            AddressedEnvelope<Object, InetSocketAddress> env = decode(new SipDatagramDecoder(), datagram);
            if (env == null) {
                continue;
            }
            if (env.content() instanceof MalformedSipMessage m) {
                malformed++;
                assertNotEquals(500, m.cause().status(), () -> "internal error: " + m);
                assertTrue(m.cause().position() >= 0 && m.cause().position() <= m.raw().length, m::toString);
            } else {
                assertInstanceOf(SipMessage.class, env.content());
            }
        }
        assertTrue(malformed > 0);
    }

    @Test
    void otherMessagesPassThrough() {
        EmbeddedChannel channel = new EmbeddedChannel(new SipDatagramDecoder());
        channel.writeInbound("not a datagram");
        assertEquals("not a datagram", channel.readInbound());
        assertFalse(channel.finish());
    }
}
