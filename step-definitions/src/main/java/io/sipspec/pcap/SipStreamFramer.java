package io.sipspec.pcap;

import java.util.Arrays;

/**
 * RFC 3261 §18.3 framing of one direction of a reassembled TCP stream: "In the case of stream-oriented transports
 * such as TCP, the Content-Length header field indicates the size of the body. All stream-oriented transports MUST
 * use Content-Length to indicate the size of the body carried in the message." Each framed message is handed whole to
 * the message parser (by the {@link Sink}).
 *
 * <p>Unlike a live connection, a capture may join a stream in the middle or lose segments: the framer then skips to
 * the next line that starts a SIP message ({@link SipStart}) instead of giving up on the stream. Leading CRLFs
 * (keep-alives, RFC 5626 §3.5.1) are skipped. Memory is bounded: a header longer than {@value #MAX_HEAD} bytes or a body
 * longer than {@value #MAX_BODY} bytes is given up on.
 */
final class SipStreamFramer implements ByteStream {

    /** What the framer hands on. */
    interface Sink {
        /** A whole message: {@code length} bytes at {@code offset} of {@code bytes} (valid during the call only). */
        void message(byte[] bytes, int offset, int length);

        /** Bytes that were skipped: not the start of a SIP message, or a message given up on. */
        void skipped(long bytes, String why);
    }

    static final int MAX_HEAD = 65_536;
    static final int MAX_BODY = 16 * 1024 * 1024;

    private final Sink sink;
    private byte[] buffer = new byte[4096];
    private int start;
    private int end;
    private boolean lost = true;

    SipStreamFramer(Sink sink) {
        this.sink = sink;
    }

    /** Appends the stream's next bytes and frames every message they complete. */
    @Override
    public void feed(byte[] bytes, int offset, int length) {
        append(bytes, offset, length);
        frame();
    }

    /**
     * Bytes of the stream are missing (a lost segment): whatever is buffered can no longer be framed, and the next
     * message is looked for from the next bytes on.
     */
    @Override
    public void gap() {
        discard("a gap in the TCP stream");
    }

    /** The stream ended: an unfinished message is reported as skipped. */
    @Override
    public void finish() {
        discard("the capture ends inside a message");
    }

    /** Bytes buffered, waiting for the rest of a message. */
    int buffered() {
        return end - start;
    }

    private void discard(String why) {
        int n = end - start;
        start = 0;
        end = 0;
        lost = true;
        if (n > 0) {
            sink.skipped(n, why);
        }
    }

    private void frame() {
        while (true) {
            while (start < end && (buffer[start] == '\r' || buffer[start] == '\n')) {
                start++;
            }
            if (start == end) {
                start = 0;
                end = 0;
                return;
            }
            if (lost && !resynchronize()) {
                return;
            }
            int headEnd = headEnd();
            if (headEnd < 0) {
                if (end - start > MAX_HEAD) {
                    giveUp(end - start, "no end of the header within " + MAX_HEAD + " bytes");
                    continue;
                }
                return;
            }
            long contentLength = contentLength(headEnd);
            if (contentLength < 0 || contentLength > MAX_BODY) {
                giveUp(headEnd - start, contentLength < 0 ? "an unreadable Content-Length" : "a Content-Length over " + MAX_BODY);
                continue;
            }
            long total = headEnd - start + contentLength;
            if (end - start < total) {
                return;
            }
            int at = start;
            start += (int) total;
            sink.message(buffer, at, (int) total);
        }
    }

    /** Skips to the next SIP start line; false if there is none yet (the unfinished last line is kept). */
    private boolean resynchronize() {
        int found = SipStart.find(buffer, start, end);
        if (found >= 0 && lastLineComplete(found)) {
            if (found > start) {
                sink.skipped(found - start, "bytes that do not start a SIP message");
            }
            start = found;
            lost = false;
            return true;
        }
        int lastLine = end;
        while (lastLine > start && buffer[lastLine - 1] != '\n') {
            lastLine--;
        }
        if (end - lastLine > SipStart.MAX_LINE) {
            lastLine = end;
        }
        if (lastLine > start) {
            sink.skipped(lastLine - start, "bytes that do not start a SIP message");
            start = lastLine;
        }
        return false;
    }

    /** A start line is judged only once its line break has arrived. */
    private boolean lastLineComplete(int line) {
        for (int i = line; i < end; i++) {
            if (buffer[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    private void giveUp(int bytes, String why) {
        sink.skipped(bytes, why);
        start += Math.max(1, bytes);
        lost = true;
    }

    /** The offset just after the empty line ending the header (CRLF CRLF, or bare LF LF), or -1. */
    private int headEnd() {
        for (int i = start; i < end; i++) {
            if (buffer[i] == '\n') {
                if (i + 1 < end && buffer[i + 1] == '\n') {
                    return i + 2;
                }
                if (i + 2 < end && buffer[i + 1] == '\r' && buffer[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return -1;
    }

    /** The Content-Length (or its compact form "l") of the header ending at {@code headEnd}; 0 if absent, -1 if bad. */
    private long contentLength(int headEnd) {
        int line = start;
        while (line < headEnd) {
            int eol = line;
            while (eol < headEnd && buffer[eol] != '\n') {
                eol++;
            }
            int colon = nameEnd(line, eol);
            if (colon > 0) {
                int nameEnd = colon;
                while (nameEnd > line && (buffer[nameEnd - 1] == ' ' || buffer[nameEnd - 1] == '\t')) {
                    nameEnd--;
                }
                if (isContentLength(line, nameEnd)) {
                    return number(colon + 1, eol);
                }
            }
            line = eol + 1;
        }
        return 0;
    }

    private int nameEnd(int line, int eol) {
        for (int i = line; i < eol; i++) {
            if (buffer[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    private boolean isContentLength(int from, int to) {
        int n = to - from;
        if (n == 1) {
            return (buffer[from] | 0x20) == 'l';
        }
        byte[] name = {'c', 'o', 'n', 't', 'e', 'n', 't', '-', 'l', 'e', 'n', 'g', 't', 'h'};
        if (n != name.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if ((buffer[from + i] | 0x20) != name[i]) {
                return false;
            }
        }
        return true;
    }

    private long number(int from, int to) {
        long value = -1;
        for (int i = from; i < to; i++) {
            byte c = buffer[i];
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value) * 10 + (c - '0');
                if (value > Integer.MAX_VALUE) {
                    return -1;
                }
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return -1;
            }
        }
        return value;
    }

    private void append(byte[] bytes, int offset, int length) {
        if (end + length > buffer.length) {
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, end + length));
            }
        }
        System.arraycopy(bytes, offset, buffer, end, length);
        end += length;
    }
}
