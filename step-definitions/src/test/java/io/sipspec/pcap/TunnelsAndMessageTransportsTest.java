package io.sipspec.pcap;

import static io.sipspec.pcap.TestFrames.A;
import static io.sipspec.pcap.TestFrames.ACK;
import static io.sipspec.pcap.TestFrames.B;
import static io.sipspec.pcap.TestFrames.PSH;
import static io.sipspec.pcap.TestFrames.ascii;
import static io.sipspec.pcap.TestFrames.concat;
import static io.sipspec.pcap.TestFrames.ethernet;
import static io.sipspec.pcap.TestFrames.ipv4;
import static io.sipspec.pcap.TestFrames.put16;
import static io.sipspec.pcap.TestFrames.put32;
import static io.sipspec.pcap.TestFrames.request;
import static io.sipspec.pcap.TestFrames.tcp;
import static io.sipspec.pcap.TestFrames.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GRE and ERSPAN tunnels, SIP over SCTP and over WebSocket, on frames built byte by byte. */
class TunnelsAndMessageTransportsTest {

    @TempDir
    Path dir;

    private static final byte[] OUTER_A = {(byte) 192, (byte) 168, 0, 1};
    private static final byte[] OUTER_B = {(byte) 192, (byte) 168, 0, 2};

    private Capture read(List<byte[]> frames) throws Exception {
        return PcapReader.read(TestFrames.write(dir.resolve("t.pcap"), LinkLayer.ETHERNET, frames));
    }

    private static byte[] gre(int flags, int type, byte[] extra, byte[] payload) {
        byte[] head = new byte[4];
        put16(head, 0, flags);
        put16(head, 2, type);
        return concat(head, extra, payload);
    }

    private static byte[] innerFrame(int n) {
        return ethernet(ipv4(A, B, 17, udp(5070, 5060, ascii(request(n)))));
    }

    @Test
    void greWithIpBridgedEthernetAndErspan() throws Exception {
        byte[] viaIp = gre(0, 0x0800, new byte[0], ipv4(A, B, 17, udp(5070, 5060, ascii(request(1)))));
        byte[] bridged = gre(0x2000, 0x6558, new byte[4], innerFrame(2));
        byte[] erspan2 = gre(0x1000, 0x88be, concat(new byte[4], new byte[8]), innerFrame(3));
        byte[] erspan3 = gre(0x1000, 0x22eb, concat(new byte[4], new byte[12]), innerFrame(4));
        Capture c = read(List.of(viaIp, bridged, erspan2, erspan3).stream()
                .map(g -> ethernet(ipv4(OUTER_A, OUTER_B, 47, g))).toList());
        assertEquals(List.of("call-1", "call-2", "call-3", "call-4"), c.messages().stream().map(m -> m.message().callId()).toList());
        assertEquals("10.0.0.1", c.messages().get(3).source().getAddress().getHostAddress());
    }

    private static byte[] sctpData(long tsn, int flags, byte[] data) {
        int length = 16 + data.length;
        byte[] chunk = new byte[(length + 3) & ~3];
        chunk[0] = 0;
        chunk[1] = (byte) flags;
        put16(chunk, 2, length);
        put32(chunk, 4, tsn);
        System.arraycopy(data, 0, chunk, 16, data.length);
        byte[] common = new byte[12];
        put16(common, 0, 5070);
        put16(common, 2, 5060);
        return concat(common, chunk);
    }

    @Test
    void sctpUserMessagesWholeAndInFragmentsOutOfOrder() throws Exception {
        byte[] whole = ascii(request(1));
        byte[] split = ascii(request(2));
        int half = split.length / 2;
        Capture c = read(List.of(
                ethernet(ipv4(A, B, 132, sctpData(10, 0x07, whole))),
                ethernet(ipv4(A, B, 132, sctpData(12, 0x05, Arrays.copyOfRange(split, half, split.length)))),
                ethernet(ipv4(A, B, 132, sctpData(11, 0x06, Arrays.copyOfRange(split, 0, half))))));
        assertEquals(List.of("call-1", "call-2"), c.messages().stream().map(m -> m.message().callId()).toList());
        assertEquals(CaptureTransport.SCTP, c.messages().get(1).transport());
        assertEquals(3, c.messages().get(1).frame());
    }

    private static byte[] wsFrame(byte[] payload, int opcode, boolean fin, byte[] mask) {
        int n = payload.length;
        byte[] head = n < 126 ? new byte[] {(byte) ((fin ? 0x80 : 0) | opcode), (byte) ((mask != null ? 0x80 : 0) | n)}
                : new byte[] {(byte) ((fin ? 0x80 : 0) | opcode), (byte) ((mask != null ? 0x80 : 0) | 126), (byte) (n >>> 8), (byte) n};
        byte[] body = payload.clone();
        if (mask != null) {
            for (int i = 0; i < n; i++) {
                body[i] ^= mask[i & 3];
            }
            return concat(head, mask, body);
        }
        return concat(head, body);
    }

    @Test
    void sipOverWebSocketAfterTheUpgrade() throws Exception {
        byte[] mask = {1, 2, 3, 4};
        byte[] sip = ascii(request(1));
        byte[] second = ascii(request(2));
        byte[] client = concat(ascii("GET / HTTP/1.1\r\nHost: b\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Protocol: sip\r\nSec-WebSocket-Version: 13\r\n\r\n"),
                wsFrame(sip, 1, true, mask),
                wsFrame(new byte[] {1}, 9, true, mask),
                wsFrame(Arrays.copyOfRange(second, 0, 100), 1, false, mask),
                wsFrame(Arrays.copyOfRange(second, 100, second.length), 0, true, mask));
        byte[] server = concat(ascii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"),
                wsFrame(ascii("SIP/2.0 200 OK\r\nVia: SIP/2.0/WS h;branch=z9hG4bK1\r\nCall-ID: back\r\nContent-Length: 0\r\n\r\n"),
                        1, true, null));
        int cut = 150;
        Capture c = read(List.of(
                ethernet(ipv4(A, B, 6, tcp(50000, 8080, 1, ACK | PSH, Arrays.copyOfRange(client, 0, cut)))),
                ethernet(ipv4(A, B, 6, tcp(50000, 8080, 1 + cut, ACK | PSH, Arrays.copyOfRange(client, cut, client.length)))),
                ethernet(ipv4(B, A, 6, tcp(8080, 50000, 7, ACK | PSH, server)))));
        assertEquals(List.of("call-1", "call-2", "back"), c.messages().stream().map(m -> m.message().callId()).toList());
        assertEquals(List.of(CaptureTransport.WS, CaptureTransport.WS, CaptureTransport.WS),
                c.messages().stream().map(CapturedMessage::transport).toList());
        assertEquals(0, c.summary().skippedBytes(), c.summary().problems().toString());
    }
}
