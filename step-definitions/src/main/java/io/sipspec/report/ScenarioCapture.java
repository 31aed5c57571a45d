package io.sipspec.report;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapDumper;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.namednumber.DataLinkType;

/**
 * The pcap of one scenario. Each tester peer is captured live on the loopback interface from the moment it is bound,
 * filtered to its own port, so the capture holds exactly the scenario's traffic even when scenarios run in parallel;
 * at the end the peers' captures are merged in time order into one file. Where live capture is not permitted (no
 * root or CAP_NET_RAW) or fails, the file is synthesized from the tester's own record ({@link PcapWriter}) and says
 * why. The caller decides where the file goes.
 */
public final class ScenarioCapture implements AutoCloseable {

    /** The interface between the tester's peers (bound on 127.0.0.1) and a device on this machine. */
    static final String LOOPBACK = "lo";

    private final Path folder;
    private final boolean live;
    private final List<LiveCapture> captures = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private String whyNotLive = "";

    private ScenarioCapture(Path folder, boolean live) {
        this.folder = folder;
        this.live = live;
    }

    /** A capture that tries live capture first; its temporary files go in a folder of their own. */
    public static ScenarioCapture live() throws IOException {
        return new ScenarioCapture(Files.createTempDirectory("sipspec-capture-"), true);
    }

    /** A capture that only synthesizes (e.g. for unit tests, or when asked with {@code -Dsipspec.capture=synthesized}). */
    public static ScenarioCapture synthesized(String why) throws IOException {
        ScenarioCapture c = new ScenarioCapture(Files.createTempDirectory("sipspec-capture-"), false);
        c.whyNotLive = why;
        return c;
    }

    /** Starts capturing a peer's traffic; a failure is remembered and the scenario's pcap is synthesized. */
    public synchronized void watch(InetSocketAddress peer) {
        if (!live || !whyNotLive.isEmpty()) {
            return;
        }
        Path file = folder.resolve("peer-" + peer.getPort() + ".pcap");
        try {
            captures.add(LiveCapture.start(LOOPBACK, List.of(peer.getPort()), file));
            files.add(file);
        } catch (IOException | RuntimeException e) {
            whyNotLive = e.getMessage();
        }
    }

    /**
     * Writes the scenario's pcap to {@code target}: the merged live captures if every peer was captured, else the
     * tester's own record.
     */
    public synchronized PcapFile finish(List<WireEvent> events, Path target) throws IOException {
        stopAll();
        if (!live || !whyNotLive.isEmpty() || captures.isEmpty()) {
            String note = !whyNotLive.isEmpty() ? whyNotLive : captures.isEmpty() && live ? "no peer was bound" : "";
            return PcapWriter.write(events, target, note);
        }
        try {
            return new PcapFile(target, CaptureKind.LIVE, merge(files, target), "");
        } catch (IOException e) {
            return PcapWriter.write(events, target, "merging the live captures failed: " + e.getMessage());
        }
    }

    private void stopAll() {
        for (LiveCapture c : captures) {
            try {
                c.stop();
            } catch (IOException e) {
                if (whyNotLive.isEmpty()) {
                    whyNotLive = e.getMessage();
                }
            }
        }
    }

    /** Merges pcap files of the same link type into one, in time order; returns the number of packets. */
    static int merge(List<Path> sources, Path target) throws IOException {
        record Frame(Timestamp time, byte[] bytes) {
        }
        List<Frame> frames = new ArrayList<>();
        DataLinkType link = DataLinkType.EN10MB;
        for (Path source : sources) {
            try (PcapHandle in = Pcaps.openOffline(source.toString())) {
                link = in.getDlt();
                byte[] frame;
                while ((frame = in.getNextRawPacket()) != null) {
                    frames.add(new Frame(in.getTimestamp(), frame));
                }
            } catch (PcapNativeException | NotOpenException e) {
                throw new IOException("cannot read " + source + ": " + e.getMessage(), e);
            }
        }
        frames.sort(Comparator.comparing(Frame::time));
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (PcapHandle dead = Pcaps.openDead(link, PcapWriter.SNAPLEN); PcapDumper out = dead.dumpOpen(target.toString())) {
            for (Frame f : frames) {
                out.dumpRaw(f.bytes(), f.time());
            }
            out.flush();
        } catch (PcapNativeException | NotOpenException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return frames.size();
    }

    @Override
    public synchronized void close() throws IOException {
        stopAll();
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
        Files.deleteIfExists(folder);
    }
}
