package io.sipspec.message;

import java.util.Arrays;
import java.util.Locale;

/**
 * host = hostname / IPv4address / IPv6reference (RFC 3261 §25.1).
 *
 * <p>Keeps the text as written (for byte-exact output) and a comparison key: host names compare
 * case-insensitively (§19.1.4: "comparison of the host part ... is case-insensitive"), IPv6
 * references compare by address, so {@code [::1]} equals {@code [0:0:0:0:0:0:0:1]} (RFC 5118 §4.1).
 */
public final class Host {

    /** What kind of host a {@link Host} is. */
    public enum Kind { HOSTNAME, IPV4, IPV6 }

    /**
     * The text as written; for a host read from a header, taken from {@code source[from, to)} on first use (the
     * source is a String or the message bytes: see {@link SipReader#slice(Object, int, int)}).
     */
    private String text;
    private final Object source;
    private final int from;
    private final int to;
    private final Kind kind;
    /** The 16 bytes of an IPv6 address, else null. */
    private final byte[] address;
    /** An IPv4 address as an unsigned 32-bit number (no array per host: most messages name several), else -1. */
    private final long v4;

    private Host(Object source, int from, int to, Kind kind, byte[] address, long v4) {
        this.text = source instanceof String s && from == 0 && to == s.length() ? s : null;
        this.source = source;
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.address = address;
        this.v4 = v4;
    }

    /** Parses a host, throwing {@link SipParseException} when it is not one. */
    public static Host parse(String text) {
        SipReader r = new SipReader(text);
        Host h = r.host();
        if (!r.atEnd()) {
            throw r.error("unexpected character after host");
        }
        return h;
    }

    static Host ipv6(String bracketed, byte[] bytes) {
        return new Host(bracketed, 0, bracketed.length(), Kind.IPV6, bytes, -1);
    }

    /** The IPv4address {@code source[from, to)}, whose value {@link #ipv4} found. */
    static Host ipv4(Object source, int from, int to, long value) {
        return new Host(source, from, to, Kind.IPV4, null, value);
    }

    /** The hostname {@code source[from, to)}, already checked against the grammar. */
    static Host hostname(Object source, int from, int to) {
        return new Host(source, from, to, Kind.HOSTNAME, null, -1);
    }

    /** The host exactly as written, brackets included for IPv6. */
    public String text() {
        String t = text;
        if (t == null) {
            text = t = SipReader.slice(source, from, to); // most hosts are compared or routed on, not printed
        }
        return t;
    }

    public Kind kind() {
        return kind;
    }

    /** The host without IPv6 brackets, as {@link java.net.InetAddress} and sockets take it. */
    public String address() {
        return kind == Kind.IPV6 ? text.substring(1, text.length() - 1) : text();
    }

    /** The 4 or 16 address bytes, or {@code null} for a hostname. */
    public byte[] addressBytes() {
        if (kind == Kind.IPV4) {
            return new byte[] {(byte) (v4 >> 24), (byte) (v4 >> 16), (byte) (v4 >> 8), (byte) v4};
        }
        return address == null ? null : address.clone();
    }

