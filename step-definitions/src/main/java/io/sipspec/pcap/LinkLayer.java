package io.sipspec.pcap;

/**
 * Where the IP packet starts in a captured frame, for the link types SIP captures use. Pcap4J has no decoder for
 * Linux cooked v2 (SLL2), so all are read here from the raw bytes (see https://www.tcpdump.org/linktypes.html).
 */
final class LinkLayer {

    /** DLT_NULL: BSD loopback, a 4-byte address family in the capturing host's byte order. */
    static final int NULL = 0;
    static final int ETHERNET = 1;
    /** DLT_RAW as libpcap reports it on most systems (12), on OpenBSD (14), and LINKTYPE_RAW (101). */
    static final int RAW_12 = 12;
    static final int RAW_14 = 14;
    static final int RAW = 101;
    /** DLT_LOOP: OpenBSD loopback, the family in network byte order. */
    static final int LOOP = 108;
    static final int LINUX_SLL = 113;
    static final int IPV4 = 228;
    static final int IPV6 = 229;
    static final int LINUX_SLL2 = 276;

    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_IPV6 = 0x86dd;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int ETHERTYPE_QINQ = 0x88a8;
    private static final int SLL_HEADER = 16;
    private static final int SLL2_HEADER = 20;

    private LinkLayer() {
    }

    /** True if frames of this link type can be read. */
    static boolean supported(int linkType) {
        return switch (linkType) {
            case NULL, ETHERNET, RAW_12, RAW_14, RAW, LOOP, LINUX_SLL, IPV4, IPV6, LINUX_SLL2 -> true;
            default -> false;
        };
    }

    /** A readable name for error messages. */
    static String name(int linkType) {
        return switch (linkType) {
            case NULL -> "BSD loopback (NULL)";
            case ETHERNET -> "Ethernet";
            case RAW_12, RAW_14, RAW -> "raw IP";
            case LOOP -> "OpenBSD loopback";
            case LINUX_SLL -> "Linux cooked (SLL)";
            case IPV4 -> "raw IPv4";
            case IPV6 -> "raw IPv6";
            case LINUX_SLL2 -> "Linux cooked v2 (SLL2)";
            default -> "link type " + linkType;
        };
    }

    /**
     * The offset of the IP header in {@code frame}, or -1 when the frame carries no IP (ARP, LLDP...) or is too short.
     */
    static int ipOffset(int linkType, byte[] frame, int length) {
        return switch (linkType) {
            case ETHERNET -> ethernet(frame, 0, length);
            case LINUX_SLL -> length >= SLL_HEADER && ip(u16(frame, 14)) ? SLL_HEADER : -1;
            case LINUX_SLL2 -> length >= SLL2_HEADER && ip(u16(frame, 0)) ? SLL2_HEADER : -1;
            case RAW_12, RAW_14, RAW, IPV4, IPV6 -> length > 0 ? 0 : -1;
            case NULL, LOOP -> length >= 4 && loopbackFamily(frame) ? 4 : -1;
            default -> -1;
        };
    }

    /** The offset of the IP header in the Ethernet frame at {@code start}, skipping VLAN tags; -1 if not IP. */
    static int ethernet(byte[] frame, int start, int length) {
        int at = start + 12;
        while (at + 2 <= length) {
            int type = u16(frame, at);
            if (type == ETHERTYPE_VLAN || type == ETHERTYPE_QINQ) {
                at += 4;
                continue;
            }
            return ip(type) && at + 2 < length ? at + 2 : -1;
        }
        return -1;
    }

    private static boolean ip(int etherType) {
        return etherType == ETHERTYPE_IPV4 || etherType == ETHERTYPE_IPV6;
    }

    /** AF_INET is 2 everywhere; AF_INET6 is 10 (Linux), 24 (NetBSD, OpenBSD), 28 (FreeBSD), 30 (macOS). */
    private static boolean loopbackFamily(byte[] frame) {
        int little = (frame[0] & 0xff) | (frame[1] & 0xff) << 8 | (frame[2] & 0xff) << 16 | (frame[3] & 0xff) << 24;
        int big = Integer.reverseBytes(little);
        return family(little) || family(big);
    }

    private static boolean family(int f) {
        return f == 2 || f == 10 || f == 24 || f == 28 || f == 30;
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
    }

    static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }
}
