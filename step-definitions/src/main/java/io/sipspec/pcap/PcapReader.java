package io.sipspec.pcap;

import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;

/**
 * Reads the SIP messages of a pcap or pcapng file with libpcap (through Pcap4J, offline: no privileges needed). The
 * frames are taken raw and decoded by {@link PacketDecoder}, which is much faster than building Pcap4J packets.
 *
 * <p>Where the platform allows, each packet is read with one direct JNA call to libpcap ({@link FastNext}); elsewhere
 * with Pcap4J's {@code getNextRawPacketEx}.
 *
 * <p>{@link #stream} hands each message on as it is read and keeps none, for captures of any size; {@link #read}
 * keeps them all and groups them ({@link Capture}). A file that cannot be opened throws {@link PcapReadException}; a
 * file damaged further on (a truncated last packet, a bogus length) gives everything read before the damage, with the
 * reason in {@link ReadSummary#error()}. Reading always ends: libpcap reads a file front to back.
 */
public final class PcapReader {

    private PcapReader() {
    }

    /** Reads {@code file}, handing each SIP message to {@code sink} in capture order. */
    public static ReadSummary stream(Path file, Consumer<CapturedMessage> sink) throws PcapReadException {
        if (!Files.isRegularFile(file)) {
            throw new PcapReadException("no capture file " + file);
        }
        PcapHandle handle = open(file);
        try {
            int linkType = handle.getDlt().value();
            if (!LinkLayer.supported(linkType)) {
                throw new PcapReadException(file + ": " + LinkLayer.name(linkType)
                        + " is not supported (Ethernet, Linux cooked SLL/SLL2, raw IP and loopback are)");
            }
            PacketDecoder decoder = new PacketDecoder(linkType, sink);
            FastNext fast = FastNext.of(handle);
            return decoder.finish(file, fast != null ? readFast(fast, decoder) : read(handle, decoder));
        } finally {
            handle.close();
        }
    }

    /** Reads all of {@code file} and groups its messages into transactions and dialogs. */
    public static Capture read(Path file) throws PcapReadException {
        List<CapturedMessage> messages = new ArrayList<>();
        ReadSummary summary = stream(file, messages::add);
        return new Capture(summary, messages);
    }

    /** Reads every frame with Pcap4J's calls; returns why reading stopped early, or null. */
    private static String read(PcapHandle handle, PacketDecoder decoder) {
        try {
            while (true) {
                byte[] frame = handle.getNextRawPacketEx();
                decoder.frame(frame, frame.length, time(handle));
            }
        } catch (EOFException end) {
            return null;
        } catch (PcapNativeException | TimeoutException | NotOpenException e) {
            return "libpcap: " + e.getMessage();
        }
    }

    /** The same with {@link FastNext}. */
    private static String readFast(FastNext fast, PacketDecoder decoder) {
        while (true) {
            int r = fast.next();
            if (r == 1) {
                decoder.frame(fast.frame(), fast.length(), fast.time());
            } else if (r == -2) {
                return null;
            } else {
                return "libpcap: " + fast.error();
            }
        }
    }

    private static PcapHandle open(Path file) throws PcapReadException {
        try {
            return Pcaps.openOffline(file.toString(), PcapHandle.TimestampPrecision.NANO);
        } catch (PcapNativeException e) {
            throw new PcapReadException("cannot read " + file + " as a pcap or pcapng file: " + e.getMessage(), e);
        } catch (UnsatisfiedLinkError e) {
            throw new PcapReadException("cannot read " + file + ": libpcap is missing (install libpcap0.8)", e);
        }
    }

    private static Instant time(PcapHandle handle) {
        return handle.getTimestamp().toInstant();
    }
}
