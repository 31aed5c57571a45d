package io.sipspec.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.pcap4j.core.BpfProgram;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapDumper;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.RawPacketListener;

/**
 * A real capture of a scenario's traffic on an interface (normally {@code lo}), written to a pcap file while the
 * scenario runs. It needs root or CAP_NET_RAW: {@link #start} fails with an {@link IOException} whose message says
 * why, and the caller then falls back to {@link PcapWriter} with that message as the note.
 */
public final class LiveCapture implements AutoCloseable {

    /** How long one read waits for packets before checking whether the capture was stopped. */
    private static final int POLL_MILLIS = 20;
    /** How long {@link #stop} waits for the reading thread. */
    private static final long STOP_MILLIS = 2000;

    private final Path file;
    private final PcapHandle handle;
    private final PcapDumper dumper;
    private final AtomicInteger packets = new AtomicInteger();
    private final Thread reader;
    private volatile boolean stopped;
    private volatile Exception failure;
    private PcapFile result;

    private LiveCapture(Path file, PcapHandle handle, PcapDumper dumper) {
        this.file = file;
        this.handle = handle;
        this.dumper = dumper;
        this.reader = new Thread(this::read, "live-capture " + file.getFileName());
        this.reader.setDaemon(true);
    }

    /**
     * Starts capturing, on {@code interfaceName}, the UDP and TCP packets to or from any of {@code ports}.
     *
     * @throws IOException if live capture is not possible here, with the reason (e.g. "You don't have permission
     *                     to perform this capture")
     */
    public static LiveCapture start(String interfaceName, Collection<Integer> ports, Path file) throws IOException {
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("a live capture needs the scenario's ports");
        }
        PcapHandle handle = null;
        try {
            handle = new PcapHandle.Builder(interfaceName)
                    .snaplen(PcapWriter.SNAPLEN)
                    .promiscuousMode(PcapNetworkInterface.PromiscuousMode.NONPROMISCUOUS)
                    .timeoutMillis(POLL_MILLIS)
                    .immediateMode(true)
                    .build();
            handle.setFilter(filter(ports), BpfProgram.BpfCompileMode.OPTIMIZE);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            LiveCapture capture = new LiveCapture(file, handle, handle.dumpOpen(file.toString()));
            capture.reader.start();
            return capture;
        } catch (PcapNativeException | NotOpenException e) {
            if (handle != null) {
                handle.close();
            }
            throw new IOException("live capture on " + interfaceName + " is not possible: " + reason(e.getMessage()), e);
        } catch (UnsatisfiedLinkError e) {
            throw new IOException("live capture is not possible: libpcap is missing (install libpcap0.8)", e);
        }
    }

    /** libpcap's message, with what to do about it when the permission is missing. */
    static String reason(String message) {
        String text = String.valueOf(message);
        boolean permission = text.contains("Operation not permitted") || text.contains("permission");
        return permission ? text + " (capturing needs root or CAP_NET_RAW)" : text;
    }

    /** The BPF filter for the UDP and TCP packets of {@code ports}, e.g. "(udp or tcp) and (port 5060 or port 5070)". */
    static String filter(Collection<Integer> ports) {
        return "(udp or tcp) and (" + new TreeSet<>(ports).stream().map(p -> "port " + p)
                .collect(Collectors.joining(" or ")) + ")";
    }

    /** Stops capturing, writes out what is still buffered and closes the file. Idempotent. */
    public synchronized PcapFile stop() throws IOException {
        if (result != null) {
            return result;
        }
        stopped = true;
        try {
            // Wakes a dispatch blocked in poll(): with no packet coming, pcap_dispatch may not return by itself in
            // immediate mode (libpcap >= 1.10 makes pcap_breakloop interrupt the poll on Linux).
            handle.breakLoop();
            reader.join(STOP_MILLIS);
            if (reader.isAlive()) {
                // The handle is still in use by the reader: closing it now would block (Pcap4J's handle lock) or
                // crash; it is left to the daemon thread, and the caller falls back to the synthesized pcap.
                throw new IOException("the live capture to " + file + " did not stop within " + STOP_MILLIS + " ms");
            }
            handle.setBlockingMode(PcapHandle.BlockingMode.NONBLOCKING);
            drain();
            dumper.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the capture of " + file, e);
        } catch (PcapNativeException | NotOpenException e) {
            failure = e;
        } finally {
            if (!reader.isAlive()) {
                dumper.close();
                handle.close();
            }
        }
        if (failure != null) {
            throw new IOException("the live capture to " + file + " failed: " + failure.getMessage(), failure);
        }
        result = new PcapFile(file, CaptureKind.LIVE, packets.get(), "");
        return result;
    }

    /** Writes out what libpcap still holds; a break request left over from {@link #stop} ends one pass early. */
    private void drain() throws PcapNativeException, NotOpenException {
        RawPacketListener listener = this::dump;
        for (int pass = 0; pass < 2; pass++) {
            try {
                int drained;
                do {
                    drained = handle.dispatch(-1, listener);
                } while (drained > 0 && failure == null);
                return;
            } catch (InterruptedException leftoverBreak) {
                // pcap_breakloop's flag was still set (the reader had already left dispatch): it is cleared now.
            }
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private void read() {
        RawPacketListener listener = this::dump;
        try {
            while (!stopped && failure == null) {
                handle.dispatch(-1, listener);
            }
        } catch (PcapNativeException | NotOpenException e) {
            failure = e;
        } catch (InterruptedException e) {
            // pcap_breakloop from stop(): the normal end. Anything else is a failure.
            if (!stopped) {
                failure = e;
            }
        }
    }

    private void dump(byte[] frame) {
        try {
            dumper.dumpRaw(frame, handle.getTimestamp());
            packets.incrementAndGet();
        } catch (NotOpenException e) {
            failure = e;
        }
    }
}
