package io.sipspec.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.EOFException;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.UdpPacket;

class LiveCaptureTest {

    @TempDir
    Path dir;

    @Test
    void capturesTheScenarioPortsOnLoopbackAndNothingElse() throws Exception {
        try (DatagramSocket alice = socket(); DatagramSocket device = socket(); DatagramSocket other = socket()) {
            LiveCapture capture = start(List.of(alice.getLocalPort(), device.getLocalPort()), dir.resolve("live.pcap"));
            List<byte[]> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                byte[] message = SipExchange.request("OPTIONS", i + 1, WireEvent.Transport.UDP,
                        "127.0.0.1:" + alice.getLocalPort(), "127.0.0.1:" + device.getLocalPort(), "z9hG4bK-" + i, "")
                        .getBytes(StandardCharsets.UTF_8);
                alice.send(new DatagramPacket(message, message.length, device.getLocalSocketAddress()));
                device.receive(new DatagramPacket(new byte[2048], 2048));
                sent.add(message);
            }
            other.send(new DatagramPacket(new byte[] {'x'}, 1, other.getLocalSocketAddress()));
            other.receive(new DatagramPacket(new byte[16], 16));
            PcapFile pcap = capture.stop();

            assertEquals(CaptureKind.LIVE, pcap.kind());
            assertEquals(3, pcap.packets());
            List<Packet> packets = read(pcap.path());
            assertEquals(3, packets.size());
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(sent.get(i), packets.get(i).get(UdpPacket.class).getPayload().getRawData());
            }
            assertEquals(pcap, capture.stop(), "stopping twice returns the same result");
        }
    }

    @Test
    void anInterfaceThatDoesNotExistGivesTheReason() {
        IOException e = assertThrows(IOException.class,
                () -> LiveCapture.start("no-such-if0", List.of(5060), dir.resolve("none.pcap")));
        assertTrue(e.getMessage().startsWith("live capture on no-such-if0 is not possible: "), e.getMessage());
    }

    @Test
    void aMissingPermissionIsExplained() {
        assertEquals("socket: Operation not permitted (capturing needs root or CAP_NET_RAW)",
                LiveCapture.reason("socket: Operation not permitted"));
        assertEquals("lo: No such device exists", LiveCapture.reason("lo: No such device exists"));
    }

    @Test
    void theFilterKeepsTheUdpAndTcpPacketsOfTheScenarioPorts() {
        assertEquals("(udp or tcp) and (port 5060 or port 5070)", LiveCapture.filter(List.of(5070, 5060, 5070)));
    }

    private static LiveCapture start(List<Integer> ports, Path file) {
        try {
            return LiveCapture.start("lo", ports, file);
        } catch (IOException e) {
            return abort("live capture is not permitted here (the synthesized pcap is used instead): "
                    + e.getMessage());
        }
    }

    private static DatagramSocket socket() throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setSoTimeout(5000);
        return socket;
    }

    private static List<Packet> read(Path file) throws Exception {
        List<Packet> packets = new ArrayList<>();
        try (PcapHandle handle = Pcaps.openOffline(file.toString())) {
            while (true) {
                try {
                    packets.add(handle.getNextPacketEx());
                } catch (EOFException end) {
                    return packets;
                } catch (TimeoutException e) {
                    throw new IllegalStateException("an offline handle never times out", e);
                }
            }
        }
    }
}
