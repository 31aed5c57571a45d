package io.sipspec.parser;

import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Headers;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipReader;
import io.sipspec.message.SipResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Frames SIP messages out of bytes (RFC 3261 §7, §18.3): the start line, the header field rows (unfolded) and the
 * body. Header values are not parsed here; that happens on access (see {@link SipMessage}).
 *
 * <p>Lines end with CRLF; a bare LF is accepted as well. Each method returns a message or throws
 * {@link SipDecodeException}; nothing else escapes. Thread-safe and stateless.
 */
public final class SipMessageParser {

    private final SipLimits limits;

    public SipMessageParser(SipLimits limits) {
        this.limits = limits;
    }

    public SipMessageParser() {
        this(SipLimits.DEFAULT);
    }

    public SipLimits limits() {
        return limits;
    }

    /** Parses a whole message held in a byte array (as from a datagram); see {@link #parseDatagram(byte[], int, int)}. */
    public SipMessage parse(byte[] bytes) {
        return parseDatagram(bytes, 0, bytes.length);
    }

    public SipMessage parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One datagram, one message. RFC 3261 §18.3: "If there are additional bytes in the transport packet beyond the
     * end of the body, they MUST be discarded. If the transport packet ends before the end of the message body,
     * this is considered an error. If the message is a response, it MUST be discarded. If the message is a
     * request, the element SHOULD generate a 400 (Bad Request) response. If the message has no Content-Length
     * header field, the message body is assumed to end at the end of the transport packet." Leading CRLFs
     * (keep-alives) are skipped.
     */
    public SipMessage parseDatagram(byte[] b, int off, int len) {
        int end = off + len;
        int start = off;
        while (start < end && (b[start] == '\r' || b[start] == '\n')) {
            start++;
        }
        if (start == end) {
            throw new SipDecodeException("empty message", 0, 400);
        }
        Head head = parseHead(b, start, end);
        if (head.contentLengthError != null) {
            throw head.contentLengthError;
        }
        int bodyStart = head.headEnd;
        int available = end - bodyStart;
        long cl = head.contentLength;
        int bodyLen;
        if (cl < 0) {
            bodyLen = available;
        } else if (cl > available) {
            throw head.error("Content-Length " + cl + " is larger than the " + available + " body bytes received",
                    bodyStart - start, 400);
        } else {
            bodyLen = (int) cl;
        }
        byte[] raw = Arrays.copyOfRange(b, start, bodyStart + bodyLen);
        return head.toMessage(raw, bodyStart - start);
    }

    /**
     * The parsed start line and header rows of a message, before its body. Used by the stream decoder, which
     * learns the body length from it.
     */
    static final class Head {
        /** The start line is {@code line[lineFrom, lineTo)}; its text is made only for an error (see {@link #startLine()}). */
        private byte[] line;
        private int lineFrom;
        private int lineTo;
        boolean request;
        String method;
        /** The Request-URI is {@code line[uriFrom, uriTo)}, relative to the start of the message. */
        int uriFrom;
        int uriTo;
        String version;
        int status;
        String reason;
        /**
         * The header rows: row i is called {@code names[i]}; its value is {@code values[i]} when that is not null (a
         * non-ASCII value, or a folded one with a control character), else the US-ASCII bytes {@code bounds[2i]} to
         * {@code bounds[2i+1]} (relative to the start of the message), unfolded when read if that end is stored as
         * {@code ~end}. No String per row: see {@link Headers#fromWire}.
         */
        HeaderName[] names = new HeaderName[16];
        int[] bounds = new int[32];
        String[] values;
        int fieldCount;
        /** Where the message starts in the bytes ({@code line}) being parsed. */
        private int msgStart;
        /** Absolute index just past the blank line. */
        int headEnd;
        /** Content-Length, or -1 when absent. */
        long contentLength = -1;
        /** Absolute index of the first byte of the last header value read. */
        int valueStart;
        /** Absolute index of the first Content-Length value, and of the start of a second Content-Length row, or -1. */
        int contentLengthValue = -1;
        int secondContentLengthRow = -1;
        /** Why the Content-Length is unreadable (the body cannot be framed), or null. */
        SipDecodeException contentLengthError;
        /** Whether the header line being read holds a control character (see {@link #headerLineEnd}). */
        boolean control;
        /** Whether the header line being read holds a byte outside US-ASCII (its value is then decoded as UTF-8). */
        boolean nonAscii;

