package io.sipspec.tester;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.sipspec.parser.SipStreamDecoder;
import java.util.ArrayList;
import java.util.List;

/**
 * The message layer's §18.3 stream framing ({@link SipStreamDecoder}) for one TCP connection of a peer, driven
 * directly by the peer's reader thread (an embedded channel: no event loop, no transaction layer). After a
 * malformed message the decoder discards the rest of the stream, as the stack does.
 */
final class StreamFraming {

    private final EmbeddedChannel channel = new EmbeddedChannel(new SipStreamDecoder());

    /** The messages (SipMessage or MalformedSipMessage) that these bytes complete, in order. */
    List<Object> feed(byte[] bytes, int length) {
        channel.writeInbound(Unpooled.copiedBuffer(bytes, 0, length));
        List<Object> out = new ArrayList<>();
        for (Object o = channel.readInbound(); o != null; o = channel.readInbound()) {
            out.add(o);
        }
        return out;
    }

    void close() {
        channel.finishAndReleaseAll();
    }
}
