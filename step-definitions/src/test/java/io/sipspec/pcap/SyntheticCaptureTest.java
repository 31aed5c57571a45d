package io.sipspec.pcap;

import static io.sipspec.pcap.TestFrames.A;
import static io.sipspec.pcap.TestFrames.A6;
import static io.sipspec.pcap.TestFrames.ACK;
import static io.sipspec.pcap.TestFrames.B;
import static io.sipspec.pcap.TestFrames.B6;
import static io.sipspec.pcap.TestFrames.PSH;
import static io.sipspec.pcap.TestFrames.SYN;
import static io.sipspec.pcap.TestFrames.ascii;
import static io.sipspec.pcap.TestFrames.ethernet;
import static io.sipspec.pcap.TestFrames.ipv4;
import static io.sipspec.pcap.TestFrames.ipv6;
import static io.sipspec.pcap.TestFrames.request;
import static io.sipspec.pcap.TestFrames.tcp;
import static io.sipspec.pcap.TestFrames.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader on captures built frame by frame: link types, IP versions, fragments, TCP reassembly, damage. */
class SyntheticCaptureTest {

    @TempDir
    Path dir;

    private Capture read(int dlt, List<byte[]> frames) throws Exception {
        return PcapReader.read(TestFrames.write(dir.resolve("t.pcap"), dlt, frames));
    }

    private static List<String> callIds(Capture c) {
        return c.messages().stream().map(m -> m.message().callId()).toList();
    }

    @ParameterizedTest(name = "link type {0}")
    @ValueSource(ints = {LinkLayer.ETHERNET, LinkLayer.LINUX_SLL, LinkLayer.LINUX_SLL2, LinkLayer.RAW_12, LinkLayer.NULL,
            LinkLayer.LOOP, 1000})
    void oneUdpMessageOnEachLinkType(int dlt) throws Exception {
        UnaryOperator<byte[]> link = switch (dlt) {
            case LinkLayer.ETHERNET -> TestFrames::ethernet;
            case LinkLayer.LINUX_SLL -> TestFrames::sll;
            case LinkLayer.LINUX_SLL2 -> TestFrames::sll2;
            case LinkLayer.NULL -> TestFrames::nullLink;
            case LinkLayer.LOOP -> TestFrames::loop;
            case 1000 -> TestFrames::vlan;
            default -> ip -> ip;
        };
        int written = dlt == 1000 ? LinkLayer.ETHERNET : dlt;
        for (boolean v6 : new boolean[] {false, true}) {
            byte[] segment = udp(5070, 5060, ascii(request(1)));
            byte[] ip = v6 ? ipv6(A6, B6, 17, segment) : ipv4(A, B, 17, segment);
            Capture c = read(written, List.of(link.apply(ip)));
            assertEquals(1, c.messages().size(), c.summary().toString());
            CapturedMessage m = c.messages().get(0);
            assertEquals(new InetSocketAddress(InetAddress.getByAddress(v6 ? A6 : A), 5070), m.source());
            assertEquals(new InetSocketAddress(InetAddress.getByAddress(v6 ? B6 : B), 5060), m.destination());
            assertEquals(CaptureTransport.UDP, m.transport());
            assertEquals(request(1), new String(m.message().toByteArray()));
            assertEquals(1, m.frame());
        }
    }

    @Test
    void datagramsThatAreNotSipArePassedOver() throws Exception {
        byte[] rtp = {(byte) 0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3};
        Capture c = read(LinkLayer.ETHERNET, List.of(ethernet(ipv4(A, B, 17, udp(4000, 4002, rtp))),
                ethernet(ipv4(A, B, 17, udp(5070, 5060, ascii(request(2)))))));
        assertEquals(List.of("call-2"), callIds(c));
        assertEquals(2, c.summary().frames());
    }

    @Test
    void ipv4FragmentsInAnyOrderMakeOneDatagram() throws Exception {
        byte[] datagram = udp(5070, 5060, ascii(request(3) + "x".repeat(3000)));
        List<byte[]> frames = new ArrayList<>();
        int[] offsets = {1480, 0, 2960};
        for (int off : offsets) {
            int end = Math.min(datagram.length, off + 1480);
            frames.add(ethernet(ipv4(A, B, 17, Arrays.copyOfRange(datagram, off, end), 77, off, end < datagram.length)));
        }
        Capture c = read(LinkLayer.ETHERNET, frames);
        assertEquals(List.of("call-3"), callIds(c));
        assertEquals(3, c.messages().get(0).frame(), "the message is complete at the last fragment");
    }