        SipMessage toMessage(byte[] raw, int bodyOffset) {
            Headers headers = Headers.fromWire(raw, names, bounds, values, fieldCount);
            return request
                    ? SipRequest.fromWire(method, uriFrom, uriTo, version, headers, raw, bodyOffset)
                    : SipResponse.fromWire(status, reason, version, headers, raw, bodyOffset);
        }

        String startLine() {
            return new String(line, lineFrom, lineTo - lineFrom, StandardCharsets.UTF_8);
        }

        /**
         * Appends a row (see {@link #names}); {@code value} null when the value is the US-ASCII bytes at the bounds,
         * {@code to} given as {@code ~to} when they hold folded lines.
         */
        void add(HeaderName name, int from, int to, String value) {
            int n = fieldCount;
            if (n == names.length) {
                names = Arrays.copyOf(names, n * 2);
                bounds = Arrays.copyOf(bounds, n * 4);
                if (values != null) {
                    values = Arrays.copyOf(values, n * 2);
                }
            }
            names[n] = name;
            bounds[2 * n] = from - msgStart;
            bounds[2 * n + 1] = to < 0 ? ~(~to - msgStart) : to - msgStart;
            if (value != null) {
                if (values == null) {
                    values = new String[names.length];
                }
                values[n] = value;
            }
            fieldCount = n + 1;
        }

        /** The value of row {@code i} as a String. */
        String value(int i) {
            if (values != null && values[i] != null) {
                return values[i];
            }
            if (bounds[2 * i + 1] < 0) {
                return unfoldAscii(line, msgStart + bounds[2 * i], msgStart + ~bounds[2 * i + 1]);
            }
            return SipReader.latin1(line, msgStart + bounds[2 * i], bounds[2 * i + 1] - bounds[2 * i]);
        }

        /** The rows read so far, for an error. */
        List<HeaderField> rows() {
            HeaderField[] rows = new HeaderField[fieldCount];
            for (int i = 0; i < fieldCount; i++) {
                rows[i] = new HeaderField(names[i], value(i));
            }
            return Arrays.asList(rows);
        }

        SipDecodeException error(String why, int position, int code) {
            return new SipDecodeException(why, position, code, startLine(), rows());
        }
    }