    public boolean isIpAddress() {
        return kind != Kind.HOSTNAME;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Host h) || h.kind != kind) {
            return false;
        }
        return switch (kind) {
            case HOSTNAME -> text().equalsIgnoreCase(h.text());
            case IPV4 -> v4 == h.v4;
            case IPV6 -> Arrays.equals(address, h.address);
        };
    }

    @Override
    public int hashCode() {
        return switch (kind) {
            case HOSTNAME -> text().toLowerCase(Locale.ROOT).hashCode();
            case IPV4 -> Long.hashCode(v4);
            case IPV6 -> Arrays.hashCode(address);
        };
    }

    @Override
    public String toString() {
        return text();
    }

    // ---------------------------------------------------------------- grammar

    /** IPv4address = 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT, each at most 255. */
    static byte[] ipv4Bytes(String t) {
        long v = ipv4(t);
        return v < 0 ? null : new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    /** As {@link #ipv4Bytes}, as one unsigned 32-bit number, or -1: checks an address without allocating. */
    static long ipv4(String t) {
        return ipv4(t, 0, t.length());
    }

    /** As {@link #ipv4(String)} for {@code t[from, n)}, so that a host is checked in place before it is copied. */
    static long ipv4(String t, int from, int n) {
        if (from == n || !SipReader.isDigit(t.charAt(from))) {
            return -1; // most hosts are names
        }
        long out = 0;
        int part = 0;
        int i = from;
        while (part < 4) {
            int start = i;
            int v = 0;
            while (i < n && SipReader.isDigit(t.charAt(i)) && i - start < 3) {
                v = v * 10 + (t.charAt(i) - '0');
                i++;
            }
            if (i == start || v > 255) {
                return -1;
            }
            out = out << 8 | v;
            part++;
            if (part < 4) {
                if (i >= n || t.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
        }
        return i == n ? out : -1;
    }

    /** As {@link #ipv4(String, int, int)} for the US-ASCII bytes {@code b[from, n)}. */
    static long ipv4(byte[] b, int from, int n) {
        if (from == n || !SipReader.isDigit(b[from])) {
            return -1; // most hosts are names
        }
        long out = 0;
        int part = 0;
        int i = from;
        while (part < 4) {
            int start = i;
            int v = 0;
            while (i < n && SipReader.isDigit(b[i]) && i - start < 3) {
                v = v * 10 + (b[i] - '0');
                i++;
            }
            if (i == start || v > 255) {
                return -1;
            }
            out = out << 8 | v;
            part++;
            if (part < 4) {
                if (i >= n || b[i] != '.') {
                    return -1;
                }
                i++;
            }
        }
        return i == n ? out : -1;
    }

    /**
     * The index after the ":" that RFC 3261's ABNF lets follow a "::" before an IPv4address, or {@code i}.
     * RFC 3261 §25.1: "IPv6address    =  hexpart [ ":" IPv4address ]" and "hexpart        =  hexseq / hexseq "::"
     * [ hexseq ] / "::" [ hexseq ]" allow "2001:db8:::192.0.2.1"; RFC 5118 §4.10: "an implementation must tolerate
     * both of the above constructs". It denotes the same address as "2001:db8::192.0.2.1".
     */
    private static int colonBeforeIpv4(String t, int i) {
        return i < t.length() && t.charAt(i) == ':' && ipv4Bytes(t.substring(i + 1)) != null ? i + 1 : i;
    }

    /**
     * IPv6address (RFC 3261 §25.1, RFC 4291 §2.2): hexpart [ ":" IPv4address ], at most one "::", eight 16-bit
     * pieces in all. Returns the 16 bytes or {@code null}.
     */
    static byte[] ipv6Bytes(String t) {
        int n = t.length();
        if (n < 2) {
            return null;
        }
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = 0;
        if (t.startsWith("::")) {
            gap = 0;
            i = colonBeforeIpv4(t, 2);
            if (i == n) {
                return new byte[16];
            }
        } else if (t.charAt(0) == ':') {
            return null;
        }
        byte[] v4 = null;
        while (i < n) {
            int start = i;
            int v = 0;
            while (i < n && SipReader.isHexdig(t.charAt(i)) && i - start < 4) {
                v = (v << 4) | Character.digit(t.charAt(i), 16);
                i++;
            }
            if (i < n && t.charAt(i) == '.') {
                // trailing IPv4address
                v4 = ipv4Bytes(t.substring(start));
                if (v4 == null || count > 6) {
                    return null;
                }
                i = n;
                break;
            }
            if (i == start || count == 8) {
                return null;
            }
            groups[count++] = v;
            if (i == n) {
                break;
            }
            if (t.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i < n && t.charAt(i) == ':') {
                if (gap >= 0) {
                    return null; // a second "::"
                }
                gap = count;
                i = colonBeforeIpv4(t, i + 1);
                if (i == n) {
                    break;
                }
            } else if (i == n) {
                return null; // trailing single ':'
            }
        }
        int total = count + (v4 == null ? 0 : 2);
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        byte[] out = new byte[16];
        int tail = count - Math.max(gap, 0);
        int o = 0;
        for (int g = 0; g < (gap < 0 ? count : gap); g++) {
            out[o++] = (byte) (groups[g] >> 8);
            out[o++] = (byte) groups[g];
        }
        if (gap >= 0) {
            o = 16 - (v4 == null ? 0 : 4) - tail * 2;
            for (int g = gap; g < count; g++) {
                out[o++] = (byte) (groups[g] >> 8);
                out[o++] = (byte) groups[g];
            }
        }
        if (v4 != null) {
            System.arraycopy(v4, 0, out, 12, 4);
        }
        return out;
    }
}
