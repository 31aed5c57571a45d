package io.sipspec.pcap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts fragmented IPv4 and IPv6 packets back together (RFC 791 §3.2, RFC 8200 §4.5): the fragments of one packet share
 * source, destination, protocol and identification; the packet is whole when the last fragment has arrived and the
 * pieces cover every byte from 0 to its end. Fragments may come in any order and more than once. At most
 * {@value #MAX_PENDING} packets wait for their missing fragments; beyond that the oldest is dropped, so memory stays
 * bounded on a capture that lost fragments.
 */
final class FragmentReassembly {

    static final int MAX_PENDING = 1024;
    private static final int MAX_PACKET = 65_535;

    private final Map<Key, Pending> pending = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Pending> eldest) {
            if (size() > MAX_PENDING) {
                dropped++;
                return true;
            }
            return false;
        }
    };
    private long dropped;

    private record Key(int protocol, long id, List<Byte> addresses) {
    }

    private static final class Pending {
        final List<int[]> ranges = new ArrayList<>();
        final List<byte[]> pieces = new ArrayList<>();
        int total = -1;
    }

    /**
     * Adds a fragment; returns the whole packet's payload (the upper-layer header and data) once complete, else null.
     */
    byte[] add(IpDatagram fragment) {
        Key key = new Key(fragment.protocol(), fragment.fragmentId(), addresses(fragment));
        Pending p = pending.computeIfAbsent(key, k -> new Pending());
        int start = fragment.fragmentOffset();
        int end = start + fragment.payloadLength();
        if (end > MAX_PACKET) {
            pending.remove(key);
            return null;
        }
        p.ranges.add(new int[] {start, end});
        p.pieces.add(Arrays.copyOfRange(fragment.frame(), fragment.payloadOffset(), fragment.payloadOffset() + fragment.payloadLength()));
        if (!fragment.moreFragments()) {
            p.total = end;
        }
        if (p.total < 0 || !covered(p)) {
            return null;
        }
        pending.remove(key);
        byte[] whole = new byte[p.total];
        for (int i = 0; i < p.pieces.size(); i++) {
            int[] r = p.ranges.get(i);
            System.arraycopy(p.pieces.get(i), 0, whole, r[0], Math.min(r[1], p.total) - r[0]);
        }
        return whole;
    }

    /** Packets dropped because too many waited for fragments. */
    long dropped() {
        return dropped;
    }

    /** Packets still waiting for fragments. */
    int waiting() {
        return pending.size();
    }

    private static boolean covered(Pending p) {
        List<int[]> sorted = new ArrayList<>(p.ranges);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        int reach = 0;
        for (int[] r : sorted) {
            if (r[0] > reach) {
                return false;
            }
            reach = Math.max(reach, r[1]);
        }
        return reach >= p.total;
    }

    private static List<Byte> addresses(IpDatagram ip) {
        List<Byte> out = new ArrayList<>(ip.source().length * 2);
        for (byte b : ip.source()) {
            out.add(b);
        }
        for (byte b : ip.destination()) {
            out.add(b);
        }
        return out;
    }
}