    /**
     * Parses the start line and header rows in {@code b[start, end)}, up to and including the blank line. An
     * unreadable Content-Length is not thrown but left in {@link Head#contentLengthError}.
     *
     * @throws SipDecodeException with the position relative to {@code start}
     */
    Head parseHead(byte[] b, int start, int end) {
        Head h = new Head();
        h.msgStart = start;
        int lineEnd = lineEnd(b, start, end);
        if (lineEnd < 0) {
            boolean tooLong = end - start > limits.maxHeadBytes();
            throw new SipDecodeException(tooLong ? "start line too long" : "no end of start line",
                    tooLong ? limits.maxHeadBytes() : end - start, tooLong ? 513 : 400);
        }
        int textEnd = lineEnd > start && b[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        startLine(h, b, start, textEnd);
        int pos = lineEnd + 1;
        while (true) {
            if (pos - start >= limits.maxHeadBytes()) {
                throw h.error(headTooLarge(), limits.maxHeadBytes(), 513);
            }
            h.control = false;
            h.nonAscii = false;
            int le = headerLineEnd(h, b, pos, end);
            if (le < 0) {
                throw h.error("message ends before the blank line that ends the header fields", end - start, 400);
            }
            int te = le > pos && b[le - 1] == '\r' ? le - 1 : le;
            if (te == pos) {
                if (le + 1 - start > limits.maxHeadBytes()) {
                    throw h.error(headTooLarge(), limits.maxHeadBytes(), 513);
                }
                h.headEnd = le + 1;
                break;
            }
            // header-line: field-name HCOLON field-value, continued by lines that start with SP or HTAB (LWS)
            int next = le + 1;
            boolean folded = false;
            while (next < end && (b[next] == ' ' || b[next] == '\t')) {
                int fe = headerLineEnd(h, b, next, end);
                if (fe < 0) {
                    throw h.error("message ends inside a folded header field", end - start, 400);
                }
                folded = true;
                le = fe;
                next = fe + 1;
            }
            if (b[pos] == ' ' || b[pos] == '\t') {
                throw h.error("header line starts with white space", pos - start, 400);
            }
            if (h.fieldCount == limits.maxHeaderCount()) {
                throw h.error("more than " + limits.maxHeaderCount() + " header fields", pos - start, 513);
            }
            HeaderName name = headerField(h, b, start, pos, le, folded);
            if (name == HeaderName.CONTENT_LENGTH) {
                if (h.contentLengthValue < 0) {
                    h.contentLengthValue = h.valueStart;
                } else if (h.secondContentLengthRow < 0) {
                    h.secondContentLengthRow = pos;
                }
            }
            pos = le + 1;
        }
        try {
            h.contentLength = contentLength(h, start);
        } catch (SipDecodeException e) {
            // Kept apart from the other errors: on a stream it means the framing is lost.
            h.contentLengthError = e;
        }
        return h;
    }

    /**
     * The head (start line, header rows and the blank line) may hold at most maxHeadBytes bytes; the error points at
     * the first byte past the limit. RFC 3261 §21.5.7 (513 Message Too Large): "The server was unable to process the
     * request since the message length exceeded its capabilities."
     */
    private String headTooLarge() {
        return "message head larger than " + limits.maxHeadBytes() + " bytes";
    }

    /** Index of the next LF in {@code b[from, end)}, or -1. */
    private static int lineEnd(byte[] b, int from, int end) {
        return AsciiScan.indexOfLf(b, from, end);
    }

    /**
     * As {@link #lineEnd}, for a header line: also sets {@code h.control} if the line holds a control character other
     * than HTAB and the CR of its CRLF, so that only those lines need the exact check of {@link #checkValueBytes}.
     * One pass over the bytes instead of two.
     */
    private static int headerLineEnd(Head h, byte[] b, int from, int end) {
        for (int i = AsciiScan.skipPrintable(b, from, end); i < end; i = AsciiScan.skipPrintable(b, i + 1, end)) {
            byte c = b[i]; // a control character, DEL, or (negative) a byte of a non-ASCII character
            if (c < 0) {
                h.nonAscii = true;
            } else if (c == '\r' && i + 1 < end && b[i + 1] == '\n') {
                return i + 1; // CRLF, nearly every line: no second scan to find its LF
            } else if (c == '\n') {
                return i;
            } else if (c != '\t') {
                h.control = true;
            }
        }
        return -1;
    }

    /**
     * Request-Line = Method SP Request-URI SP SIP-Version CRLF ; Status-Line = SIP-Version SP Status-Code SP
     * Reason-Phrase CRLF. RFC 3261 §7.1: "The elements are separated by single space (SP) characters" (RFC 4475
     * §3.1.2.9 and §3.1.2.10: extra SP make the message invalid).
     */
    private void startLine(Head h, byte[] b, int s, int e) {
        h.line = b;
        h.lineFrom = s;
        h.lineTo = e;
        if (e - s >= 4 && (b[s] | 0x20) == 's' && (b[s + 1] | 0x20) == 'i' && (b[s + 2] | 0x20) == 'p' && b[s + 3] == '/') {
            int sp1 = version(b, s, e);
            if (sp1 >= e || b[sp1] != ' ') {
                throw new SipDecodeException("invalid SIP-Version in Status-Line", sp1 - s, 400, h.startLine(), null);
            }
            h.version = word(b, s, sp1);
            int c = sp1 + 1;
            // Status-Code = 3DIGIT (RFC 4475 §3.1.2.19: a longer code is invalid); the error is at the first byte
            // that does not fit.
            int bad = c;
            while (bad < c + 3 && bad < e && digit(b[bad])) {
                bad++;
            }
            if (bad < c + 3 || bad < e && b[bad] != ' ') {
                throw new SipDecodeException("Status-Code must be three digits", bad - s, 400, h.startLine(), null);
            }
            h.status = (b[c] - '0') * 100 + (b[c + 1] - '0') * 10 + (b[c + 2] - '0');
            if (h.status < 100) {
                throw new SipDecodeException("Status-Code below 100", c - s, 400, h.startLine(), null);
            }
            int r = Math.min(c + 4, e);
            boolean ascii = true;
            for (int i = r; i < e; i++) {
                if (b[i] >= 0 && b[i] < 0x20 && b[i] != '\t' || b[i] == 0x7F) {
                    throw new SipDecodeException("control character in Reason-Phrase", i - s, 400, h.startLine(), null);
                }
                ascii &= b[i] >= 0;
            }
            // US-ASCII (nearly always) decodes as Latin-1 does, through the small constructor (see SipReader#latin1)
            h.reason = ascii ? SipReader.latin1(b, r, e - r) : new String(b, r, e - r, StandardCharsets.UTF_8);
            h.request = false;
            return;
        }
        int sp1 = s;
        while (sp1 < e && isTokenByte(b[sp1])) {
            sp1++;
        }
        if (sp1 == s || sp1 >= e || b[sp1] != ' ') {
            throw new SipDecodeException(sp1 == s ? "expected Method" : "expected SP after Method", sp1 - s, 400, h.startLine(), null);
        }
        int u = sp1 + 1;
        // the first SP, HTAB, other control character or DEL, eight bytes at a time
        int sp2 = AsciiScan.skipToSpaceOrControl(b, u, e);
        if (sp2 < e && b[sp2] != ' ' && b[sp2] != '\t') {
            throw new SipDecodeException("control character in Request-URI", sp2 - s, 400, h.startLine(), null);
        }
        if (sp2 == u) {
            throw new SipDecodeException("expected Request-URI after a single SP", u - s, 400, h.startLine(), null);
        }
        if (sp2 >= e || b[sp2] != ' ') {
            throw new SipDecodeException("expected SP after Request-URI", sp2 - s, 400, h.startLine(), null);
        }
        int v = sp2 + 1;
        int ve = version(b, v, e);
        if (ve == v || ve != e) {
            throw new SipDecodeException(ve == v ? "expected SIP-Version" : "unexpected text after SIP-Version",
                    ve - s, 400, h.startLine(), null);
        }
        h.request = true;
        h.method = word(b, s, sp1);
        h.uriFrom = u - h.msgStart;
        h.uriTo = sp2 - h.msgStart;
        h.version = word(b, v, e);
    }

    /** Start-line words that nearly every message holds: the version and the methods of RFC 3261 §27.4. */
    private static final String[] COMMON_WORDS = {SipMessage.SIP_2_0, "INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS"};

    /** The US-ASCII text {@code b[from, to)}: one of {@link #COMMON_WORDS}, shared, or a new string. */
    private static String word(byte[] b, int from, int to) {
        for (String w : COMMON_WORDS) {
            if (w.length() == to - from && w.charAt(0) == b[from] && regionEquals(b, from, w)) {
                return w;
            }
        }
        return new String(b, from, to - from, StandardCharsets.US_ASCII);
    }

    private static boolean regionEquals(byte[] b, int from, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (b[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT ; returns the index after it, or {@code s} if there is none. */
    private static int version(byte[] b, int s, int e) {
        if (e - s < 7 || (b[s] | 0x20) != 's' || (b[s + 1] | 0x20) != 'i' || (b[s + 2] | 0x20) != 'p' || b[s + 3] != '/') {
            return s;
        }
        int i = s + 4;
        int d = i;
        while (i < e && digit(b[i])) {
            i++;
        }
        if (i == d || i >= e || b[i] != '.') {
            return s;
        }
        d = ++i;
        while (i < e && digit(b[i])) {
            i++;
        }
        return i == d ? s : i;
    }

    /** Reads one header row into {@code h}; returns its name. */
    private HeaderName headerField(Head h, byte[] b, int msgStart, int s, int le, boolean folded) {
        // Nearly always the name is a known one right before the ':': found by the first ':' (eight bytes at a time)
        // and the lookup, whose match is exact in any case (see HeaderName#lookup), so its bytes are token characters
        // and the scan below would end at that same ':'.
        int colon = AsciiScan.indexOf(b, (byte) ':', s, le);
        HeaderName name = colon > s ? HeaderName.lookup(b, s, colon) : null;
        if (name == null) {
            colon = s;
            while (colon < le && isTokenByte(b[colon])) {
                colon++;
            }
            int nameEnd = colon;
            while (colon < le && (b[colon] == ' ' || b[colon] == '\t')) {
                colon++;
            }
            if (nameEnd == s || colon >= le || b[colon] != ':') {
                throw h.error(nameEnd == s ? "header line does not start with a field name" : "expected ':' after header name",
                        colon - msgStart, 400);
            }
            name = HeaderName.lookup(b, s, nameEnd);
            if (name == null) {
                name = HeaderName.of(new String(b, s, nameEnd - s, StandardCharsets.US_ASCII));
            }
        }
        int vs = colon + 1;
        int ve = le;
        if (!folded) {
            if (ve > vs && b[ve - 1] == '\r') {
                ve--;
            }
            while (vs < ve && (b[vs] == ' ' || b[vs] == '\t')) {
                vs++;
            }
            while (ve > vs && (b[ve - 1] == ' ' || b[ve - 1] == '\t')) {
                ve--;
            }
            h.valueStart = vs;
            if (h.control) {
                checkValueBytes(h, b, msgStart, vs, ve, false);
            }
            h.add(name, vs, ve, h.nonAscii ? new String(b, vs, ve - vs, StandardCharsets.UTF_8) : null);
            return name;
        }
        // RFC 3261 §7.3.1: folded lines are "equivalent to a single SP"
        h.valueStart = vs;
        while (h.valueStart < ve && (b[h.valueStart] == ' ' || b[h.valueStart] == '\t' || b[h.valueStart] == '\r'
                || b[h.valueStart] == '\n')) {
            h.valueStart++;
        }
        if (!h.control && !h.nonAscii) {
            // unfolded when read (see Headers#fromWire): no copy here
            h.add(name, vs, ~ve, null);
            return name;
        }
        StringBuilder v = new StringBuilder(ve - vs);
        int i = vs;
        boolean quoted = false;
        while (i < ve) {
            int le2 = lineEnd(b, i, ve + 1);
            int seg = le2 < 0 ? ve : le2;
            int te = seg > i && b[seg - 1] == '\r' ? seg - 1 : seg;
            quoted = checkValueBytes(h, b, msgStart, i, te, quoted);
            // strip() below would remove them too, after copying them: leave SP and HTAB out of the copy
            int ps = i;
            int pe = te;
            while (ps < pe && (b[ps] == ' ' || b[ps] == '\t')) {
                ps++;
            }
            while (pe > ps && (b[pe - 1] == ' ' || b[pe - 1] == '\t')) {
                pe--;
            }
            String part = new String(b, ps, pe - ps, StandardCharsets.UTF_8).strip();
            if (!part.isEmpty()) {
                if (v.length() > 0) {
                    v.append(' ');
                }
                v.append(part);
            }
            i = seg + 1;
        }
        h.add(name, vs, ve, v.toString());
        return name;
    }

    /**
     * The folded value {@code b[vs, ve)}, printable US-ASCII but for SP, HTAB and the line ends of its folds, as one
     * line: as the general path of {@link #headerField} makes it (each line stripped of SP and HTAB, the non-empty ones
     * joined by one SP), in one pass and one copy. RFC 3261 §7.3.1: "The line break and the whitespace at the beginning
     * of the next line are treated as a single SP character."
     * No byte of it needs {@link #checkValueBytes}: the line scan found no control character in it.
     */
    private static String unfoldAscii(byte[] b, int vs, int ve) {
        byte[] out = new byte[ve - vs];
        int n = 0;
        int i = vs;
        while (i < ve) {
            int le = lineEnd(b, i, ve + 1);
            int seg = le < 0 ? ve : le;
            int pe = seg > i && b[seg - 1] == '\r' ? seg - 1 : seg;
            int ps = i;
            while (ps < pe && (b[ps] == ' ' || b[ps] == '\t')) {
                ps++;
            }
            while (pe > ps && (b[pe - 1] == ' ' || b[pe - 1] == '\t')) {
                pe--;
            }
            if (pe > ps) {
                if (n > 0) {
                    out[n++] = ' ';
                }
                System.arraycopy(b, ps, out, n, pe - ps);
                n += pe - ps;
            }
            i = seg + 1;
        }
        return SipReader.latin1(out, 0, n);
    }

    /**
     * A NUL, CR or other control character (other than HTAB) in a header value is a syntax error, except as the
     * escaped character of a quoted-pair inside a quoted-string. RFC 3261 §25.1: "quoted-pair  =  "\\" (%x00-09 /
     * %x0B-0C / %x0E-7F)"; RFC 4475 §3.1.1.2 quotes BEL, NUL and DEL that way in a display name. Returns whether
     * {@code to} is inside a quoted-string (a folded value is checked one line at a time).
     */
    private static boolean checkValueBytes(Head h, byte[] b, int msgStart, int from, int to,
            boolean quoted) {
        boolean inQuotes = quoted;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (inQuotes && c == '\\' && i + 1 < to && b[i + 1] != '\r' && b[i + 1] != '\n') {
                i++;
                continue;
            }
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c >= 0 && c < 0x20 && c != '\t' || c == 0x7F) {
                throw h.error(String.format("control character 0x%02X in header value", c), i - msgStart, 400);
            }
        }
        return inQuotes;
    }

    /**
     * Content-Length = ( "Content-Length" / "l" ) HCOLON 1*DIGIT. More than one row, or a value that is not
     * digits (RFC 4475 §3.1.2.3, §3.3.9), is an error: the body cannot be framed. The error points at the first byte
     * that is not a digit (at the value when it has too many digits), or at the start of the second row.
     */
    private static long contentLength(Head h, int msgStart) {
        if (h.contentLengthValue < 0) {
            return -1;
        }
        int row = indexOf(h, HeaderName.CONTENT_LENGTH);
        long digits = h.secondContentLengthRow < 0 ? asciiDigits(h, row) : -1;
        if (digits >= 0) {
            return digits; // the common case, read from the bytes; anything else is reported from the value below
        }
        String v = h.value(row);
        int at = h.contentLengthValue - msgStart;
        long x = 0;
        for (int j = 0; j < v.length(); j++) {
            char c = v.charAt(j);
            if (c < '0' || c > '9') {
                throw h.error("invalid Content-Length \"" + v + '"', at + j, 400);
            }
            x = x * 10 + (c - '0');
        }
        if (v.isEmpty() || v.length() > 10) {
            throw h.error("invalid Content-Length \"" + v + '"', at, 400);
        }
        if (h.secondContentLengthRow >= 0) {
            throw h.error("more than one Content-Length", h.secondContentLengthRow - msgStart, 400);
        }
        return x;
    }

    /** Row {@code row}'s value as a number when it is 1 to 10 US-ASCII digits held as bounds, else -1. */
    private static long asciiDigits(Head h, int row) {
        if (h.values != null && h.values[row] != null || h.bounds[2 * row + 1] < 0) {
            return -1;
        }
        int from = h.msgStart + h.bounds[2 * row];
        int to = h.msgStart + h.bounds[2 * row + 1];
        if (to == from || to - from > 10) {
            return -1;
        }
        long x = 0;
        for (int i = from; i < to; i++) {
            byte c = h.line[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            x = x * 10 + (c - '0');
        }
        return x;
    }

    private static int indexOf(Head h, HeaderName name) {
        for (int i = 0; i < h.fieldCount; i++) {
            if (h.names[i] == name) {
                return i;
            }
        }
        return -1;
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** token characters: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" */
    static boolean isTokenByte(byte c) {
        return SipReader.isTokenChar(c);
    }
}
