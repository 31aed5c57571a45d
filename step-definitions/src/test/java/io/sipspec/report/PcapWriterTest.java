package io.sipspec.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.IpV4Packet;
import org.pcap4j.packet.IpV6Packet;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.TcpPacket;
import org.pcap4j.packet.UdpPacket;

class PcapWriterTest {

    private static final WireEvent.Transport UDP = WireEvent.Transport.UDP;
    private static final WireEvent.Transport TCP = WireEvent.Transport.TCP;

    @TempDir
    Path dir;

    /** UDP over IPv4, UDP over IPv6 and TCP on a port that is not 5060, all in one capture. */
    private List<WireEvent> mixed() {
        List<WireEvent> events = new ArrayList<>();
        events.addAll(SipExchange.call(UDP, SipExchange.address("127.0.0.1", 5070),
                SipExchange.address("127.0.0.1", 5060), SipExchange.START).events());
        events.addAll(SipExchange.call(UDP, SipExchange.address("::1", 5071),
                SipExchange.address("::1", 5060), SipExchange.START.plusSeconds(5)).events());
        events.addAll(SipExchange.call(TCP, SipExchange.address("127.0.0.1", 5072),
                SipExchange.address("127.0.0.1", 5062), SipExchange.START.plusSeconds(10)).events());
        return events;
    }

    @Test
    void pcap4jReadsBackEveryDatagramAndSegmentWithItsBytes() throws Exception {
        List<WireEvent> events = mixed();
        PcapFile pcap = PcapWriter.write(events, dir.resolve("mixed.pcap"));

        assertEquals(CaptureKind.SYNTHESIZED, pcap.kind());
        assertEquals(21, pcap.packets());
        List<Packet> packets = read(pcap.path());
        assertEquals(21, packets.size());
        for (int i = 0; i < events.size(); i++) {
            WireEvent event = events.get(i);
            Packet packet = packets.get(i);
            Packet segment = event.transport() == UDP ? packet.get(UdpPacket.class) : packet.get(TcpPacket.class);
            assertArrayEquals(event.payload(), segment.getPayload().getRawData(), "payload of packet " + i);
            boolean v6 = event.source().getAddress() instanceof java.net.Inet6Address;
            assertEquals(v6, packet.contains(IpV6Packet.class), "IPv6 for packet " + i);
            assertEquals(!v6, packet.contains(IpV4Packet.class), "IPv4 for packet " + i);
        }
        UdpPacket first = packets.get(0).get(UdpPacket.class);
        assertEquals(5070, first.getHeader().getSrcPort().valueAsInt());
        assertEquals(5060, first.getHeader().getDstPort().valueAsInt());
        IpV4Packet ip = packets.get(0).get(IpV4Packet.class);
        assertTrue(first.hasValidChecksum(ip.getHeader().getSrcAddr(), ip.getHeader().getDstAddr(), false));
        assertTrue(ip.getHeader().hasValidChecksum(false));
    }

    @Test
    void tcpSequenceNumbersAdvanceByTheBytesSentAndAcknowledgeThePeer() throws Exception {
        List<WireEvent> events = SipExchange.call(TCP, SipExchange.address("127.0.0.1", 5072),
                SipExchange.address("127.0.0.1", 5062), SipExchange.START).events();
        List<Packet> packets = read(PcapWriter.write(events, dir.resolve("tcp.pcap")).path());

        long[] next = {1, 1}; // alice -> device, device -> alice
        for (int i = 0; i < events.size(); i++) {
            TcpPacket.TcpHeader tcp = packets.get(i).get(TcpPacket.class).getHeader();
            int from = events.get(i).direction() == WireEvent.Direction.SENT ? 0 : 1;
            assertEquals(next[from], tcp.getSequenceNumberAsLong(), "seq of segment " + i);
            assertEquals(next[1 - from], tcp.getAcknowledgmentNumberAsLong(), "ack of segment " + i);
            assertTrue(tcp.getPsh() && tcp.getAck() && !tcp.getSyn(), "flags of segment " + i);
            next[from] += events.get(i).length();
        }
    }

    @Test
    void aMessageLongerThanOneSegmentIsSplitAndReassemblesToTheSameBytes() throws Exception {
        String body = "x".repeat(PcapWriter.MAX_SEGMENT + 1000);
        String message = SipExchange.request("MESSAGE", 1, TCP, "127.0.0.1:5072", "127.0.0.1:5062", "z9hG4bK-m",
                body);
        List<WireEvent> events = new SipExchange(TCP, SipExchange.address("127.0.0.1", 5072),
                SipExchange.address("127.0.0.1", 5062), SipExchange.START).sent(message, 0).events();
        PcapFile pcap = PcapWriter.write(events, dir.resolve("long.pcap"));

        assertEquals(2, pcap.packets());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (Packet packet : read(pcap.path())) {
            joined.write(packet.get(TcpPacket.class).getPayload().getRawData());
        }
        assertArrayEquals(message.getBytes(StandardCharsets.UTF_8), joined.toByteArray());
        assertEquals(List.of("MESSAGE\t"), tshark(pcap.path(), "sip", "sip.Method", "sip.Status-Code"));
    }

    @Test
    void tsharkDecodesEverySipMessage() throws Exception {
        PcapFile pcap = PcapWriter.write(mixed(), dir.resolve("mixed.pcap"));
        List<String> call = List.of("INVITE\t", "\t100", "\t180", "\t200", "ACK\t", "BYE\t", "\t200");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.addAll(call);
        }
        assertEquals(expected, tshark(pcap.path(), "sip", "sip.Method", "sip.Status-Code"));
        assertEquals(7, tshark(pcap.path(), "ip && udp && sip", "frame.number").size());
        assertEquals(7, tshark(pcap.path(), "ipv6 && udp && sip", "frame.number").size());
        assertEquals(7, tshark(pcap.path(), "tcp && sip", "frame.number").size());
        assertEquals(List.of(), tshark(pcap.path(), "_ws.expert.severity >= note || _ws.malformed",
                "frame.number", "_ws.expert.message"), "tshark's expert notes, warnings and errors");
    }

    @Test
    void aMixOfIpVersionsIsRefusedWithAClearError() {
        List<WireEvent> events = List.of(new WireEvent(SipExchange.START, UDP, SipExchange.address("127.0.0.1", 5070),
                SipExchange.address("::1", 5060), new byte[] {'x'}, WireEvent.Direction.SENT, "alice"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PcapWriter.write(events, dir.resolve("bad.pcap")));
        assertTrue(e.getMessage().contains("not of the same IP version"), e.getMessage());
    }

    private static List<Packet> read(Path file) throws PcapNativeException, NotOpenException {
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

    /** Runs tshark on the file (skipping the test if it is not installed) and returns its lines. */
    private static List<String> tshark(Path file, String filter, String... fields)
            throws IOException, InterruptedException {
        assumeTrue(onPath("tshark"), "tshark is not installed");
        List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", file.toString(), "-Y", filter,
                "-T", "fields"));
        for (String field : fields) {
            command.add("-e");
            command.add(field);
        }
        Path errors = file.resolveSibling(file.getFileName() + ".tshark-errors");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tshark did not finish");
        assertEquals(0, process.exitValue(), "tshark failed: " + Files.readString(errors));
        return out.lines().toList();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
