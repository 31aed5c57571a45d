package io.sipspec.pcap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One direction of a TCP connection, put back in sequence order (RFC 9293 §3.4, sequence numbers modulo 2^32) and fed
 * to a {@link SipStreamFramer}. A retransmitted segment, or the part of one that was already delivered, is dropped; a
 * segment ahead of the expected sequence number waits until the bytes before it arrive. When more than
 * {@value #MAX_WAITING} segments or {@value #MAX_WAITING_BYTES} bytes wait, the missing bytes are taken as lost: the
 * stream skips to the earliest waiting segment and the framer looks for the next message.
 */
final class TcpStream {

    static final int MAX_WAITING = 64;
    static final int MAX_WAITING_BYTES = 1 << 20;

    private record Segment(long seq, byte[] data) {
    }

    private final ByteStream framer;
    private final List<Segment> waiting = new ArrayList<>();
    private long next = -1;
    private int waitingBytes;
    private long retransmitted;
    private long gaps;

    TcpStream(ByteStream framer) {
        this.framer = framer;
    }

    /** A SYN: the data starts at {@code seq + 1}. */
    void syn(long seq) {
        if (next >= 0 && next != ((seq + 1) & 0xffffffffL)) {
            framer.gap();
            waiting.clear();
            waitingBytes = 0;
        }
        next = (seq + 1) & 0xffffffffL;
    }

    /** A segment carrying {@code length} bytes at {@code offset} of {@code frame}, from sequence number {@code seq}. */
    void data(long seq, byte[] frame, int offset, int length) {
        if (length == 0) {
            return;
        }
        if (next < 0) {
            next = seq;
        }
        int ahead = distance(seq);
        if (ahead > 0) {
            waiting.add(new Segment(seq, Arrays.copyOfRange(frame, offset, offset + length)));
            waitingBytes += length;
            if (waiting.size() > MAX_WAITING || waitingBytes > MAX_WAITING_BYTES) {
                skipToWaiting();
            }
            return;
        }
        deliver(seq, frame, offset, length);
        drain();
    }

    /** The capture ended: waiting segments are delivered across their gaps, then the framer is told. */
    void finish() {
        while (!waiting.isEmpty()) {
            skipToWaiting();
        }
        framer.finish();
    }

    long retransmitted() {
        return retransmitted;
    }

    long gaps() {
        return gaps;
    }

    private void deliver(long seq, byte[] frame, int offset, int length) {
        int already = -distance(seq);
        if (already >= length) {
            retransmitted++;
            return;
        }
        framer.feed(frame, offset + already, length - already);
        next = (next + length - already) & 0xffffffffL;
    }

    private void drain() {
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (int i = 0; i < waiting.size(); i++) {
                Segment s = waiting.get(i);
                if (distance(s.seq) <= 0) {
                    waiting.remove(i);
                    waitingBytes -= s.data.length;
                    deliver(s.seq, s.data, 0, s.data.length);
                    progress = true;
                    break;
                }
            }
        }
    }

    private void skipToWaiting() {
        Segment earliest = waiting.get(0);
        for (Segment s : waiting) {
            if (distance(s.seq) < distance(earliest.seq)) {
                earliest = s;
            }
        }
        gaps++;
        framer.gap();
        next = earliest.seq;
        drain();
    }

    /** How far {@code seq} is ahead of the next expected byte (negative: behind), modulo 2^32. */
    private int distance(long seq) {
        return (int) (seq - next);
    }
}
