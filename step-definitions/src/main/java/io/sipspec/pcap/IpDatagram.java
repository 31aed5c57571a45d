package io.sipspec.pcap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * One IPv4 or IPv6 packet read from a frame: addresses, the upper-layer protocol, where its payload lies in the frame,
 * and the fragment fields when it is a fragment. Tunnels are unwrapped: IP-in-IP (protocol 4), IPv6-in-IP (41) and GRE
 * (47, RFC 2784/2890) carrying IP, Ethernet (transparent bridging) or ERSPAN mirrored traffic.
 *
 * @param source        the source address bytes (4 or 16)
 * @param destination   the destination address bytes
 * @param protocol      the upper-layer protocol (17 UDP, 6 TCP...)
 * @param frame         the frame holding the packet
 * @param payloadOffset where the payload starts in {@code frame}
 * @param payloadLength the payload's length (as far as it was captured)
 * @param fragmentId    the identification of a fragmented packet (IPv4 16 bits, IPv6 32 bits)
 * @param fragmentOffset where this fragment's payload belongs, in bytes
 * @param moreFragments true unless this is the last fragment
 */
record IpDatagram(byte[] source, byte[] destination, int protocol, byte[] frame, int payloadOffset, int payloadLength,
                  long fragmentId, int fragmentOffset, boolean moreFragments) {

    static final int UDP = 17;
    static final int TCP = 6;
    static final int SCTP = 132;
    private static final int IPIP = 4;
    private static final int IPV6_IN_IP = 41;
    private static final int GRE = 47;
    private static final int HOP_BY_HOP = 0;
    private static final int ROUTING = 43;
    private static final int FRAGMENT = 44;
    private static final int DESTINATION_OPTIONS = 60;
    private static final int IPV4_MIN_HEADER = 20;
    private static final int IPV6_HEADER = 40;
    private static final int MAX_TUNNELS = 4;

    /** True if this packet is one fragment of a larger one. */
    boolean fragment() {
        return moreFragments || fragmentOffset > 0;
    }

    /**
     * The IP packet at {@code offset} of {@code frame}, or null if it is not IP, is truncated before its payload, or
     * its header is inconsistent.
     */
    static IpDatagram parse(byte[] frame, int offset, int length) {
        return parse(frame, offset, length, 0);
    }

    private static IpDatagram parse(byte[] frame, int offset, int length, int depth) {
        if (offset >= length) {
            return null;
        }
        int version = (frame[offset] & 0xff) >>> 4;
        IpDatagram ip = version == 4 ? ipv4(frame, offset, length) : version == 6 ? ipv6(frame, offset, length) : null;
        if (ip == null || ip.fragment() || depth >= MAX_TUNNELS) {
            return ip;
        }
        int end = ip.payloadOffset + ip.payloadLength;
        if (ip.protocol == IPIP || ip.protocol == IPV6_IN_IP) {
            return parse(frame, ip.payloadOffset, end, depth + 1);
        }
        if (ip.protocol == GRE) {
            int inner = Gre.innerIp(frame, ip.payloadOffset, end);
            return inner < 0 ? ip : parse(frame, inner, end, depth + 1);
        }
        return ip;
    }

    private static IpDatagram ipv4(byte[] f, int at, int length) {
        if (length - at < IPV4_MIN_HEADER) {
            return null;
        }
        int headerLength = (f[at] & 0x0f) * 4;
        int total = LinkLayer.u16(f, at + 2);
        if (headerLength < IPV4_MIN_HEADER || length - at < headerLength) {
            return null;
        }
        // A total length of 0 is what captures of TCP segmentation offload show: the packet runs to the frame's end.
        int end = total == 0 ? length : Math.min(length, at + total);
        if (end < at + headerLength) {
            return null;
        }
        int flags = LinkLayer.u16(f, at + 6);
        boolean more = (flags & 0x2000) != 0;
        int fragmentOffset = (flags & 0x1fff) * 8;
        return new IpDatagram(Arrays.copyOfRange(f, at + 12, at + 16), Arrays.copyOfRange(f, at + 16, at + 20),
                f[at + 9] & 0xff, f, at + headerLength, end - at - headerLength, LinkLayer.u16(f, at + 4),
                fragmentOffset, more);
    }

    private static IpDatagram ipv6(byte[] f, int at, int length) {
        if (length - at < IPV6_HEADER) {
            return null;
        }
        int end = Math.min(length, at + IPV6_HEADER + LinkLayer.u16(f, at + 4));
        int next = f[at + 6] & 0xff;
        int p = at + IPV6_HEADER;
        long id = 0;
        int fragmentOffset = 0;
        boolean more = false;
        while (next == HOP_BY_HOP || next == ROUTING || next == DESTINATION_OPTIONS || next == FRAGMENT) {
            if (p + 8 > end) {
                return null;
            }
            int following = f[p] & 0xff;
            if (next == FRAGMENT) {
                int field = LinkLayer.u16(f, p + 2);
                fragmentOffset = field & 0xfff8;
                more = (field & 1) != 0;
                id = LinkLayer.u32(f, p + 4);
                p += 8;
            } else {
                p += ((f[p + 1] & 0xff) + 1) * 8;
            }
            next = following;
        }
        if (p > end) {
            return null;
        }
        return new IpDatagram(Arrays.copyOfRange(f, at + 8, at + 24), Arrays.copyOfRange(f, at + 24, at + 40), next, f, p,
                end - p, id, fragmentOffset, more);
    }

    static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an IP address of " + bytes.length + " bytes", e);
        }
    }
}
