package io.sipspec.parser;

import static io.sipspec.parser.Samples.ascii;
import static io.sipspec.parser.Samples.assertSameMessage;
import static io.sipspec.parser.Samples.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The encoder writes a message's exact bytes; decode -> encode -> decode through EmbeddedChannels changes nothing. */
class SipMessageEncoderTest {

    /** The bytes the encoder writes for {@code message}. */
    private static byte[] encode(Object message) {
        EmbeddedChannel channel = new EmbeddedChannel(new SipMessageEncoder());
        channel.writeOutbound(message);
        channel.checkException();
        ByteBuf out = channel.readOutbound();
        assertNull(channel.readOutbound());
        assertFalse(channel.finish());
        try {
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }

    private static SipMessage decodeOne(byte[] wire) {
        EmbeddedChannel channel = new EmbeddedChannel(new SipStreamDecoder());
        channel.writeInbound(Unpooled.wrappedBuffer(wire));
        channel.checkException();
        SipMessage m = assertInstanceOf(SipMessage.class, channel.readInbound());
        assertNull(channel.readInbound());
        assertFalse(channel.finish());
        return m;
    }

    @Test
    void builtRequestIsWrittenExactly() {
        SipRequest r = SipRequest.builder("OPTIONS", Uri.parse("sip:carol@chicago.example.com"))
                .addHeader(HeaderName.VIA, "SIP/2.0/TCP pc33.atlanta.example.com;branch=z9hG4bKhjhs8ass877")
                .addHeader(HeaderName.MAX_FORWARDS, "70")
                .addHeader(HeaderName.CALL_ID, "a84b4c76e66710")
                .addHeader(HeaderName.CSEQ, "63104 OPTIONS")
                .body("text/plain", "hi")
                .build();
        String expected = "OPTIONS sip:carol@chicago.example.com SIP/2.0\r\n"
                + "Via: SIP/2.0/TCP pc33.atlanta.example.com;branch=z9hG4bKhjhs8ass877\r\n"
                + "Max-Forwards: 70\r\n"
                + "Call-ID: a84b4c76e66710\r\n"
                + "CSeq: 63104 OPTIONS\r\n"
                + "Content-Type: text/plain\r\n"
                + "Content-Length: 2\r\n"
                + "\r\n"
                + "hi";
        assertEquals(expected, new String(encode(r), StandardCharsets.UTF_8));
    }

    @Test
    void builtResponseIsWrittenExactly() {
        SipResponse r = SipResponse.builder(404).addHeader(HeaderName.CALL_ID, "x").build();
        assertArrayEquals(ascii("SIP/2.0 404 Not Found\r\nCall-ID: x\r\nContent-Length: 0\r\n\r\n"), encode(r));
    }

    @ParameterizedTest
    @FieldSource("io.sipspec.parser.Samples#WITH_CONTENT_LENGTH")
    void decodeEncodeDecodeKeepsEveryByte(String sample) {
        byte[] wire = bytes(sample);
        SipMessage first = decodeOne(wire);
        byte[] encoded = encode(first);
        assertArrayEquals(wire, encoded);
        assertSameMessage(first, decodeOne(encoded));
    }

    @Test
    void encoderChannelFeedsADecoderChannelSplitAtEveryOffset() {
        EmbeddedChannel encoder = new EmbeddedChannel(new SipMessageEncoder());
        SipMessage invite = decodeOne(bytes("invite-with-body.sip"));
        SipMessage ringing = decodeOne(bytes("response-without-body.sip"));
        encoder.writeOutbound(invite, ringing);
        ByteBuf a = encoder.readOutbound();
        ByteBuf b = encoder.readOutbound();
        byte[] stream = Samples.concat(ByteBufUtil.getBytes(a), ByteBufUtil.getBytes(b));
        a.release();
        b.release();
        for (int split = 0; split <= stream.length; split++) {
            EmbeddedChannel decoder = new EmbeddedChannel(new SipStreamDecoder());
            decoder.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(stream, 0, split)));
            decoder.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(stream, split, stream.length)));
            decoder.checkException();
            assertSameMessage(invite, decoder.readInbound());
            assertSameMessage(ringing, decoder.readInbound());
            assertNull(decoder.readInbound());
        }
    }

    @Test
    void otherMessagesPassThrough() {
        EmbeddedChannel channel = new EmbeddedChannel(new SipMessageEncoder());
        channel.writeOutbound("not a SIP message");
        assertEquals("not a SIP message", channel.readOutbound());
    }
}
