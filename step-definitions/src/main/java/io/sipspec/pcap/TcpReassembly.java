package io.sipspec.pcap;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The TCP streams of a capture, one {@link TcpStream} per direction of each connection (source and destination
 * endpoints), made on first sight. A RST or a FIN does not end a stream (segments before it may still arrive out of
 * order); a new SYN restarts it.
 */
final class TcpReassembly {

    static final int SYN = 0x02;
    static final int RST = 0x04;

    record Direction(InetSocketAddress source, InetSocketAddress destination) {
    }

    private final Map<Direction, TcpStream> streams = new HashMap<>();
    private final Function<Direction, TcpStream> factory;

    TcpReassembly(Function<Direction, TcpStream> factory) {
        this.factory = factory;
    }

    /**
     * A TCP segment at {@code offset} of {@code frame}, {@code length} bytes with its header.
     *
     * @return false if the segment is too short to hold its header
     */
    boolean segment(Direction direction, byte[] frame, int offset, int length) {
        if (length < 20) {
            return false;
        }
        long seq = LinkLayer.u32(frame, offset + 4);
        int headerLength = ((frame[offset + 12] & 0xff) >>> 4) * 4;
        int flags = frame[offset + 13] & 0xff;
        if (headerLength < 20 || headerLength > length) {
            return false;
        }
        TcpStream stream = streams.computeIfAbsent(direction, factory);
        if ((flags & SYN) != 0) {
            stream.syn(seq);
            return true;
        }
        if ((flags & RST) == 0) {
            stream.data(seq, frame, offset + headerLength, length - headerLength);
        }
        return true;
    }

    /** The capture ended: every stream delivers what it still holds. */
    void finish() {
        streams.values().forEach(TcpStream::finish);
    }

    /** Segments (or whole segments' worth of bytes) seen twice, over all streams. */
    long retransmitted() {
        return streams.values().stream().mapToLong(TcpStream::retransmitted).sum();
    }

    /** Places where bytes were missing, over all streams. */
    long gaps() {
        return streams.values().stream().mapToLong(TcpStream::gaps).sum();
    }

    int streams() {
        return streams.size();
    }
}
