package io.sipspec.message;

/**
 * A URI as SIP carries it (RFC 3261 §19.1, §25.1): SIP-URI / SIPS-URI / absoluteURI, with tel URIs
 * (RFC 3966) given their own type because SIP elements route on them.
 *
 * <p>{@code equals} implements the comparison rules of the URI's scheme: §19.1.4 for SIP and SIPS,
 * RFC 3966 §4 for tel, and exact comparison (scheme case-insensitive) for any other absoluteURI.
 */
public sealed interface Uri permits SipUri, TelUri, AbsoluteUri {

    /** The scheme in lower case ({@code sip}, {@code sips}, {@code tel}, …). */
    String scheme();

    /** The URI exactly as it was written, or its canonical form when built. */
    @Override
    String toString();

    /**
     * Parses a Request-URI or the URI of a name-addr / addr-spec: SIP-URI / SIPS-URI / absoluteURI.
     *
     * @throws SipParseException if {@code text} is not a URI
     */
    static Uri parse(String text) {
        int colon = schemeEnd(text);
        if (colon < 0) {
            throw new SipParseException("expected scheme \":\"", 0, text);
        }
        if (colon == 3 && text.regionMatches(true, 0, "sip", 0, 3) || colon == 4 && text.regionMatches(true, 0, "sips", 0, 4)) {
            return SipUri.parse(text);
        }
        if (colon == 3 && text.regionMatches(true, 0, "tel", 0, 3)) {
            return TelUri.parse(text);
        }
        return AbsoluteUri.parse(text);
    }

    /** scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ; the index of the ':' after it, or -1. */
    static int schemeEnd(String text) {
        if (text.isEmpty() || !SipReader.isAlpha(text.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!SipReader.isAlphanum(c) && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }
}
