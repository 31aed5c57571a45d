package io.sipspec.pcap;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.pcap4j.core.PcapDumper;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.namednumber.DataLinkType;

/**
 * Frames built byte by byte for reader tests (checksums are left zero: the reader does not check them), and a pcap
 * writer for any link type (Pcap4J's dumper on a dead handle).
 */
final class TestFrames {

    static final byte[] A = {10, 0, 0, 1};
    static final byte[] B = {10, 0, 0, 2};
    static final byte[] A6 = ip("2001:db8::1");
    static final byte[] B6 = ip("2001:db8::2");

    private TestFrames() {
    }

    static byte[] ip(String text) {
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] udp(int sport, int dport, byte[] payload) {
        byte[] out = new byte[8 + payload.length];
        put16(out, 0, sport);
        put16(out, 2, dport);
        put16(out, 4, out.length);
        System.arraycopy(payload, 0, out, 8, payload.length);
        return out;
    }

    static final int SYN = 0x02;
    static final int ACK = 0x10;
    static final int PSH = 0x08;

    static byte[] tcp(int sport, int dport, long seq, int flags, byte[] payload) {
        byte[] out = new byte[20 + payload.length];
        put16(out, 0, sport);
        put16(out, 2, dport);
        put32(out, 4, seq);
        out[12] = (byte) (5 << 4);
        out[13] = (byte) flags;
        put16(out, 14, 65535);
        System.arraycopy(payload, 0, out, 20, payload.length);
        return out;
    }

    /** An IPv4 packet; {@code fragmentOffset} in bytes (a multiple of 8). */
    static byte[] ipv4(byte[] src, byte[] dst, int protocol, byte[] payload, int id, int fragmentOffset, boolean more) {
        byte[] out = new byte[20 + payload.length];
        out[0] = 0x45;
        put16(out, 2, out.length);
        put16(out, 4, id);
        put16(out, 6, (more ? 0x2000 : 0) | fragmentOffset / 8);
        out[8] = 64;
        out[9] = (byte) protocol;
        System.arraycopy(src, 0, out, 12, 4);
        System.arraycopy(dst, 0, out, 16, 4);
        System.arraycopy(payload, 0, out, 20, payload.length);
        return out;
    }

    static byte[] ipv4(byte[] src, byte[] dst, int protocol, byte[] payload) {
        return ipv4(src, dst, protocol, payload, 1, 0, false);
    }

    /** An IPv6 packet, with a fragment header when {@code fragmentId} is not negative. */
    static byte[] ipv6(byte[] src, byte[] dst, int protocol, byte[] payload, long fragmentId, int fragmentOffset, boolean more) {
        boolean fragment = fragmentId >= 0;
        int extra = fragment ? 8 : 0;
        byte[] out = new byte[40 + extra + payload.length];
        out[0] = 0x60;
        put16(out, 4, extra + payload.length);
        out[6] = (byte) (fragment ? 44 : protocol);
        out[7] = 64;
        System.arraycopy(src, 0, out, 8, 16);
        System.arraycopy(dst, 0, out, 24, 16);
        if (fragment) {
            out[40] = (byte) protocol;
            put16(out, 42, fragmentOffset | (more ? 1 : 0));
            put32(out, 44, fragmentId);
        }
        System.arraycopy(payload, 0, out, 40 + extra, payload.length);
        return out;
    }

    static byte[] ipv6(byte[] src, byte[] dst, int protocol, byte[] payload) {
        return ipv6(src, dst, protocol, payload, -1, 0, false);
    }

    static byte[] ethernet(byte[] ip) {
        byte[] out = new byte[14 + ip.length];
        put16(out, 12, (ip[0] & 0xf0) == 0x60 ? 0x86dd : 0x0800);
        System.arraycopy(ip, 0, out, 14, ip.length);
        return out;
    }

    /** Ethernet with an 802.1Q VLAN tag. */
    static byte[] vlan(byte[] ip) {
        byte[] out = new byte[18 + ip.length];
        put16(out, 12, 0x8100);
        put16(out, 14, 42);
        put16(out, 16, (ip[0] & 0xf0) == 0x60 ? 0x86dd : 0x0800);
        System.arraycopy(ip, 0, out, 18, ip.length);
        return out;
    }

    /** Linux cooked v1: 16 bytes, the protocol last. */
    static byte[] sll(byte[] ip) {
        byte[] out = new byte[16 + ip.length];
        put16(out, 0, 0);
        put16(out, 2, 772);
        put16(out, 4, 6);
        put16(out, 14, (ip[0] & 0xf0) == 0x60 ? 0x86dd : 0x0800);
        System.arraycopy(ip, 0, out, 16, ip.length);
        return out;
    }

    /** Linux cooked v2: 20 bytes, the protocol first. */
    static byte[] sll2(byte[] ip) {
        byte[] out = new byte[20 + ip.length];
        put16(out, 0, (ip[0] & 0xf0) == 0x60 ? 0x86dd : 0x0800);
        put32(out, 4, 1);
        put16(out, 8, 772);
        out[11] = 6;
        System.arraycopy(ip, 0, out, 20, ip.length);
        return out;
    }

    /** BSD loopback: the address family in the capturing host's (here little-endian) byte order. */
    static byte[] nullLink(byte[] ip) {
        byte[] out = new byte[4 + ip.length];
        out[0] = (byte) ((ip[0] & 0xf0) == 0x60 ? 30 : 2);
        System.arraycopy(ip, 0, out, 4, ip.length);
        return out;
    }

    /** OpenBSD loopback: the family in network byte order. */
    static byte[] loop(byte[] ip) {
        byte[] out = new byte[4 + ip.length];
        out[3] = (byte) ((ip[0] & 0xf0) == 0x60 ? 24 : 2);
        System.arraycopy(ip, 0, out, 4, ip.length);
        return out;
    }

    /** Writes {@code frames} to {@code file} with link type {@code dlt}, one millisecond apart. */
    static Path write(Path file, int dlt, List<byte[]> frames) throws Exception {
        try (PcapHandle h = Pcaps.openDead(DataLinkType.getInstance(dlt), 262_144); PcapDumper d = h.dumpOpen(file.toString())) {
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            for (byte[] f : frames) {
                d.dumpRaw(f, Timestamp.from(t));
                t = t.plusMillis(1);
            }
            d.flush();
        }
        return file;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    static void put32(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /** A small SIP request, {@code n} in its Call-ID and CSeq. */
    static String request(int n) {
        String body = "v=0\r\n";
        return "OPTIONS sip:bob@10.0.0.2 SIP/2.0\r\n"
                + "Via: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK-" + n + "\r\n"
                + "From: <sip:alice@10.0.0.1>;tag=a" + n + "\r\n"
                + "To: <sip:bob@10.0.0.2>\r\n"
                + "Call-ID: call-" + n + "\r\n"
                + "CSeq: " + n + " OPTIONS\r\n"
                + "Max-Forwards: 70\r\n"
                + "Content-Type: application/sdp\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }
}
