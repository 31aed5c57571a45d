package io.sipspec.parser;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Scanning message bytes eight at a time: most of a SIP message head is printable US-ASCII, so the framing parser
 * skips whole 8-byte words of it and looks at single bytes only where a word holds a line feed, a control
 * character, DEL or a non-ASCII byte. Each test below is exact for the whole word (the classic "has a byte less
 * than n" / "has a zero byte" bit tricks).
 */
final class AsciiScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private AsciiScan() {
    }

    /** The index of the first byte at or after {@code from} that is not printable US-ASCII (0x20-0x7E), or {@code end}. */
    static int skipPrintable(byte[] b, int from, int end) {
        int i = from;
        while (i + 8 <= end) {
            long flags = notPrintable((long) LONGS.get(b, i));
            if (flags != 0) {
                // the lowest flagged byte is exact (see notPrintable): no byte-by-byte walk to it
                return i + (Long.numberOfTrailingZeros(flags) >>> 3);
            }
            i += 8;
        }
        while (i < end && b[i] >= 0x20 && b[i] != 0x7F) {
            i++;
        }
        return i;
    }

    /** The index of the first {@code c} (US-ASCII) in {@code b[from, end)}, or -1; the lowest flagged byte is exact. */
    static int indexOf(byte[] b, byte c, int from, int end) {
        long pattern = ONES * c;
        int i = from;
        while (i + 8 <= end) {
            long w = (long) LONGS.get(b, i) ^ pattern;
            long zero = (w - ONES) & ~w & HIGH_BITS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
            i += 8;
        }
        for (; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the first byte at or after {@code from} that is SP, a control character (below 0x20) or DEL, or
     * {@code end}; bytes outside US-ASCII are skipped. Eight bytes at a time: the lowest flag of each test is exact, so
     * the lowest of the three is.
     */
    static int skipToSpaceOrControl(byte[] b, int from, int end) {
        int i = from;
        while (i + 8 <= end) {
            long w = (long) LONGS.get(b, i);
            long below = (w - ONES * 0x20) & ~w;
            long sp = w ^ (ONES * 0x20);
            long del = w ^ (ONES * 0x7F);
            long flags = (below | ((sp - ONES) & ~sp) | ((del - ONES) & ~del)) & HIGH_BITS;
            if (flags != 0) {
                return i + (Long.numberOfTrailingZeros(flags) >>> 3);
            }
            i += 8;
        }
        while (i < end && (b[i] < 0 || b[i] > 0x20 && b[i] != 0x7F)) {
            i++;
        }
        return i;
    }

    /** The index of the first LF in {@code b[from, end)}, or -1. */
    static int indexOfLf(byte[] b, int from, int end) {
        int i = from;
        while (i + 8 <= end && !hasZeroByte((long) LONGS.get(b, i) ^ (ONES * '\n'))) {
            i += 8;
        }
        for (; i < end; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The high bit of each byte of {@code w} (little-endian) that may not be printable US-ASCII: set if the byte has its
     * high bit set (non-ASCII), is below 0x20 (subtracting 0x20 from it borrows) or is 0x7F (zero after XOR with 0x7F,
     * so subtracting 1 borrows). The word is all printable exactly when none is set. A byte's subtraction can borrow
     * from the byte above it, so a flag above the lowest one may be false, but the lowest one is exact: no borrow
     * reaches it from below, every byte below it being printable.
     */
    private static long notPrintable(long w) {
        return (w | (w - ONES * 0x20) | ((w ^ (ONES * 0x7F)) - ONES)) & HIGH_BITS;
    }

    private static boolean hasZeroByte(long v) {
        return ((v - ONES) & ~v & HIGH_BITS) != 0;
    }
}
