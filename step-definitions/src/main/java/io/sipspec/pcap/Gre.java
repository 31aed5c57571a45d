package io.sipspec.pcap;

/**
 * GRE (RFC 2784, with the key and sequence number of RFC 2890) as port mirroring uses it: the payload is an IP packet,
 * an Ethernet frame (transparent Ethernet bridging, 0x6558), or ERSPAN mirrored traffic (type I and II: 0x88be,
 * type III: 0x22eb), whose header precedes an Ethernet frame.
 */
final class Gre {

    private static final int CHECKSUM = 0x8000;
    private static final int KEY = 0x2000;
    private static final int SEQUENCE = 0x1000;
    private static final int IPV4 = 0x0800;
    private static final int IPV6 = 0x86dd;
    private static final int BRIDGED_ETHERNET = 0x6558;
    private static final int ERSPAN_2 = 0x88be;
    private static final int ERSPAN_3 = 0x22eb;
    private static final int ERSPAN_2_HEADER = 8;
    private static final int ERSPAN_3_HEADER = 12;
    private static final int ERSPAN_3_PLATFORM = 8;

    private Gre() {
    }

    /** The offset of the tunnelled IP packet in the GRE packet at {@code at}, or -1 if it carries none. */
    static int innerIp(byte[] b, int at, int end) {
        if (end - at < 4) {
            return -1;
        }
        int flags = LinkLayer.u16(b, at);
        int type = LinkLayer.u16(b, at + 2);
        int p = at + 4 + ((flags & CHECKSUM) != 0 ? 4 : 0) + ((flags & KEY) != 0 ? 4 : 0) + ((flags & SEQUENCE) != 0 ? 4 : 0);
        if (p >= end) {
            return -1;
        }
        return switch (type) {
            case IPV4, IPV6 -> p;
            case BRIDGED_ETHERNET -> LinkLayer.ethernet(b, p, end);
            // ERSPAN type I has no sequence number and no header of its own; type II has both.
            case ERSPAN_2 -> LinkLayer.ethernet(b, (flags & SEQUENCE) != 0 ? p + ERSPAN_2_HEADER : p, end);
            case ERSPAN_3 -> p + ERSPAN_3_HEADER <= end
                    ? LinkLayer.ethernet(b, p + ERSPAN_3_HEADER + ((b[p + 11] & 1) != 0 ? ERSPAN_3_PLATFORM : 0), end) : -1;
            default -> -1;
        };
    }
}
