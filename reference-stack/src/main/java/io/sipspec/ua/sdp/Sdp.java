package io.sipspec.ua.sdp;

/** Field splitting shared by the SDP line types. */
final class Sdp {

    private Sdp() {
    }

    /**
     * The space-separated sub-fields of a value, at least {@code min} of them. RFC 4566 §5: "In general, <value> is
     * either a number of fields delimited by a single space character or a free format string"; runs of spaces are
     * accepted as one.
     */
    static String[] words(String value, int min, String what, int line) {
        String[] f = value.trim().split("[ \t]+");
        if (f.length < min || f[0].isEmpty()) {
            throw new SdpParseException(what + " needs " + min + " sub-fields: '" + value + "'", line);
        }
        return f;
    }

    static long number(String text, String what, int line) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new SdpParseException(what + " is not a number (at most 18 digits): '" + text + "'", line);
        }
        return Long.parseLong(text);
    }

    static int smallNumber(String text, String what, int line) {
        long n = number(text, what, line);
        if (n > Integer.MAX_VALUE) {
            throw new SdpParseException(what + " is too large: " + text, line);
        }
        return (int) n;
    }
}
