package io.sipspec.report;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapDumper;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.namednumber.DataLinkType;

/**
 * Writes a scenario's traffic, as the tester recorded it, to a pcap file with Pcap4J's dumper (a "dead" libpcap
 * handle, so no privileges are needed). The result is {@link CaptureKind#SYNTHESIZED}.
 *
 * <p>Each UDP event becomes one datagram. Each TCP event becomes PSH/ACK segments of a synthetic stream per
 * connection (the unordered pair of endpoints): sequence numbers start at 1 in each direction and advance by the
 * bytes sent, each segment acknowledges everything the other side sent so far, and a message longer than
 * {@value #MAX_SEGMENT} bytes is split. No SYN, FIN or pure ACK is invented: the capture holds only what the tester
 * saw, and tshark reassembles and dissects the SIP of such a mid-stream capture on any port (its SIP heuristic).
 */
public final class PcapWriter {

    /** Enough for the largest IP packet plus its link header. */
    static final int SNAPLEN = 262_144;
    /** The largest TCP payload put in one segment. */
    static final int MAX_SEGMENT = 32_768;

    private PcapWriter() {
    }

    /** Writes {@code events} in time order to {@code file}, creating its folder if needed. */
    public static PcapFile write(List<WireEvent> events, Path file) throws IOException {
        return write(events, file, "");
    }

    /** Same, with a note for the report, e.g. why live capture was not possible. */
    public static PcapFile write(List<WireEvent> events, Path file, String note) throws IOException {
        List<WireEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(WireEvent::time));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        int packets = 0;
        try (PcapHandle handle = Pcaps.openDead(DataLinkType.EN10MB, SNAPLEN);
             PcapDumper dumper = handle.dumpOpen(file.toString())) {
            Streams streams = new Streams();
            for (WireEvent event : ordered) {
                Timestamp time = Timestamp.from(event.time());
                for (Packet packet : packets(event, streams, (short) packets)) {
                    dumper.dump(packet, time);
                    packets++;
                }
            }
            dumper.flush();
        } catch (PcapNativeException | NotOpenException e) {
            throw new IOException("cannot write the pcap " + file + ": " + e.getMessage(), e);
        } catch (UnsatisfiedLinkError e) {
            throw new IOException("cannot write the pcap " + file + ": libpcap is missing (install libpcap0.8)", e);
        }
        return new PcapFile(file, CaptureKind.SYNTHESIZED, packets, note);
    }

    private static List<Packet> packets(WireEvent event, Streams streams, short id) {
        byte[] payload = event.payload();
        if (event.transport() == WireEvent.Transport.UDP) {
            return List.of(Frames.udp(event.source(), event.destination(), payload, id));
        }
        List<Packet> segments = new ArrayList<>();
        int offset = 0;
        do {
            byte[] chunk = Arrays.copyOfRange(payload, offset, Math.min(payload.length, offset + MAX_SEGMENT));
            int seq = streams.next(event.source(), event.destination(), chunk.length);
            int ack = streams.acknowledged(event.destination(), event.source());
            segments.add(Frames.tcp(event.source(), event.destination(), seq, ack, chunk, (short) (id + segments.size())));
            offset += chunk.length;
        } while (offset < payload.length);
        return segments;
    }

    /** The next sequence number of each direction of each synthetic TCP connection. */
    private static final class Streams {

        private static final int INITIAL_SEQUENCE = 1;

        private final Map<List<InetSocketAddress>, Integer> next = new HashMap<>();

        /** The sequence number of {@code length} bytes from {@code from} to {@code to}; advances the stream. */
        int next(InetSocketAddress from, InetSocketAddress to, int length) {
            int seq = acknowledged(from, to);
            next.put(List.of(from, to), seq + length);
            return seq;
        }

        /** The next sequence number expected from {@code from} to {@code to}. */
        int acknowledged(InetSocketAddress from, InetSocketAddress to) {
            return next.getOrDefault(List.of(from, to), INITIAL_SEQUENCE);
        }
    }
}
