package io.sipspec.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The word-at-a-time scans agree with a byte-by-byte scan for every byte value at every offset of a word. */
class AsciiScanTest {

    private static int naiveSkipPrintable(byte[] b, int from, int end) {
        int i = from;
        while (i < end && b[i] >= 0x20 && b[i] != 0x7F) {
            i++;
        }
        return i;
    }

    private static int naiveIndexOfLf(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyByteValueAtEveryPosition() {
        byte[] b = new byte[40];
        for (int v = 0; v < 256; v++) {
            for (int at = 0; at < b.length; at++) {
                Arrays.fill(b, (byte) 'a');
                b[at] = (byte) v;
                for (int from = 0; from < 10; from++) {
                    assertEquals(naiveSkipPrintable(b, from, b.length), AsciiScan.skipPrintable(b, from, b.length),
                            "skipPrintable, byte " + v + " at " + at + " from " + from);
                    assertEquals(naiveIndexOfLf(b, from, b.length), AsciiScan.indexOfLf(b, from, b.length),
                            "indexOfLf, byte " + v + " at " + at + " from " + from);
                }
            }
        }
    }

    @Test
    void neighbouringBytesDoNotHideOrInventAMatch() {
        // a borrow from one byte must not flag its neighbour: pairs of awkward values next to each other
        int[] awkward = {0x00, 0x01, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0xC3, 0xFF};
        byte[] b = new byte[16];
        for (int x : awkward) {
            for (int y : awkward) {
                for (int at = 0; at < 15; at++) {
                    Arrays.fill(b, (byte) 'z');
                    b[at] = (byte) x;
                    b[at + 1] = (byte) y;
                    assertEquals(naiveSkipPrintable(b, 0, b.length), AsciiScan.skipPrintable(b, 0, b.length));
                    assertEquals(naiveIndexOfLf(b, 0, b.length), AsciiScan.indexOfLf(b, 0, b.length));
                    assertEquals(naiveSkipPrintable(b, 0, 13), AsciiScan.skipPrintable(b, 0, 13));
                    assertEquals(naiveIndexOfLf(b, 0, 13), AsciiScan.indexOfLf(b, 0, 13));
                }
            }
        }
    }
}
