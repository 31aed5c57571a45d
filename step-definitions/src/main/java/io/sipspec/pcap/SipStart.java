package io.sipspec.pcap;

/**
 * Whether bytes begin a SIP message: a Status-Line ({@code SIP/2.0 200 OK}) or a Request-Line ending in
 * {@code SIP/2.0} (RFC 3261 §7.1, §7.2). Used to tell SIP datagrams from RTP and others, and to find the next message
 * in a TCP stream joined in the middle.
 */
final class SipStart {

    /** The longest start line looked at. */
    static final int MAX_LINE = 2048;
    private static final byte[] VERSION = {'S', 'I', 'P', '/', '2', '.', '0'};

    private SipStart() {
    }

    /** True if the line at {@code at} (ending before {@code end}) is a SIP start line. */
    static boolean at(byte[] b, int at, int end) {
        if (startsWithVersion(b, at, end) && at + VERSION.length < end && b[at + VERSION.length] == ' ') {
            return true;
        }
        int limit = Math.min(end, at + MAX_LINE);
        int eol = -1;
        for (int i = at; i < limit; i++) {
            byte c = b[i];
            if (c == '\r' || c == '\n') {
                eol = i;
                break;
            }
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        if (eol < 0) {
            return false;
        }
        int v = eol - VERSION.length;
        return v > at + 2 && b[v - 1] == ' ' && startsWithVersion(b, v, eol) && b[at] != ' ';
    }

    /** The offset of the first line at or after {@code from} that is a SIP start line, or -1. */
    static int find(byte[] b, int from, int end) {
        int line = from;
        while (line < end) {
            if (at(b, line, end)) {
                return line;
            }
            int nl = line;
            while (nl < end && b[nl] != '\n') {
                nl++;
            }
            line = nl + 1;
        }
        return -1;
    }

    private static boolean startsWithVersion(byte[] b, int at, int end) {
        if (end - at < VERSION.length) {
            return false;
        }
        for (int i = 0; i < VERSION.length; i++) {
            if (b[at + i] != VERSION[i]) {
                return false;
            }
        }
        return true;
    }
}
