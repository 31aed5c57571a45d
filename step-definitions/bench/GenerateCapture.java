import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a pcap (Ethernet, microsecond timestamps) of COUNT SIP messages for the reader benchmark: calls of seven
 * messages (INVITE with SDP, 100, 180, 200 with SDP, ACK, BYE, 200), one message per frame, 1 ms apart. Nine calls in
 * ten go over UDP between 100 pairs of hosts; one in ten over one of 4 long-lived TCP connections (a trunk), each
 * message in one segment. Usage: java GenerateCapture FILE COUNT
 */
public class GenerateCapture {

    static final int TCP_CONNECTIONS = 4;

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long count = Long.parseLong(args[1]);
        long[] tcpSeq = new long[TCP_CONNECTIONS * 2];
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            out.writeInt(0xa1b2c3d4);
            out.writeShort(2);
            out.writeShort(4);
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(262144);
            out.writeInt(1);
            long written = 0;
            long micros = 1_700_000_000_000_000L;
            for (long call = 0; written < count; call++) {
                boolean tcp = call % 10 == 9;
                int pair = (int) (call % 100);
                int conn = (int) (call % TCP_CONNECTIONS);
                String[] messages = call(call, tcp, pair);
                for (int i = 0; i < messages.length && written < count; i++) {
                    boolean fromCaller = i == 0 || i == 4 || i == 5;
                    byte[] sip = messages[i].getBytes(StandardCharsets.US_ASCII);
                    int a = 1 + pair;
                    int b = 101 + pair;
                    int srcHost = fromCaller ? a : b;
                    int dstHost = fromCaller ? b : a;
                    int srcPort = fromCaller ? (tcp ? 40000 + conn : 5060) : 5060;
                    int dstPort = fromCaller ? 5060 : (tcp ? 40000 + conn : 5060);
                    byte[] l4;
                    if (tcp) {
                        int dir = conn * 2 + (fromCaller ? 0 : 1);
                        l4 = tcp(srcPort, dstPort, tcpSeq[dir], sip);
                        tcpSeq[dir] = (tcpSeq[dir] + sip.length) & 0xffffffffL;
                    } else {
                        l4 = udp(srcPort, dstPort, sip);
                    }
                    byte[] frame = ethernetIpv4(srcHost, dstHost, tcp ? 6 : 17, l4, (int) written);
                    out.writeInt((int) (micros / 1_000_000));
                    out.writeInt((int) (micros % 1_000_000));
                    out.writeInt(frame.length);
                    out.writeInt(frame.length);
                    out.write(frame);
                    micros += 1000;
                    written++;
                }
            }
        }
    }

    static String[] call(long n, boolean tcp, int pair) {
        String t = tcp ? "TCP" : "UDP";
        String a = "10.0.0." + (1 + pair);
        String b = "10.0.1." + (1 + pair);
        String callId = "bench-" + n + "@" + a;
        String sdp = "v=0\r\no=- " + n + " 1 IN IP4 " + a + "\r\ns=-\r\nc=IN IP4 " + a + "\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0 8\r\n"
                + "a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n";
        String via = "Via: SIP/2.0/" + t + " " + a + ":5060;branch=z9hG4bK-" + n + "-1;rport\r\n";
        String from = "From: \"Alice\" <sip:alice@" + a + ">;tag=a-" + n + "\r\n";
        String to = "To: <sip:bob@" + b + ">";
        String toTagged = to + ";tag=b-" + n + "\r\n";
        String common = "Call-ID: " + callId + "\r\n";
        String invite = "INVITE sip:bob@" + b + ":5060 SIP/2.0\r\n" + via + "Max-Forwards: 70\r\n" + from + to + "\r\n" + common
                + "CSeq: 1 INVITE\r\nContact: <sip:alice@" + a + ":5060>\r\nContent-Type: application/sdp\r\n"
                + "Content-Length: " + sdp.length() + "\r\n\r\n" + sdp;
        String trying = "SIP/2.0 100 Trying\r\n" + via + from + to + "\r\n" + common + "CSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
        String ringing = "SIP/2.0 180 Ringing\r\n" + via + from + toTagged + common + "CSeq: 1 INVITE\r\n"
                + "Contact: <sip:bob@" + b + ":5060>\r\nContent-Length: 0\r\n\r\n";
        String ok = "SIP/2.0 200 OK\r\n" + via + from + toTagged + common + "CSeq: 1 INVITE\r\nContact: <sip:bob@" + b
                + ":5060>\r\nContent-Type: application/sdp\r\nContent-Length: " + sdp.length() + "\r\n\r\n" + sdp;
        String via2 = "Via: SIP/2.0/" + t + " " + a + ":5060;branch=z9hG4bK-" + n + "-2;rport\r\n";
        String ack = "ACK sip:bob@" + b + ":5060 SIP/2.0\r\n" + via2 + "Max-Forwards: 70\r\n" + from + toTagged + common
                + "CSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n";
        String via3 = "Via: SIP/2.0/" + t + " " + a + ":5060;branch=z9hG4bK-" + n + "-3;rport\r\n";
        String bye = "BYE sip:bob@" + b + ":5060 SIP/2.0\r\n" + via3 + "Max-Forwards: 70\r\n" + from + toTagged + common
                + "CSeq: 2 BYE\r\nContent-Length: 0\r\n\r\n";
        String byeOk = "SIP/2.0 200 OK\r\n" + via3 + from + toTagged + common + "CSeq: 2 BYE\r\nContent-Length: 0\r\n\r\n";
        return new String[] {invite, trying, ringing, ok, ack, bye, byeOk};
    }

    static byte[] udp(int sport, int dport, byte[] payload) {
        byte[] out = new byte[8 + payload.length];
        put16(out, 0, sport);
        put16(out, 2, dport);
        put16(out, 4, out.length);
        System.arraycopy(payload, 0, out, 8, payload.length);
        return out;
    }

    static byte[] tcp(int sport, int dport, long seq, byte[] payload) {
        byte[] out = new byte[20 + payload.length];
        put16(out, 0, sport);
        put16(out, 2, dport);
        out[4] = (byte) (seq >>> 24);
        out[5] = (byte) (seq >>> 16);
        out[6] = (byte) (seq >>> 8);
        out[7] = (byte) seq;
        out[12] = 0x50;
        out[13] = 0x18;
        put16(out, 14, 65535);
        System.arraycopy(payload, 0, out, 20, payload.length);
        return out;
    }

    static byte[] ethernetIpv4(int src, int dst, int protocol, byte[] l4, int id) {
        byte[] out = new byte[14 + 20 + l4.length];
        out[12] = 0x08;
        out[14] = 0x45;
        put16(out, 16, 20 + l4.length);
        put16(out, 18, id);
        out[22] = 64;
        out[23] = (byte) protocol;
        out[26] = 10;
        out[28] = (byte) (src > 100 ? 1 : 0);
        out[29] = (byte) (src > 100 ? src - 100 : src);
        out[30] = 10;
        out[32] = (byte) (dst > 100 ? 1 : 0);
        out[33] = (byte) (dst > 100 ? dst - 100 : dst);
        int sum = 0;
        for (int i = 14; i < 34; i += 2) {
            sum += ((out[i] & 0xff) << 8) | (out[i + 1] & 0xff);
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        put16(out, 24, ~sum & 0xffff);
        System.arraycopy(l4, 0, out, 34, l4.length);
        return out;
    }

    static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }
}
