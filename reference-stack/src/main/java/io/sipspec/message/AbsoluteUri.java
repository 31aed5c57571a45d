package io.sipspec.message;

import java.util.Locale;

/**
 * absoluteURI = scheme ":" ( hier-part / opaque-part ) (RFC 3261 §25.1, from RFC 2396): any scheme that is
 * not sip, sips or tel. Kept opaque; equal when schemes match case-insensitively and the rest matches exactly.
 */
public final class AbsoluteUri implements Uri {

    private final String scheme;
    private final String text;

    private AbsoluteUri(String scheme, String text) {
        this.scheme = scheme;
        this.text = text;
    }

    public static AbsoluteUri parse(String text) {
        int colon = Uri.schemeEnd(text);
        if (colon < 0) {
            throw new SipParseException("expected scheme \":\"", 0, text);
        }
        // hier-part / opaque-part: uric characters, plus "/" (already reserved) ; opaque-part needs at least one.
        if (colon + 1 >= text.length()) {
            throw new SipParseException("empty absoluteURI after scheme", colon + 1, text);
        }
        for (int i = colon + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || !SipReader.isHexdig(text.charAt(i + 1)) || !SipReader.isHexdig(text.charAt(i + 2))) {
                    throw new SipParseException("invalid escape in absoluteURI", i, text);
                }
                i += 2;
            } else if (!SipReader.isUric(c)) {
                throw new SipParseException("invalid character in absoluteURI", i, text);
            }
        }
        return new AbsoluteUri(text.substring(0, colon).toLowerCase(Locale.ROOT), text);
    }

    @Override
    public String scheme() {
        return scheme;
    }

    /** Everything after the scheme's colon. */
    public String schemeSpecificPart() {
        return text.substring(scheme.length() + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AbsoluteUri a && scheme.equals(a.scheme) && schemeSpecificPart().equals(a.schemeSpecificPart());
    }

    @Override
    public int hashCode() {
        return scheme.hashCode() * 31 + schemeSpecificPart().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
