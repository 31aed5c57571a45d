package io.sipspec.message;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over SIP text with one method per RFC 3261 §25 ABNF rule it reads.
 *
 * <p>Method names follow the rule names ({@code token}, {@code quotedString}, {@code hcolon} …).
 * A method either consumes the text its rule matches and returns it, or throws
 * {@link SipParseException} naming the rule and the position. Methods starting with {@code is} or
 * {@code peek} never consume.
 *
 * <p>The reader scans bytes, one per character: a header value read from the wire in place in the message bytes
 * (US-ASCII, positions are byte offsets), or a {@link String}, whose characters it copies into bytes first (a
 * character above U+00FF becomes 0xFF, outside US-ASCII like the character itself: the rules only let such characters
 * through, they never tell them apart); the text it returns is then cut from the String. Header values have been
 * unfolded by the framing layer, but the rules still accept LWS (with CRLF) wherever the grammar does, so values built
 * by hand parse too.
 */
public final class SipReader {

    /** The characters, one byte each (see above). */
    private final byte[] b;
    /** The text read, or for bytes read in place null until {@link #input()} makes it (for an error). */
    private String s;
    /** Whether the text read holds a character above U+00FF: only then is a part of it cut from the String. */
    private final boolean wide;
    private int end;
    private int pos;

    public SipReader(String s) {
        this(s, 0, s.length());
    }