    @Test
    void ipv6FragmentsMakeOneDatagram() throws Exception {
        byte[] datagram = udp(5070, 5060, ascii(request(4) + "y".repeat(2000)));
        byte[] first = Arrays.copyOfRange(datagram, 0, 1232);
        byte[] second = Arrays.copyOfRange(datagram, 1232, datagram.length);
        Capture c = read(LinkLayer.ETHERNET, List.of(ethernet(ipv6(A6, B6, 17, second, 9, 1232, false)),
                ethernet(ipv6(A6, B6, 17, first, 9, 0, true))));
        assertEquals(List.of("call-4"), callIds(c));
    }

    @Test
    void aFragmentedPacketThatNeverCompletesIsCounted() throws Exception {
        byte[] datagram = udp(5070, 5060, ascii(request(5) + "z".repeat(2000)));
        Capture c = read(LinkLayer.ETHERNET, List.of(ethernet(ipv4(A, B, 17, Arrays.copyOfRange(datagram, 0, 1480), 5, 0, true))));
        assertEquals(0, c.messages().size());
        assertEquals(1, c.summary().fragmentsWaiting());
    }

    /** The bytes of a TCP stream A:5070 -> B:5060 as segments from sequence number {@code isn + 1}. */
    private static List<byte[]> segments(long isn, byte[] stream, int[] cuts, int[] order) {
        List<byte[]> pieces = new ArrayList<>();
        int from = 0;
        List<Integer> starts = new ArrayList<>();
        for (int cut : cuts) {
            pieces.add(Arrays.copyOfRange(stream, from, cut));
            starts.add(from);
            from = cut;
        }
        pieces.add(Arrays.copyOfRange(stream, from, stream.length));
        starts.add(from);
        List<byte[]> frames = new ArrayList<>();
        frames.add(ethernet(ipv4(A, B, 6, tcp(5070, 5060, isn, SYN, new byte[0]))));
        for (int i : order) {
            frames.add(ethernet(ipv4(A, B, 6, tcp(5070, 5060, (isn + 1 + starts.get(i)) & 0xffffffffL, ACK | PSH, pieces.get(i)))));
        }
        return frames;
    }

    @Test
    void severalMessagesInOneSegment() throws Exception {
        byte[] stream = ascii(request(1) + request(2) + "\r\n\r\n" + request(3));
        Capture c = read(LinkLayer.ETHERNET, segments(1000, stream, new int[0], new int[] {0}));
        assertEquals(List.of("call-1", "call-2", "call-3"), callIds(c));
        assertTrue(c.messages().stream().allMatch(m -> m.transport() == CaptureTransport.TCP));
    }

    @Test
    void aMessageSpreadOverSegmentsIsCompleteAtItsLastSegment() throws Exception {
        byte[] stream = ascii(request(1) + request(2));
        int n = request(1).length();
        Capture c = read(LinkLayer.ETHERNET, segments(5, stream, new int[] {10, n - 3, n + 40}, new int[] {0, 1, 2, 3}));
        assertEquals(List.of("call-1", "call-2"), callIds(c));
        assertEquals(List.of(4L, 5L), c.messages().stream().map(CapturedMessage::frame).toList());
    }

    @Test
    void outOfOrderSegmentsAndSequenceWrapAround() throws Exception {
        byte[] stream = ascii(request(1) + request(2));
        Capture c = read(LinkLayer.ETHERNET, segments(0xffffff00L, stream, new int[] {100, 300, 500}, new int[] {2, 0, 3, 1}));
        assertEquals(List.of("call-1", "call-2"), callIds(c));
        assertEquals(0, c.summary().skippedBytes());
    }

    @Test
    void retransmittedAndOverlappingSegmentsAreDeliveredOnce() throws Exception {
        byte[] stream = ascii(request(1) + request(2));
        List<byte[]> frames = new ArrayList<>(segments(42, stream, new int[] {200, 400}, new int[] {0, 1, 0, 1, 2}));
        // An overlapping retransmission: bytes 150..450 again.
        frames.add(ethernet(ipv4(A, B, 6, tcp(5070, 5060, 43 + 150, ACK, Arrays.copyOfRange(stream, 150, 450)))));
        Capture c = read(LinkLayer.ETHERNET, frames);
        assertEquals(List.of("call-1", "call-2"), callIds(c));
        assertEquals(3, c.summary().retransmittedSegments());
    }

