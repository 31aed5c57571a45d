package io.sipspec.pcap;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.lang.reflect.Field;
import java.time.Instant;
import org.pcap4j.core.PcapHandle;

/**
 * The next packet of an offline Pcap4J handle, read with one JNA direct call to libpcap's {@code pcap_next_ex} on the
 * handle's {@code pcap_t}. Pcap4J's own {@code getNextRawPacketEx} and {@code getTimestamp} go through JNA interface
 * mapping (a proxy and reflection per call) and cost about 3 µs a packet, most of the reader's time; this costs a
 * fraction of that. Used only where the platform's {@code struct pcap_pkthdr} layout is known (64-bit Linux and macOS:
 * two 8-byte time fields, then caplen and len) and the handle's pointer can be reached; {@link #available} says so,
 * and the reader uses Pcap4J's calls otherwise.
 */
final class FastNext {

    private static final boolean AVAILABLE = load();
    private static final Field HANDLE = handleField();

    private final Pointer pcap;
    private final Memory header = new Memory(Native.POINTER_SIZE);
    private final Memory data = new Memory(Native.POINTER_SIZE);
    private final boolean nanos;
    private Instant time = Instant.EPOCH;
    private byte[] buffer = new byte[65_536];
    private int length;

    private FastNext(Pointer pcap, boolean nanos) {
        this.pcap = pcap;
        this.nanos = nanos;
    }

    private static boolean load() {
        try {
            if (!Platform.is64Bit() || !(Platform.isLinux() || Platform.isMac())) {
                return false;
            }
            Native.register(FastNext.class, NativeLibrary.getInstance(Platform.isMac() ? "pcap" : pcapName()));
            return true;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    private static String pcapName() {
        return System.getProperty("org.pcap4j.core.pcapLibName", "pcap");
    }

    private static Field handleField() {
        try {
            Field f = PcapHandle.class.getDeclaredField("handle");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static native int pcap_next_ex(Pointer p, Pointer header, Pointer data);

    /** Set to true, this system property makes the reader use Pcap4J's calls. */
    static final String DISABLE = "sipspec.pcap.pcap4jCalls";

    /**
     * A fast reader of {@code handle}, or null when the platform or the Pcap4J version does not allow one, or
     * {@value #DISABLE} is set.
     */
    static FastNext of(PcapHandle handle) {
        if (!AVAILABLE || HANDLE == null || Boolean.getBoolean(DISABLE)) {
            return null;
        }
        try {
            Pointer p = (Pointer) HANDLE.get(handle);
            return p == null ? null : new FastNext(p, handle.getTimestampPrecision() == PcapHandle.TimestampPrecision.NANO);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads the next packet: 1 when there is one ({@link #frame()}, {@link #length()}, {@link #time()}), -2 at the end
     * of the file, -1 on an error (libpcap's message: {@link #error()}).
     */
    int next() {
        int r = pcap_next_ex(pcap, header, data);
        if (r != 1) {
            return r;
        }
        Pointer h = header.getPointer(0);
        long seconds = h.getLong(0);
        long fraction = h.getLong(8);
        length = h.getInt(16);
        if (length > buffer.length) {
            buffer = new byte[length];
        }
        data.getPointer(0).read(0, buffer, 0, length);
        time = Instant.ofEpochSecond(seconds, nanos ? fraction : fraction * 1000);
        return 1;
    }

    /** The packet's bytes (valid until the next call), of which {@link #length()} are the packet. */
    byte[] frame() {
        return buffer;
    }

    int length() {
        return length;
    }

    Instant time() {
        return time;
    }

    /** libpcap's last error on the handle. */
    String error() {
        return pcap_geterr(pcap);
    }

    private static native String pcap_geterr(Pointer p);
}