    public SipReader(String s, int start, int end) {
        this.s = s;
        int n = s.length();
        byte[] bytes = new byte[n];
        char max = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            max |= c;
            bytes[i] = (byte) (c > 0xFF ? 0xFF : c);
        }
        this.b = bytes;
        this.wide = max > 0xFF;
        this.pos = start;
        this.end = end;
    }

    /** Reads the US-ASCII bytes {@code bytes[start, end)} in place; positions are indexes in {@code bytes}. */
    SipReader(byte[] bytes, int start, int end) {
        this.b = bytes;
        this.wide = false;
        this.pos = start;
        this.end = end;
    }


    // ---------------------------------------------------------------- cursor

    public int position() {
        return pos;
    }

    /** Where the input ends: {@link #input()} may go on beyond it (a value read in the text of a whole head). */
    int limit() {
        return end;
    }

    /** Sets where the input ends (to read a part of it with this reader); returns the previous end. */
    int limit(int newEnd) {
        int old = end;
        end = newEnd;
        return old;
    }

    public void position(int p) {
        this.pos = p;
    }

    /** The text read: positions (and those of the errors) are indexes in it. */
    public String input() {
        String t = s;
        if (t == null) {
            s = t = new String(b, StandardCharsets.ISO_8859_1);
        }
        return t;
    }

    /**
     * Where the reader's characters come from, for a value that keeps its text as bounds (see {@link #slice(Object, int,
     * int)}): the String read, or the bytes read in place.
     */
    Object source() {
        return s != null ? s : b;
    }

    /** The text {@code from, to)} of a {@link #source()}. */
    static String slice(Object source, int from, int to) {
        return source instanceof String str ? str.substring(from, to) : latin1((byte[]) source, from, to - from);
    }

    /** The input from {@code from} to {@code to}, copied. */
    String slice(int from, int to) {
        // the bytes hold every character up to U+00FF as it is: the String is needed only for wider ones
        return wide ? s.substring(from, to) : latin1(b, from, to - from);
    }

    /**
     * {@code bytes[from, from + length)} as ISO-8859-1 text, each byte one character: what {@code new String(bytes,
     * from, length, ISO_8859_1)} makes, through the constructor that does only that (a copy of the bytes). The charset
     * constructor holds every decoder (840 bytecodes in JDK 17), too big for the JIT to inline into the many small
     * methods that cut text out of a message, so each of them paid a call and the checks before the Latin-1 case.
     */
    @SuppressWarnings("deprecation")
    public static String latin1(byte[] bytes, int from, int length) {
        return new String(bytes, 0, from, length);
    }

    /** Whether {@code text} is this reader's {@link #input()} (an error raised while reading it). */
    boolean isInput(String text) {
        return text != null && text == s;
    }

    /** The character at {@code i} (see the class comment). */
    char charAt(int i) {
        return (char) (b[i] & 0xFF);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The index of the first {@code c} (US-ASCII) at or after {@code from} and before the end, or -1; eight bytes at a
     * time (the lowest byte that the "has a zero byte" bit trick flags in {@code word ^ c...c} is exactly the first match).
     */
    int indexOf(char c, int from) {
        return indexOf(b, c, from, end);
    }

    /** As {@link #indexOf(char, int)} in {@code b[from, end)}. */
    static int indexOf(byte[] b, char c, int from, int end) {
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

    /** "SIP/2.0/" as a little-endian word (see {@link #skipSip20Slash}). */
    private static final long SIP_2_0_SLASH = (long) LONGS.get("SIP/2.0/".getBytes(StandardCharsets.US_ASCII), 0);

    /**
     * Consumes {@code "SIP/2.0/"} and the SWS after it when it is next, exactly so written (in one compare of eight
     * bytes): what {@code token() slash() token() slash()} reads there, as they would return "SIP" and "2.0" (see
     * {@link #text}), so a Via's sent-protocol, nearly always so written, is read without two tokens and two separators.
     */
    boolean skipSip20Slash() {
        if (pos + 8 <= end && (long) LONGS.get(b, pos) == SIP_2_0_SLASH) {
            pos += 8;
            sws();
            return true;
        }
        return false;
    }

    public boolean atEnd() {
        return pos >= end;
    }

    /** The current character, or {@code -1} at the end. */
    public int peek() {
        return pos < end ? charAt(pos) : -1;
    }

    public int peek(int ahead) {
        int p = pos + ahead;
        return p < end ? charAt(p) : -1;
    }

    public boolean isNext(char c) {
        return pos < end && charAt(pos) == c;
    }

    /** Consumes {@code c} if it is next. */
    public boolean skip(char c) {
        if (pos < end && charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    public void expect(char c) {
        if (!skip(c)) {
            throw error("expected '" + c + "'");
        }
    }

    /** Consumes {@code word} case-insensitively if it is next. */
    public boolean skipIgnoreCase(String word) {
        if (!regionMatchesIgnoreCase(pos, word)) {
            return false;
        }
        pos += word.length();
        return true;
    }

    /**
     * Whether {@code word} (US-ASCII) is at {@code at}, ASCII letters compared case-insensitively: a byte compare and
     * a bit, where String.regionMatches(true, ...) maps each character through Unicode case tables.
     */
    boolean regionMatchesIgnoreCase(int at, String word) {
        int n = word.length();
        if (at < 0 || at + n > end) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = charAt(at + i);
            char w = word.charAt(i);
            if (c != w && !(isAlpha(c) && (c | 0x20) == (w | 0x20))) {
                return false;
            }
        }
        return true;
    }

    public String rest() {
        String r = slice(pos, end);
        pos = end;
        return r;
    }

    public void expectEnd() {
        sws();
        if (pos < end) {
            // the character itself, not its byte, when it is above U+00FF
            throw error("unexpected character '" + printable(wide ? s.charAt(pos) : charAt(pos)) + "'");
        }
    }

    public SipParseException error(String reason) {
        return new SipParseException(reason, pos, input());
    }

    public SipParseException error(String reason, int at) {
        return new SipParseException(reason, at, input());
    }

    // ---------------------------------------------------------------- character classes (§25.1)

    // Each class is one bit in a table over the 256 byte values (US-ASCII and an empty upper half), built from the rules
    // below (see CLASSES), so that a test is one load and one AND; anything outside US-ASCII (and -1, "no character")
    // is in none of them.
    private static final int ALPHA = 1;
    private static final int DIGIT = 1 << 1;
    private static final int HEXDIG = 1 << 2;
    private static final int MARK = 1 << 3;
    private static final int RESERVED = 1 << 4;
    private static final int TOKEN = 1 << 5;
    private static final int WORD = 1 << 6;
    private static final int PARAMCHAR = 1 << 7;
    private static final int HNVCHAR = 1 << 8;
    private static final int USER = 1 << 9;
    private static final int PASSWORD = 1 << 10;
    private static final short[] CLASSES = classes();

    private static short[] classes() {
        // 256 entries, the upper half empty: a character read from the bytes (0 to 255) needs no range check
        short[] t = new short[256];
        for (int c = 0; c < 128; c++) {
            boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean digit = c >= '0' && c <= '9';
            boolean alphanum = alpha || digit;
            // mark = "-" / "_" / "." / "!" / "~" / "*" / "'" / "(" / ")"
            boolean mark = c == '-' || c == '_' || c == '.' || c == '!' || c == '~' || c == '*' || c == '\'' || c == '(' || c == ')';
            boolean unreserved = alphanum || mark;
            // token characters: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~"
            boolean token = alphanum || c == '-' || c == '.' || c == '!' || c == '%' || c == '*' || c == '_' || c == '+'
                    || c == '`' || c == '\'' || c == '~';
            int bits = (alpha ? ALPHA : 0) | (digit ? DIGIT : 0) | (mark ? MARK : 0) | (token ? TOKEN : 0);
            if (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
                bits |= HEXDIG;
            }
            // reserved = ";" / "/" / "?" / ":" / "@" / "&" / "=" / "+" / "$" / ","
            if (c == ';' || c == '/' || c == '?' || c == ':' || c == '@' || c == '&' || c == '=' || c == '+' || c == '$' || c == ',') {
                bits |= RESERVED;
            }
            // word: token characters plus ( ) < > : \ DQUOTE / [ ] ? { }
            if (token || c == '(' || c == ')' || c == '<' || c == '>' || c == ':' || c == '\\' || c == '"' || c == '/' || c == '['
                    || c == ']' || c == '?' || c == '{' || c == '}') {
                bits |= WORD;
            }
            // paramchar = param-unreserved / unreserved / escaped ; param-unreserved = "[" / "]" / "/" / ":" / "&" / "+" / "$"
            if (unreserved || c == '%' || c == '[' || c == ']' || c == '/' || c == ':' || c == '&' || c == '+' || c == '$') {
                bits |= PARAMCHAR;
            }
            // hnv-unreserved / unreserved / escaped ; hnv-unreserved = "[" / "]" / "/" / "?" / ":" / "+" / "$"
            if (unreserved || c == '%' || c == '[' || c == ']' || c == '/' || c == '?' || c == ':' || c == '+' || c == '$') {
                bits |= HNVCHAR;
            }
            // user = 1*( unreserved / escaped / user-unreserved ) ; user-unreserved = "&" / "=" / "+" / "$" / "," / ";" / "?" / "/"
            if (unreserved || c == '%' || c == '&' || c == '=' || c == '+' || c == '$' || c == ',' || c == ';' || c == '?' || c == '/') {
                bits |= USER;
            }
            // password = *( unreserved / escaped / "&" / "=" / "+" / "$" / "," )
            if (unreserved || c == '%' || c == '&' || c == '=' || c == '+' || c == '$' || c == ',') {
                bits |= PASSWORD;
            }
            t[c] = (short) bits;
        }
        return t;
    }

    private static boolean is(int c, int cls) {
        return (c & ~0xFF) == 0 && (CLASSES[c] & cls) != 0;
    }

    public static boolean isAlpha(int c) {
        return is(c, ALPHA);
    }

    public static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAlphanum(int c) {
        return is(c, ALPHA | DIGIT);
    }

    public static boolean isHexdig(int c) {
        return is(c, HEXDIG);
    }

    public static boolean isWsp(int c) {
        return c == ' ' || c == '\t';
    }

    /** mark = "-" / "_" / "." / "!" / "~" / "*" / "'" / "(" / ")" */
    public static boolean isMark(int c) {
        return is(c, MARK);
    }

    /** unreserved = alphanum / mark */
    public static boolean isUnreserved(int c) {
        return is(c, ALPHA | DIGIT | MARK);
    }

    /** reserved = ";" / "/" / "?" / ":" / "@" / "&" / "=" / "+" / "$" / "," */
    public static boolean isReserved(int c) {
        return is(c, RESERVED);
    }

    /** token characters: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" */
    public static boolean isTokenChar(int c) {
        return is(c, TOKEN);
    }

    /** word characters: token characters plus ( ) &lt; &gt; : \ DQUOTE / [ ] ? { } */
    public static boolean isWordChar(int c) {
        return is(c, WORD);
    }

    /** uric = reserved / unreserved / escaped (the '%' is checked by {@link #escaped}). */
    public static boolean isUric(int c) {
        return isReserved(c) || isUnreserved(c) || c == '%';
    }

    // ---------------------------------------------------------------- basic rules (§25.1)

    /** LWS = [*WSP CRLF] 1*WSP ; true if any linear white space was consumed. */
    public boolean lws() {
        // Most separators have no white space around them: a test small enough to inline, before the full rule.
        if (pos >= end || charAt(pos) > ' ') {
            return false;
        }
        return lwsRun();
    }

    private boolean lwsRun() {
        int start = pos;
        int p = pos;
        while (p < end && isWsp(charAt(p))) {
            p++;
        }
        if (p + 1 < end && charAt(p) == '\r' && charAt(p + 1) == '\n') {
            int q = p + 2;
            if (q < end && isWsp(charAt(q))) {
                p = q;
                while (p < end && isWsp(charAt(p))) {
                    p++;
                }
            }
        }
        pos = p;
        return p > start;
    }

    /** SWS = [LWS] */
    public void sws() {
        lws();
    }

    /** HCOLON = *( SP / HTAB ) ":" SWS */
    public void hcolon() {
        while (pos < end && isWsp(charAt(pos))) {
            pos++;
        }
        expect(':');
        sws();
    }

    private boolean separator(char c) {
        if (pos < end && b[pos] == c) {
            // no white space before it: the common case, without saving and restoring the position
            pos++;
            sws();
            return true;
        }
        return spaceThenSeparator(c);
    }

    /**
     * As {@link #separator} when {@code c} is not next: white space, then {@code c}. Apart so that the common case stays
     * small enough for the JIT to inline it into every rule that reads separators.
     */
    private boolean spaceThenSeparator(char c) {
        if (pos >= end || b[pos] > ' ') {
            return false;
        }
        int save = pos;
        sws();
        if (skip(c)) {
            sws();
            return true;
        }
        pos = save;
        return false;
    }

    /** SEMI = SWS ";" SWS */
    public boolean semi() {
        return separator(';');
    }

    /** COMMA = SWS "," SWS */
    public boolean comma() {
        return separator(',');
    }

    /** EQUAL = SWS "=" SWS */
    public boolean equal() {
        return separator('=');
    }

    /** SLASH = SWS "/" SWS */
    public boolean slash() {
        return separator('/');
    }

    /** COLON = SWS ":" SWS */
    public boolean colon() {
        return separator(':');
    }

    /** STAR = SWS "*" SWS */
    public boolean star() {
        return separator('*');
    }

    /** LAQUOT = SWS "&lt;" */
    public boolean laquot() {
        int save = pos;
        sws();
        if (skip('<')) {
            return true;
        }
        pos = save;
        return false;
    }

    /** RAQUOT = "&gt;" SWS */
    public void raquot() {
        expect('>');
        sws();
    }

    /** token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" ) */
    public String token() {
        int start = pos;
        while (pos < end && isTokenChar(charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("expected token");
        }
        return text(start, pos);
    }

    /** Reads a token (see {@link #token}) without copying it out. */
    public void skipToken() {
        int start = pos;
        while (pos < end && isTokenChar(charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("expected token");
        }
    }

    public boolean isToken() {
        return pos < end && isTokenChar(charAt(pos));
    }

    /** word = 1*(token characters / "(" / ")" / "&lt;" / "&gt;" / ":" / "\" / DQUOTE / "/" / "[" / "]" / "?" / "{" / "}" ) */
    public String word() {
        int start = pos;
        while (pos < end && isWordChar(charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("expected word");
        }
        return slice(start, pos);
    }

    /** Reads a word (see {@link #word}) without copying it out. */
    void skipWord() {
        int start = pos;
        while (pos < end && isWordChar(charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("expected word");
        }
    }

    /** 1*DIGIT, as a long; {@code what} names the field in the error. Values beyond 2^63-1 are rejected. */
    public long digits(String what) {
        int start = pos;
        long v = 0;
        while (pos < end && isDigit(charAt(pos))) {
            int d = charAt(pos) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw error(what + " is too large", start);
            }
            v = v * 10 + d;
            pos++;
        }
        if (pos == start) {
            throw error("expected digits for " + what);
        }
        return v;
    }

    /** delta-seconds = 1*DIGIT ; RFC 3261 §25 allows any length, values are capped at 2^32-1 as §20.19 and §10.2.1 suggest. */
    public long deltaSeconds() {
        int start = pos;
        while (pos < end && isDigit(charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("expected delta-seconds");
        }
        // RFC 3261 §20.19 / RFC 4475 §3.1.2.4: an overlarge Expires is not a parse error; it is capped.
        long v = 0;
        for (int i = start; i < pos; i++) {
            v = v * 10 + (charAt(i) - '0');
            if (v > 0xFFFFFFFFL) {
                return 0xFFFFFFFFL;
            }
        }
        return v;
    }

    /**
     * quoted-string = SWS DQUOTE *(qdtext / quoted-pair ) DQUOTE ; returns the text between the quotes with
     * quoted-pairs still escaped (use {@link #unquote} for the value).
     */
    public String quotedString() {
        int start = skipQuotedString();
        return slice(start, pos - 1);
    }

    /** Reads a quoted-string (see {@link #quotedString}) without copying it out; returns the index after its DQUOTE. */
    public int skipQuotedString() {
        sws();
        int open = pos;
        expect('"');
        int start = pos;
        while (pos < end) {
            char c = charAt(pos);
            if (c == '"') {
                pos++;
                return start;
            }
            if (c == '\\') {
                // quoted-pair = "\" (%x00-09 / %x0B-0C / %x0E-7F)
                if (pos + 1 >= end) {
                    break;
                }
                char q = charAt(pos + 1);
                if (q == '\n' || q == '\r' || q > 0x7F) {
                    throw error("invalid quoted-pair", pos);
                }
                pos += 2;
                continue;
            }
            if (c == '\r') {
                int save = pos;
                if (!lws()) {
                    throw error("CR not followed by LWS in quoted-string", save);
                }
                continue;
            }
            if (c < 0x20 && c != '\t' || c == 0x7F) {
                throw error("control character in quoted-string");
            }
            pos++;
        }
        throw error("unterminated quoted-string", open);
    }

    /** Removes quoted-pair escapes: the value a quoted-string denotes. */
    public static String unquote(String quotedContent) {
        int bs = quotedContent.indexOf('\\');
        if (bs < 0) {
            return quotedContent;
        }
        StringBuilder b = new StringBuilder(quotedContent.length());
        for (int i = 0; i < quotedContent.length(); i++) {
            char c = quotedContent.charAt(i);
            if (c == '\\' && i + 1 < quotedContent.length()) {
                c = quotedContent.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Quotes a value as a quoted-string, escaping DQUOTE and backslash. */
    public static String quote(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }

    /** comment = LPAREN *(ctext / quoted-pair / comment) RPAREN ; returns it with its parentheses. */
    public String comment() {
        int start = pos;
        expect('(');
        int depth = 1;
        while (pos < end && depth > 0) {
            char c = charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            pos++;
        }
        if (depth > 0) {
            throw error("unterminated comment", start);
        }
        return slice(start, Math.min(pos, end));
    }

    /** escaped = "%" HEXDIG HEXDIG */
    public void escaped() {
        if (isNext('%') && isHexdig(peek(1)) && isHexdig(peek(2))) {
            pos += 3;
            return;
        }
        throw error("invalid escape: '%' must be followed by two hex digits");
    }

    // ---------------------------------------------------------------- host (§25.1)

    /** hostport = host [ ":" port ] ; returns the host, the caller reads the port with {@link #optionalPort}. */
    public Host host() {
        int start = pos;
        if (isNext('[')) {
            pos++;
            int close = indexOf(']', pos);
            if (close < 0) {
                throw error("unterminated IPv6reference", start);
            }
            String addr = slice(pos, close);
            byte[] bytes = Host.ipv6Bytes(addr);
            if (bytes == null) {
                throw error("invalid IPv6address", pos);
            }
            pos = close + 1;
            return Host.ipv6(slice(start, pos), bytes);
        }
        long v4 = hostnameOrIpv4();
        return v4 >= 0 ? Host.ipv4(source(), start, pos, v4) : Host.hostname(source(), start, pos);
    }

    /**
     * Reads a host that is not an IPv6reference: hostname / IPv4address, checked in full. Returns the IPv4address as an
     * unsigned 32-bit number, or -1 for a hostname; no {@link Host} is made (a URI makes its own when asked for it).
     */
    long hostnameOrIpv4() {
        int start = pos;
        // hostname = *( domainlabel "." ) toplabel [ "." ] ; IPv4address = 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT
        // The hostname rule is checked during the scan (one pass, no copy of a host that is not one):
        // domainlabel = alphanum / alphanum *( alphanum / "-" ) alphanum ; toplabel = ALPHA / ALPHA *( alphanum / "-" ) alphanum
        byte[] a = b;
        int p = pos;
        int e = end;
        int label = p;
        boolean hostname = true;
        boolean alphaLabel = false;
        // the OR of the HOST_CHARS kinds read: no HOST_LETTER bit, only digits and dots, so it may be an IPv4address
        int kinds = 0;
        while (p < e) {
            int k = HOST_CHARS[a[p] & 0xFF];
            if (((k - 1) & ~1) == 0) {
                // a letter or a digit (kind 1 or 2), by far the most frequent: one test
                kinds |= k;
            } else if (k == HOST_DOT) {
                hostname &= p > label && a[p - 1] != '-';
                alphaLabel = p > label && isAlpha(a[label]);
                label = p + 1;
            } else if (k == HOST_HYPHEN) {
                hostname &= p > label;
                kinds |= k;
            } else {
                break;
            }
            p++;
        }
        boolean digits = (kinds & HOST_LETTER) == 0;
        pos = p;
        if (p == start) {
            throw error("expected host");
        }
        if (label < p) {
            // the last label has no "." after it
            hostname &= a[p - 1] != '-';
            alphaLabel = isAlpha(a[label]);
        }
        long v4 = digits ? Host.ipv4(a, start, p) : -1;
        if (v4 >= 0) {
            return v4;
        }
        if (!hostname || !alphaLabel) {
            throw error("invalid host \"" + slice(start, pos) + '"', start);
        }
        return -1;
    }

    /**
     * The characters of a hostname or IPv4address by kind, for {@link #hostnameOrIpv4}: a letter, a digit, "-" (which
     * has the {@link #HOST_LETTER} bit too: neither is in an IPv4address), "." or (0) none of them.
     */
    private static final int HOST_LETTER = 1;
    private static final int HOST_DIGIT = 2;
    private static final int HOST_HYPHEN = 4 | HOST_LETTER;
    private static final int HOST_DOT = 8;
    private static final byte[] HOST_CHARS = hostChars();

    private static byte[] hostChars() {
        byte[] t = new byte[256];
        for (int c = 0; c < 128; c++) {
            t[c] = (byte) (isAlpha(c) ? HOST_LETTER : isDigit(c) ? HOST_DIGIT : c == '-' ? HOST_HYPHEN : c == '.' ? HOST_DOT : 0);
        }
        return t;
    }

    /** IPv4address = 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT: the input {@code [from, to)} as a number, or -1. */
    long ipv4(int from, int to) {
        return Host.ipv4(b, from, to);
    }

    /**
     * Reads the characters of an IPv4address or IPv6address (HEXDIG, ":" and "."; what they make is for the caller to
     * check); returns the position after them.
     */
    int skipAddressChars() {
        while (pos < end && (isHexdig(b[pos]) || b[pos] == ':' || b[pos] == '.')) {
            pos++;
        }
        return pos;
    }

    /** [ ":" port ], port = 1*DIGIT ; -1 when absent. Ports above 65535 are rejected. */
    public int optionalPort() {
        if (!isNext(':')) {
            return -1;
        }
        pos++;
        int start = pos;
        long p = digits("port");
        if (p > 65535) {
            throw error("port out of range", start);
        }
        return (int) p;
    }

    // ---------------------------------------------------------------- parameters (§25.1)

    /**
     * generic-param = token [ EQUAL gen-value ] ; gen-value = token / host / quoted-string. Reads
     * {@code *( SEMI generic-param )} into {@code params}. Quoted values keep their quotes so that a
     * serialized parameter is what was received.
     */
    public Parameters genericParams() {
        String[] nv = null;
        int n = 0;
        while (semi()) {
            String name = token();
            String value = null;
            if (equal()) {
                value = genValue();
            }
            nv = Parameters.append(nv, n, name, value);
            n += 2;
        }
        return Parameters.of(nv, n);
    }

    /** gen-value = token / host / quoted-string */
    public String genValue() {
        sws();
        if (isNext('"')) {
            int start = pos;
            skipQuotedString();
            return slice(start, pos);
        }
        if (isNext('[')) {
            int start = pos;
            host();
            return slice(start, pos);
        }
        return token();
    }

    /** Reads one char of a uri-parameter value or name: paramchar = param-unreserved / unreserved / escaped. */
    static boolean isParamChar(int c) {
        return is(c, PARAMCHAR);
    }

    /** hnv-unreserved / unreserved / escaped */
    static boolean isHnvChar(int c) {
        return is(c, HNVCHAR);
    }

    /** Consumes a run of characters allowed by {@code cls}, checking escapes; returns it (possibly empty). */
    public String run(CharClass cls) {
        int start = pos;
        while (pos < end) {
            char c = charAt(pos);
            if (!cls.test(c)) {
                break;
            }
            if (c == '%') {
                escaped();
            } else {
                pos++;
            }
        }
        return text(start, pos);
    }

    /** user = 1*( unreserved / escaped / user-unreserved ) ; reads the run (possibly empty) without copying it out. */
    void skipUser() {
        while (pos < end) {
            char c = charAt(pos);
            if (!is(c, USER)) {
                break;
            }
            if (c == '%') {
                escaped();
            } else {
                pos++;
            }
        }
    }

    /** password = *( unreserved / escaped / "&amp;" / "=" / "+" / "$" / "," ) */
    String password() {
        return run(PASSWORD, false);
    }

    /** pname = 1*paramchar (also pvalue) ; returns the run read, possibly empty. */
    String paramchars() {
        return run(PARAMCHAR, true);
    }

    /** hname = 1*( hnv-unreserved / unreserved / escaped ) (also hvalue) ; returns the run read, possibly empty. */
    String hnvchars() {
        return run(HNVCHAR, true);
    }

    /**
     * As {@link #run(CharClass)} for a class of the table: a table lookup per character instead of a call through an
     * interface, which the JIT cannot inline once several classes use it.
     */
    private String run(int cls, boolean common) {
        int start = pos;
        while (pos < end) {
            char c = charAt(pos);
            if (!is(c, cls)) {
                break;
            }
            if (c == '%') {
                escaped();
            } else {
                pos++;
            }
        }
        // a user or password is never one of the common tokens: no lookup
        return common ? text(start, pos) : slice(start, pos);
    }

    /**
     * Tokens that nearly every message holds (protocol, transports, methods, parameter names): {@link #text} returns
     * these shared strings rather than a new substring each time. A token's slot depends on its first and last
     * characters and its length; no two of these share a slot.
     */
    private static final String[] COMMON = commonTokens("2.0", "SIP", "UDP", "TCP", "TLS", "ACK", "BYE", "tag", "ttl", "tcp",
            "udp", "tls", "lr", "SCTP", "user", "maddr", "rport", "branch", "CANCEL", "INVITE", "method", "expires", "OPTIONS",
            "received", "REGISTER", "transport");

    /** The bytes of each token of {@link #COMMON}, in the same slot. */
    private static final byte[][] COMMON_BYTES = commonBytes();

    private static String[] commonTokens(String... tokens) {
        String[] table = new String[128];
        for (String t : tokens) {
            int slot = slot(t, 0, t.length());
            if (table[slot] != null) {
                throw new IllegalStateException(t + " and " + table[slot] + " share a slot");
            }
            table[slot] = t;
        }
        return table;
    }

    /** The first (up to) eight bytes of each token of {@link #COMMON} as a little-endian word, zero past its end. */
    private static final long[] COMMON_WORDS = commonWords();

    private static long[] commonWords() {
        long[] words = new long[COMMON_BYTES.length];
        for (int i = 0; i < words.length; i++) {
            byte[] t = COMMON_BYTES[i];
            for (int j = 0; t != null && j < Math.min(8, t.length); j++) {
                words[i] |= (long) (t[j] & 0xFF) << (8 * j);
            }
        }
        return words;
    }

    private static byte[][] commonBytes() {
        byte[][] table = new byte[COMMON.length][];
        for (int i = 0; i < COMMON.length; i++) {
            table[i] = COMMON[i] == null ? null : COMMON[i].getBytes(StandardCharsets.US_ASCII);
        }
        return table;
    }

    private static int slot(String s, int start, int end) {
        return slot(s.charAt(start), s.charAt(end - 1), end - start);
    }

    private static int slot(int first, int last, int length) {
        return (first * 2 + last * 8 + length) & 127;
    }

    /** The input from {@code start} to {@code end}: a shared string when it is a common token, else a substring. */
    private String text(int start, int end) {
        if (end > start) {
            int slot = slot(b[start], b[end - 1], end - start);
            byte[] t = COMMON_BYTES[slot];
            int n = end - start;
            if (t != null && t.length == n) {
                if (n <= 8 && start + 8 <= b.length) {
                    // one compare of the eight bytes at start, those past the token masked off
                    if (((long) LONGS.get(b, start) & (-1L >>> (64 - 8 * n))) == COMMON_WORDS[slot]) {
                        return COMMON[slot];
                    }
                } else if (sameBytes(t, start)) {
                    return COMMON[slot];
                }
            }
        }
        return slice(start, end);
    }

    /** Whether {@code t} is at {@code start}: a plain loop, cheaper here than String.startsWith's general checks. */
    private boolean sameBytes(byte[] t, int start) {
        for (int i = 0; i < t.length; i++) {
            if (b[start + i] != t[i]) {
                return false;
            }
        }
        return true;
    }

    /** A predicate on one character, without boxing. */
    @FunctionalInterface
    public interface CharClass {
        boolean test(int c);
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7F ? String.format("\\x%02X", (int) c) : String.valueOf(c);
    }
}