    @Test
    void aStreamJoinedInTheMiddleStartsAtTheNextMessage() throws Exception {
        String first = request(1);
        byte[] stream = ascii(first.substring(first.length() / 2) + request(2));
        List<byte[]> frames = List.of(ethernet(ipv4(A, B, 6, tcp(5070, 5060, 9000, ACK | PSH, stream))));
        Capture c = read(LinkLayer.ETHERNET, frames);
        assertEquals(List.of("call-2"), callIds(c));
        assertEquals(first.length() - first.length() / 2, c.summary().skippedBytes());
    }

    @Test
    void aLostSegmentCostsOnlyTheMessagesItHeld() throws Exception {
        byte[] stream = ascii(request(1) + request(2) + request(3));
        int n = request(1).length();
        // The segment with the middle of message 2 is never captured; the reader waits for it until the capture ends.
        List<byte[]> frames = segments(1, stream, new int[] {n, n + 50, n + 100}, new int[] {0, 1, 3});
        Capture c = read(LinkLayer.ETHERNET, frames);
        assertEquals(List.of("call-1", "call-3"), callIds(c));
        assertTrue(c.summary().skippedBytes() > 0);
        assertFalse(c.summary().problems().isEmpty());
    }

    @Test
    void aTruncatedFileGivesWhatCameBeforeTheDamage() throws Exception {
        Path file = TestFrames.write(dir.resolve("cut.pcap"), LinkLayer.ETHERNET, List.of(
                ethernet(ipv4(A, B, 17, udp(5070, 5060, ascii(request(1))))),
                ethernet(ipv4(A, B, 17, udp(5070, 5060, ascii(request(2)))))));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
        Capture c = PcapReader.read(file);
        assertEquals(List.of("call-1"), callIds(c));
        assertFalse(c.summary().complete());
        assertNotNull(c.summary().error());
    }

    @Test
    void filesThatAreNotCapturesAreRefusedClearly() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.pcap"), "this is not a capture");
        PcapReadException e = assertThrows(PcapReadException.class, () -> PcapReader.read(text));
        assertTrue(e.getMessage().contains("notes.pcap"), e.getMessage());
        PcapReadException missing = assertThrows(PcapReadException.class, () -> PcapReader.read(dir.resolve("absent.pcap")));
        assertTrue(missing.getMessage().contains("no capture file"), missing.getMessage());
        Path ieee80211 = TestFrames.write(dir.resolve("wifi.pcap"), 105, List.of(new byte[] {1, 2, 3}));
        PcapReadException link = assertThrows(PcapReadException.class, () -> PcapReader.read(ieee80211));
        assertTrue(link.getMessage().contains("not supported"), link.getMessage());
    }

    @Test
    void streamingHandsOnTheSameMessagesAsReading() throws Exception {
        Path file = TestFrames.write(dir.resolve("s.pcap"), LinkLayer.ETHERNET, segments(1, ascii(request(1) + request(2)),
                new int[] {30}, new int[] {1, 0}));
        List<String> streamed = new ArrayList<>();
        ReadSummary summary = PcapReader.stream(file, m -> streamed.add(m.message().callId()));
        assertEquals(List.of("call-1", "call-2"), streamed);
        assertEquals(2, summary.messages());
        assertEquals(callIds(PcapReader.read(file)), streamed);
    }

    @Test
    void pcap4jCallsAndTheDirectCallReadAlike() throws Exception {
        Path file = TestFrames.write(dir.resolve("both.pcap"), LinkLayer.ETHERNET, segments(1, ascii(request(1) + request(2)),
                new int[] {30}, new int[] {1, 0}));
        List<String> direct = new ArrayList<>();
        PcapReader.stream(file, m -> direct.add(m.time() + " " + m.message().callId()));
        List<String> pcap4j = new ArrayList<>();
        System.setProperty(FastNext.DISABLE, "true");
        try {
            PcapReader.stream(file, m -> pcap4j.add(m.time() + " " + m.message().callId()));
        } finally {
            System.clearProperty(FastNext.DISABLE);
        }
        assertEquals(List.of("2026-01-01T00:00:00.002Z call-1", "2026-01-01T00:00:00.002Z call-2"), direct);
        assertEquals(direct, pcap4j);
    }
}
