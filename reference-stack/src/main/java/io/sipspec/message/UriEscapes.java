package io.sipspec.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The %-escaping of RFC 3261 §19.1.2 and §25.1 ({@code escaped = "%" HEXDIG HEXDIG}). */
public final class UriEscapes {

    private UriEscapes() {
    }

    /** Decodes every {@code %HH}; the octets are read as UTF-8. Text without '%' is returned as is. */
    public static String decode(String s) {
        if (s == null || s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && SipReader.isHexdig(s.charAt(i + 1)) && SipReader.isHexdig(s.charAt(i + 2))) {
                out.write(Character.digit(s.charAt(i + 1), 16) << 4 | Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The comparison form of §19.1.4: "characters other than those in the 'reserved' set ... are
     * equivalent to their '"%" HEX HEX' encoding". Escapes of unreserved characters are decoded; escapes of
     * reserved characters (and of anything else) stay escaped with upper-case hex, so {@code %3a} and {@code %3A}
     * compare equal while {@code %3A} and {@code :} do not.
     */
    public static String normalize(String s) {
        if (s == null || s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && SipReader.isHexdig(s.charAt(i + 1)) && SipReader.isHexdig(s.charAt(i + 2))) {
                int v = Character.digit(s.charAt(i + 1), 16) << 4 | Character.digit(s.charAt(i + 2), 16);
                if (v < 0x80 && !SipReader.isReserved(v) && v > 0x20 && v != 0x7F && v != '%') {
                    b.append((char) v);
                } else {
                    b.append('%').append(Character.toUpperCase(s.charAt(i + 1))).append(Character.toUpperCase(s.charAt(i + 2)));
                }
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Escapes every character outside {@code allowed} (and '%') as UTF-8 {@code %HH}. */
    public static String encode(String s, SipReader.CharClass allowed) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%' && c < 0x80 && allowed.test(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            for (byte x : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
            }
        }
        return b == null ? s : b.toString();
    }
}
