package io.sipspec.message;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A header field name. The 44 header fields of RFC 3261 §20 are constants with their compact forms
 * (§7.3.3); any other name is an extension header kept as written.
 *
 * <p>RFC 3261 §7.3.1: "field names are always case-insensitive". Known names are canonical instances
 * ({@link #index()} ≥ 0) and compare by identity; {@link #of} and {@link #lookup} map every spelling,
 * compact forms included, to them.
 */
public final class HeaderName {

    private static final List<HeaderName> KNOWN = new ArrayList<>(44);

    public static final HeaderName ACCEPT = known("Accept", (char) 0);
    public static final HeaderName ACCEPT_ENCODING = known("Accept-Encoding", (char) 0);
    public static final HeaderName ACCEPT_LANGUAGE = known("Accept-Language", (char) 0);
    public static final HeaderName ALERT_INFO = known("Alert-Info", (char) 0);
    public static final HeaderName ALLOW = known("Allow", (char) 0);
    public static final HeaderName AUTHENTICATION_INFO = known("Authentication-Info", (char) 0);
    public static final HeaderName AUTHORIZATION = known("Authorization", (char) 0);
    public static final HeaderName CALL_ID = known("Call-ID", 'i');
    public static final HeaderName CALL_INFO = known("Call-Info", (char) 0);
    public static final HeaderName CONTACT = known("Contact", 'm');
    public static final HeaderName CONTENT_DISPOSITION = known("Content-Disposition", (char) 0);
    public static final HeaderName CONTENT_ENCODING = known("Content-Encoding", 'e');
    public static final HeaderName CONTENT_LANGUAGE = known("Content-Language", (char) 0);
    public static final HeaderName CONTENT_LENGTH = known("Content-Length", 'l');
    public static final HeaderName CONTENT_TYPE = known("Content-Type", 'c');
    public static final HeaderName CSEQ = known("CSeq", (char) 0);
    public static final HeaderName DATE = known("Date", (char) 0);
    public static final HeaderName ERROR_INFO = known("Error-Info", (char) 0);
    public static final HeaderName EXPIRES = known("Expires", (char) 0);
    public static final HeaderName FROM = known("From", 'f');
    public static final HeaderName IN_REPLY_TO = known("In-Reply-To", (char) 0);
    public static final HeaderName MAX_FORWARDS = known("Max-Forwards", (char) 0);
    public static final HeaderName MIN_EXPIRES = known("Min-Expires", (char) 0);
    public static final HeaderName MIME_VERSION = known("MIME-Version", (char) 0);
    public static final HeaderName ORGANIZATION = known("Organization", (char) 0);
    public static final HeaderName PRIORITY = known("Priority", (char) 0);
    public static final HeaderName PROXY_AUTHENTICATE = known("Proxy-Authenticate", (char) 0);
    public static final HeaderName PROXY_AUTHORIZATION = known("Proxy-Authorization", (char) 0);
    public static final HeaderName PROXY_REQUIRE = known("Proxy-Require", (char) 0);
    public static final HeaderName RECORD_ROUTE = known("Record-Route", (char) 0);
    public static final HeaderName REPLY_TO = known("Reply-To", (char) 0);
    public static final HeaderName REQUIRE = known("Require", (char) 0);
    public static final HeaderName RETRY_AFTER = known("Retry-After", (char) 0);
    public static final HeaderName ROUTE = known("Route", (char) 0);
    public static final HeaderName SERVER = known("Server", (char) 0);
    public static final HeaderName SUBJECT = known("Subject", 's');
    public static final HeaderName SUPPORTED = known("Supported", 'k');
    public static final HeaderName TIMESTAMP = known("Timestamp", (char) 0);
    public static final HeaderName TO = known("To", 't');
    public static final HeaderName UNSUPPORTED = known("Unsupported", (char) 0);
    public static final HeaderName USER_AGENT = known("User-Agent", (char) 0);
    public static final HeaderName VIA = known("Via", 'v');
    public static final HeaderName WARNING = known("Warning", (char) 0);
    public static final HeaderName WWW_AUTHENTICATE = known("WWW-Authenticate", (char) 0);

    /** The longest known name ("Authentication-Info", "Proxy-Authorization"). */
    private static final int MAX_LENGTH = 19;
    /**
     * The known names and compact forms by length and first letter (see {@link #slot}), with their lower-case bytes:
     * a lookup compares the few candidates of one slot (most slots hold one) instead of hashing the whole name.
     */
    private static final HeaderName[][] BY_SLOT = new HeaderName[(MAX_LENGTH + 1) * 32][];
    private static final byte[][][] KEYS_BY_SLOT = new byte[(MAX_LENGTH + 1) * 32][][];
    /**
     * Per slot and candidate, the lower-case name in little-endian 8-byte words (zero past its end), and per word the
     * bits to OR into the bytes read before comparing: 0x20 where the name has a letter (upper and lower case then
     * compare equal, and nothing else does: only a letter's case differs in that bit), 0 elsewhere ("-" compares
     * exactly), and all bits past the name's end (so that the bytes after it compare equal to the all-ones there too).
     */
    private static final long[][][] WORDS_BY_SLOT = new long[(MAX_LENGTH + 1) * 32][][];
    private static final long[][][] FOLD_BY_SLOT = new long[(MAX_LENGTH + 1) * 32][][];
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        if (KNOWN.size() > 64) {
            throw new IllegalStateException("Headers keeps a bit per known name in a long");
        }
        for (HeaderName h : KNOWN) {
            put(h.lower.getBytes(StandardCharsets.US_ASCII), h);
            if (h.compact != 0) {
                put(new byte[] {(byte) h.compact}, h);
            }
        }
    }

    private final String name;
    private final String lower;
    private final char compact;
    private final int index;

    private HeaderName(String name, char compact, int index) {
        this.name = name;
        this.lower = name.toLowerCase(Locale.ROOT);
        this.compact = compact;
        this.index = index;
    }

    private static HeaderName known(String name, char compact) {
        HeaderName h = new HeaderName(name, compact, KNOWN.size());
        KNOWN.add(h);
        return h;
    }

    private static void put(byte[] key, HeaderName h) {
        int slot = slot(key.length, key[0]);
        HeaderName[] names = BY_SLOT[slot];
        int n = names == null ? 0 : names.length;
        BY_SLOT[slot] = names = names == null ? new HeaderName[1] : Arrays.copyOf(names, n + 1);
        KEYS_BY_SLOT[slot] = KEYS_BY_SLOT[slot] == null ? new byte[1][] : Arrays.copyOf(KEYS_BY_SLOT[slot], n + 1);
        names[n] = h;
        KEYS_BY_SLOT[slot][n] = key;
        int words = (key.length + 7) / 8;
        long[] word = new long[words];
        long[] fold = new long[words];
        for (int i = 0; i < words * 8; i++) {
            long k = i < key.length ? key[i] & 0xFF : 0xFF;
            long f = i >= key.length ? 0xFF : key[i] >= 'a' && key[i] <= 'z' ? 0x20 : 0;
            word[i / 8] |= k << (8 * (i % 8));
            fold[i / 8] |= f << (8 * (i % 8));
        }
        WORDS_BY_SLOT[slot] = WORDS_BY_SLOT[slot] == null ? new long[1][] : Arrays.copyOf(WORDS_BY_SLOT[slot], n + 1);
        FOLD_BY_SLOT[slot] = FOLD_BY_SLOT[slot] == null ? new long[1][] : Arrays.copyOf(FOLD_BY_SLOT[slot], n + 1);
        WORDS_BY_SLOT[slot][n] = word;
        FOLD_BY_SLOT[slot][n] = fold;
    }

    /** The slot of a name of {@code length} bytes (at most {@link #MAX_LENGTH}) starting with {@code first}, any case. */
    private static int slot(int length, byte first) {
        return length << 5 | first & 0x1F;
    }

    /** The 44 header fields of RFC 3261 §20, in the order of that section. */
    public static List<HeaderName> known() {
        return Collections.unmodifiableList(KNOWN);
    }

    /** The canonical name for any spelling (compact forms included), or an extension name kept as written. */
    public static HeaderName of(String name) {
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        HeaderName h = lookup(b, 0, b.length);
        return h != null ? h : new HeaderName(name, (char) 0, -1);
    }

    /**
     * The known header whose name or compact form is {@code bytes[from, to)} in any case, or {@code null}. Allocates
     * nothing; the framing parser calls it once per header line.
     */
    public static HeaderName lookup(byte[] bytes, int from, int to) {
        int len = to - from;
        if (len <= 0 || len > MAX_LENGTH) {
            return null;
        }
        int slot = slot(len, bytes[from]);
        HeaderName[] names = BY_SLOT[slot];
        if (names == null) {
            return null;
        }
        if (from + ((len + 7) & ~7) <= bytes.length) {
            // eight bytes at a time (the words may read past the name, within the array: see FOLD_BY_SLOT)
            long[][] words = WORDS_BY_SLOT[slot];
            long[][] folds = FOLD_BY_SLOT[slot];
            for (int k = 0; k < names.length; k++) {
                if (equalsIgnoreCase(words[k], folds[k], bytes, from)) {
                    return names[k];
                }
            }
            return null;
        }
        byte[][] keys = KEYS_BY_SLOT[slot];
        for (int k = 0; k < names.length; k++) {
            if (equalsIgnoreCase(keys[k], bytes, from)) {
                return names[k];
            }
        }
        return null;
    }

    /** Whether {@code b} at {@code from} holds the name of {@code words} in any case (see {@link #FOLD_BY_SLOT}). */
    private static boolean equalsIgnoreCase(long[] words, long[] folds, byte[] b, int from) {
        for (int i = 0; i < words.length; i++) {
            if (((long) LONGS.get(b, from + 8 * i) | folds[i]) != words[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code b} holds {@code lowerKey} (lower-case US-ASCII) at {@code from}, in any case. */
    private static boolean equalsIgnoreCase(byte[] lowerKey, byte[] b, int from) {
        for (int j = 0; j < lowerKey.length; j++) {
            int c = b[from + j];
            if (c != lowerKey[j] && !(c >= 'A' && c <= 'Z' && (c | 0x20) == lowerKey[j])) {
                return false;
            }
        }
        return true;
    }

    /** An extension header name, as written. */
    static HeaderName extension(String name) {
        return new HeaderName(name, (char) 0, -1);
    }

    /** The canonical spelling ("Call-ID", "CSeq", "WWW-Authenticate"…), or the extension name as written. */
    public String name() {
        return name;
    }

    /** The compact form of §7.3.3, or 0. */
    public char compactForm() {
        return compact;
    }

    /** The position in {@link #known()}, or -1 for an extension header. */
    public int index() {
        return index;
    }

    public boolean isKnown() {
        return index >= 0;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof HeaderName h && index < 0 && h.index < 0 && lower.equals(h.lower);
    }

    @Override
    public int hashCode() {
        return lower.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
