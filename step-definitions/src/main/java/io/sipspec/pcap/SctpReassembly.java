package io.sipspec.pcap;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * SCTP DATA chunks (RFC 9260 §3.3.1) put back into user messages: a chunk with both the B (beginning) and E (ending)
 * flags is a whole message; otherwise the fragments of consecutive TSNs from a B to an E make one. Each user message
 * is taken as one SIP message (SIP over SCTP, RFC 4168), and the parser judges it. At most {@value #MAX_PENDING}
 * fragments wait per capture.
 */
final class SctpReassembly {

    static final int MAX_PENDING = 4096;
    private static final int DATA = 0;
    private static final int BEGINNING = 0x02;
    private static final int ENDING = 0x01;

    private record Fragment(int flags, byte[] data) {
    }

    private record Key(TcpReassembly.Direction direction, long tsn) {
    }

    private final Map<Key, Fragment> pending = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Fragment> eldest) {
            return size() > MAX_PENDING;
        }
    };

    /**
     * The SCTP packet at {@code offset} of {@code b} ({@code length} bytes); each complete user message goes to
     * {@code sink} with its bytes and their length.
     */
    void packet(TcpReassembly.Direction direction, byte[] b, int offset, int length, BiConsumer<byte[], Integer> sink) {
        int at = offset + 12;
        int end = offset + length;
        while (at + 4 <= end) {
            int type = b[at] & 0xff;
            int flags = b[at + 1] & 0xff;
            int chunkLength = LinkLayer.u16(b, at + 2);
            if (chunkLength < 4 || at + chunkLength > end) {
                return;
            }
            if (type == DATA && chunkLength > 16) {
                long tsn = LinkLayer.u32(b, at + 4);
                byte[] data = Arrays.copyOfRange(b, at + 16, at + chunkLength);
                if ((flags & (BEGINNING | ENDING)) == (BEGINNING | ENDING)) {
                    sink.accept(data, data.length);
                } else {
                    pending.put(new Key(direction, tsn), new Fragment(flags, data));
                    assemble(direction, tsn, sink);
                }
            }
            at += (chunkLength + 3) & ~3;
        }
    }

    private void assemble(TcpReassembly.Direction direction, long tsn, BiConsumer<byte[], Integer> sink) {
        long first = tsn;
        while (true) {
            Fragment f = pending.get(new Key(direction, first));
            if (f == null) {
                return;
            }
            if ((f.flags & BEGINNING) != 0) {
                break;
            }
            first = (first - 1) & 0xffffffffL;
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        long t = first;
        while (true) {
            Fragment f = pending.get(new Key(direction, t));
            if (f == null) {
                return;
            }
            message.writeBytes(f.data);
            if ((f.flags & ENDING) != 0) {
                break;
            }
            t = (t + 1) & 0xffffffffL;
        }
        for (long r = first; ; r = (r + 1) & 0xffffffffL) {
            pending.remove(new Key(direction, r));
            if (r == t) {
                break;
            }
        }
        byte[] whole = message.toByteArray();
        sink.accept(whole, whole.length);
    }
}
