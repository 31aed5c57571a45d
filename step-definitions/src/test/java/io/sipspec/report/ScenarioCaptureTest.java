package io.sipspec.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.EOFException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.UdpPacket;

class ScenarioCaptureTest {

    private static final InetSocketAddress ALICE = new InetSocketAddress("127.0.0.1", 5061);
    private static final InetSocketAddress BOB = new InetSocketAddress("127.0.0.1", 5062);
    private static final InetSocketAddress DEVICE = new InetSocketAddress("127.0.0.1", 5060);

    @TempDir
    Path dir;

    @Test
    void withoutLiveCaptureThePcapIsTheTestersOwnRecordAndSaysWhy() throws Exception {
        Instant t0 = Instant.parse("2026-11-23T09:00:00Z");
        List<WireEvent> events = List.of(event(t0, ALICE, DEVICE, "OPTIONS sip:a SIP/2.0\r\n\r\n"),
                event(t0.plusMillis(5), DEVICE, ALICE, "SIP/2.0 200 OK\r\n\r\n"));
        try (ScenarioCapture capture = ScenarioCapture.synthesized("-Dsipspec.capture=synthesized")) {
            capture.watch(ALICE);
            PcapFile file = capture.finish(events, dir.resolve("s.pcap"));
            assertEquals(CaptureKind.SYNTHESIZED, file.kind());
            assertEquals(2, file.packets());
            assertEquals("2 packets, synthesized from the tester's own traffic (-Dsipspec.capture=synthesized)", file.summary());
        }
    }

    @Test
    void thePeersCapturesAreMergedInTimeOrder() throws Exception {
        Instant t0 = Instant.parse("2026-11-23T09:00:00Z");
        Path alice = dir.resolve("alice.pcap");
        Path bob = dir.resolve("bob.pcap");
        PcapWriter.write(List.of(event(t0, ALICE, DEVICE, "A1"), event(t0.plusMillis(20), DEVICE, ALICE, "A2")), alice);
        PcapWriter.write(List.of(event(t0.plusMillis(10), DEVICE, BOB, "B1"), event(t0.plusMillis(30), BOB, DEVICE, "B2")), bob);

        assertEquals(4, ScenarioCapture.merge(List.of(alice, bob), dir.resolve("merged.pcap")));
        List<String> payloads = new ArrayList<>();
        for (Packet p : read(dir.resolve("merged.pcap"))) {
            payloads.add(new String(p.get(UdpPacket.class).getPayload().getRawData(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("A1", "B1", "A2", "B2"), payloads);
    }

    @Test
    void eachWatchedPeerIsCapturedLiveAndNothingElse() throws Exception {
        try (DatagramSocket alice = socket(); DatagramSocket bob = socket(); DatagramSocket device = socket();
             DatagramSocket other = socket(); ScenarioCapture capture = ScenarioCapture.live()) {
            capture.watch((InetSocketAddress) alice.getLocalSocketAddress());
            capture.watch((InetSocketAddress) bob.getLocalSocketAddress());
            byte[] fromAlice = "OPTIONS sip:device SIP/2.0\r\n\r\n".getBytes(StandardCharsets.UTF_8);
            byte[] toBob = "INVITE sip:bob SIP/2.0\r\n\r\n".getBytes(StandardCharsets.UTF_8);
            alice.send(new DatagramPacket(fromAlice, fromAlice.length, device.getLocalSocketAddress()));
            device.receive(new DatagramPacket(new byte[2048], 2048));
            device.send(new DatagramPacket(toBob, toBob.length, bob.getLocalSocketAddress()));
            bob.receive(new DatagramPacket(new byte[2048], 2048));
            other.send(new DatagramPacket(new byte[] {'x'}, 1, device.getLocalSocketAddress()));
            device.receive(new DatagramPacket(new byte[16], 16));

            PcapFile file = capture.finish(List.of(), dir.resolve("live.pcap"));
            if (file.kind() != CaptureKind.LIVE) {
                abort("live capture is not permitted here (the synthesized pcap is used instead): " + file.note());
            }
            List<Packet> packets = read(file.path());
            assertEquals(2, packets.size(), "alice's and bob's packets, not the other socket's");
            assertArrayEquals(fromAlice, packets.get(0).get(UdpPacket.class).getPayload().getRawData());
            assertArrayEquals(toBob, packets.get(1).get(UdpPacket.class).getPayload().getRawData());
        }
    }

    private static WireEvent event(Instant at, InetSocketAddress from, InetSocketAddress to, String text) {
        return new WireEvent(at, WireEvent.Transport.UDP, from, to, text.getBytes(StandardCharsets.UTF_8), WireEvent.Direction.SENT, "x");
    }

    private static DatagramSocket socket() throws Exception {
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
                }
            }
        }
    }
}
