package io.sipspec.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** §18.3 framing of a reassembled stream, fed split at every offset. */
class SipStreamFramerTest {

    private final List<String> messages = new ArrayList<>();
    private long skipped;
    private final SipStreamFramer framer = new SipStreamFramer(new SipStreamFramer.Sink() {
        @Override
        public void message(byte[] bytes, int offset, int length) {
            messages.add(new String(bytes, offset, length, StandardCharsets.UTF_8));
        }

        @Override
        public void skipped(long bytes, String why) {
            skipped += bytes;
        }
    });

    private static final String COMPACT = "SIP/2.0 200 OK\r\nv: SIP/2.0/TCP h;branch=z9hG4bK1\r\ni: x\r\nl : 3\r\n\r\nabc";

    @Test
    void everySplitGivesTheSameMessages() {
        String stream = TestFrames.request(1) + "\r\n" + COMPACT + TestFrames.request(2);
        byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= bytes.length; cut++) {
            messages.clear();
            SipStreamFramer f = new SipStreamFramer(sink());
            f.feed(bytes, 0, cut);
            f.feed(bytes, cut, bytes.length - cut);
            assertEquals(List.of(TestFrames.request(1), COMPACT, TestFrames.request(2)), messages, "split at " + cut);
        }
    }

    @Test
    void byteByByte() {
        byte[] bytes = (TestFrames.request(7) + COMPACT).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            framer.feed(bytes, i, 1);
        }
        assertEquals(List.of(TestFrames.request(7), COMPACT), messages);
        assertEquals(0, skipped);
    }

    @Test
    void garbageBeforeAMessageIsSkippedAndCounted() {
        byte[] bytes = ("\u0016\u0003\u0001 binary junk\r\nmore junk\r\n" + COMPACT).getBytes(StandardCharsets.ISO_8859_1);
        framer.feed(bytes, 0, bytes.length);
        assertEquals(List.of(COMPACT), messages);
        assertEquals(bytes.length - COMPACT.length(), skipped);
    }

    @Test
    void anUnreadableContentLengthLosesThatMessageOnly() {
        String bad = "SIP/2.0 200 OK\r\nContent-Length: many\r\n\r\n";
        byte[] bytes = (bad + COMPACT).getBytes(StandardCharsets.UTF_8);
        framer.feed(bytes, 0, bytes.length);
        assertEquals(List.of(COMPACT), messages);
        assertEquals(bad.length(), skipped);
    }

    @Test
    void anUnfinishedMessageAtTheEndIsReported() {
        byte[] bytes = COMPACT.substring(0, 30).getBytes(StandardCharsets.UTF_8);
        framer.feed(bytes, 0, bytes.length);
        framer.finish();
        assertEquals(List.of(), messages);
        assertEquals(30, skipped);
    }

    private SipStreamFramer.Sink sink() {
        return new SipStreamFramer.Sink() {
            @Override
            public void message(byte[] bytes, int offset, int length) {
                messages.add(new String(bytes, offset, length, StandardCharsets.UTF_8));
            }

            @Override
            public void skipped(long bytes, String why) {
                skipped += bytes;
            }
        };
    }
}
