package io.sipspec.tester;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.sipspec.parser.SipStreamDecoder;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The message layer's §18.3 stream framing ({@link SipStreamDecoder}) for one TCP connection of a peer, driven
 * directly by the peer's reader thread (an embedded channel: no event loop, no transaction layer). After a
 * malformed message the decoder discards the rest of the stream, as the stack does.
 */
final class StreamFraming {

    /** How many unframed bytes are kept for reports. */
    static final int KEPT = 200;

    private final EmbeddedChannel channel = new EmbeddedChannel(new SipStreamDecoder());
    private final ByteArrayOutputStream unframedHead = new ByteArrayOutputStream();
    private long unframed;

    /** The messages (SipMessage or MalformedSipMessage) that these bytes complete, in order. */
    List<Object> feed(byte[] bytes, int length) {
        channel.writeInbound(Unpooled.copiedBuffer(bytes, 0, length));
        List<Object> out = new ArrayList<>();
        for (Object o = channel.readInbound(); o != null; o = channel.readInbound()) {
            out.add(o);
        }
        if (out.isEmpty()) {
            unframedHead.write(bytes, 0, (int) Math.min(length, Math.max(0, KEPT - unframed)));
            unframed += length;
        } else {
            // What follows the last message in this read starts the next one: counted from the next read on.
            unframedHead.reset();
            unframed = 0;
        }
        return out;
    }

    /** How many bytes arrived since the last read that completed a message. */
    long unframed() {
        return unframed;
    }

    /** The first {@link #KEPT} of those bytes. */
    byte[] unframedHead() {
        return unframedHead.toByteArray();
    }

    void close() {
        channel.finishAndReleaseAll();
    }
}
