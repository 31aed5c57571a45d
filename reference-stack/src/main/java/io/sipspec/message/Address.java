package io.sipspec.message;

import java.util.Objects;

/**
 * A name-addr or addr-spec with header parameters: the value of To, From, Contact, Route, Record-Route and
 * Reply-To (RFC 3261 §20.10, §25.1).
 *
 * <pre>
 * name-addr    = [ display-name ] LAQUOT addr-spec RAQUOT
 * display-name = *(token LWS)/ quoted-string
 * </pre>
 *
 * <p>RFC 3261 §20.10: "If the URI is not enclosed in angle brackets, any semicolon-delimited parameters
 * are header-parameters, not URI parameters." {@code Contact: *} is {@link #WILDCARD}.
 */
public final class Address {

    /** The {@code *} of {@code Contact: *} (§10.2.2); it has no URI. */
    public static final Address WILDCARD = new Address(null, null, Parameters.EMPTY, false, "*");

    /** The display-name as written (quotes kept), or null; for a parsed address taken on first use (see below). */
    private String displayName;
    /** Where a parsed address's display-name is in {@code source}, or -1 when it has none. */
    private final int displayFrom;
    private final int displayTo;
    private final Uri uri;
    private final Parameters parameters;
    private final boolean bracketed;
    /** The text as written, or null until {@link #toString} takes it from {@code source} or writes it. */
    private String text;
    /** A parsed address is {@code source[from, to)} (see {@link SipReader#slice(Object, int, int)}); null for a built one. */
    private final Object source;
    private final int from;
    private final int to;

    private Address(String displayName, Uri uri, Parameters parameters, boolean bracketed, String text) {
        this(-1, -1, uri, parameters, bracketed, null, 0, 0);
        this.displayName = displayName;
        this.text = text;
    }

    private Address(int displayFrom, int displayTo, Uri uri, Parameters parameters, boolean bracketed, Object source, int from,
            int to) {
        this.displayFrom = displayFrom;
        this.displayTo = displayTo;
        this.uri = uri;
        this.parameters = parameters;
        this.bracketed = bracketed;
        this.source = source;
        this.from = from;
        this.to = to;
    }

    /** {@code <uri>} with no display name and no parameters. */
    public static Address of(Uri uri) {
        return new Address(null, Objects.requireNonNull(uri), Parameters.EMPTY, true, null);
    }

    public static Address of(String displayName, Uri uri) {
        return new Address(displayName == null ? null : SipReader.quote(displayName), Objects.requireNonNull(uri),
                Parameters.EMPTY, true, null);
    }

    /** Parses one value: {@code (name-addr / addr-spec) *(SEMI generic-param)}. */
    public static Address parse(String text) {
        SipReader r = new SipReader(text);
        Address a = read(r, false, true);
        r.expectEnd();
        return a;
    }

    /**
     * Reads one address at the reader's position. {@code nameAddrOnly} demands the bracketed form (Route,
     * Record-Route); {@code allowWildcard} accepts {@code *} (Contact).
     */
    static Address read(SipReader r, boolean nameAddrOnly, boolean allowWildcard) {
        r.sws();
        int start = r.position();
        if (allowWildcard && r.isNext('*')) {
            // Contact = ("Contact" / "m" ) HCOLON ( STAR / (contact-param *(COMMA contact-param))): a lone "*" is
            // STAR; anything after it makes "*" the start of a display-name (display-name = *(token LWS), and "*"
            // is a token character), e.g. "* <sip:a@b>".
            r.skip('*');
            r.sws();
            if (r.atEnd() || r.isNext(',')) {
                return WILDCARD;
            }
            r.position(start);
        }
        int displayFrom = -1;
        int displayTo = -1;
        boolean bracketed;
        Uri uri;
        if (r.isNext('"')) {
            int q = r.position();
            r.skipQuotedString();
            displayFrom = q;
            displayTo = r.position();
            if (!r.laquot()) {
                throw r.error("expected '<' after display-name");
            }
            bracketed = true;
        } else if (r.laquot()) {
            bracketed = true;
        } else {
            // display-name = *(token LWS): tokens then "<". RFC 4475 §3.1.1.6: no LWS is needed before "<".
            int save = r.position();
            while (r.isToken()) {
                r.skipToken();
                r.lws();
            }
            int after = r.position();
            if (r.isNext('<')) {
                while (after > save && r.charAt(after - 1) <= ' ') {
                    after--; // as trim() would, without a second copy
                }
                displayFrom = save;
                displayTo = after;
                r.skip('<');
                bracketed = true;
            } else {
                r.position(save);
                bracketed = false;
            }
        }
        if (bracketed) {
            int us = r.position();
            int close = r.indexOf('>', us);
            if (close < 0) {
                throw r.error("missing '>' after addr-spec", us);
            }
            uri = readUri(r, us, close);
            r.position(close);
            r.raquot();
        } else {
            if (nameAddrOnly) {
                throw r.error("expected name-addr (<uri>)");
            }
            // RFC 3261 §20: an addr-spec with a comma, question mark or semicolon MUST be enclosed in <>;
            // so an unbracketed URI ends at the first of those or at white space.
            int us = r.position();
            int e = us;
            while (e < r.limit()) {
                char c = r.charAt(e);
                if (c == ';' || c == ',' || c == '?' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    break;
                }
                e++;
            }
            if (e == us) {
                throw r.error("expected addr-spec");
            }
            uri = readUri(r, us, e);
            r.position(e);
        }
        Parameters params = r.genericParams();
        // the text as written: input[start, position) without the white space String.trim() would remove
        int from = start;
        int to = r.position();
        while (from < to && r.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && r.charAt(to - 1) <= ' ') {
            to--;
        }
        return new Address(displayFrom, displayTo, uri, params, bracketed, r.source(), from, to);
    }

    private static Uri readUri(SipReader r, int from, int to) {
        if (to - from > 4 && r.regionMatchesIgnoreCase(from, "sip")
                && (r.charAt(from + 3) == ':' || (r.charAt(from + 3) | 0x20) == 's' && r.charAt(from + 4) == ':')) {
            return SipUri.read(r, from, to); // in place, as Uri.parse would for "sip:" and "sips:"
        }
        String text = r.slice(from, to);
        try {
            return Uri.parse(text);
        } catch (SipParseException e) {
            throw new SipParseException(e.reason(), from + e.position(), r.input());
        }
    }

    public boolean isWildcard() {
        return this == WILDCARD;
    }

    /** The URI; {@code null} only for {@link #WILDCARD}. */
    public Uri uri() {
        return uri;
    }

    /** The display-name as written, quotes kept, or null. */
    private String rawDisplayName() {
        String d = displayName;
        if (d == null && displayFrom >= 0) {
            displayName = d = SipReader.slice(source, displayFrom, displayTo);
        }
        return d;
    }

    /** The display name without quotes or escapes, or {@code null}. */
    public String displayName() {
        String displayName = rawDisplayName();
        if (displayName == null) {
            return null;
        }
        if (displayName.startsWith("\"")) {
            return SipReader.unquote(displayName.substring(1, displayName.length() - 1));
        }
        return displayName;
    }

    public Parameters parameters() {
        return parameters;
    }

    public String parameter(String name) {
        return parameters.value(name);
    }

    /** The tag parameter (§19.3), or null. */
    public String tag() {
        return parameters.value("tag");
    }

    public Address withTag(String tag) {
        return withParameter("tag", tag);
    }

    public Address withParameter(String name, String value) {
        return new Address(rawDisplayName(), uri, parameters.with(name, value), bracketed, null);
    }

    public Address withoutParameter(String name) {
        return new Address(rawDisplayName(), uri, parameters.without(name), bracketed, null);
    }

    public Address withUri(Uri newUri) {
        return new Address(rawDisplayName(), newUri, parameters, bracketed, null);
    }

    /**
     * RFC 3261 §20.20 (From) and §20.39 (To): "two ... header fields are equivalent if their URIs match, and
     * their parameters match. Extension parameters in one header field, not present in the other are ignored
     * for the purposes of comparison. This means that the display name and presence or absence of angle
     * brackets do not affect matching." The tag is not an extension parameter: present in one only, no match.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Address a) || isWildcard() || a.isWildcard() || !uri.equals(a.uri)) {
            return false;
        }
        if (parameters.has("tag") != a.parameters.has("tag")) {
            return false;
        }
        for (int i = 0; i < parameters.size(); i++) {
            int j = parameters.counterpart(i, a.parameters);
            if (j >= 0 && !Parameters.comparable(parameters.rawValue(i)).equals(Parameters.comparable(a.parameters.rawValue(j)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return isWildcard() ? 0 : uri.hashCode();
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null && source != null) {
            text = t = SipReader.slice(source, from, to);
        } else if (t == null) {
            StringBuilder b = new StringBuilder(96);
            String u = uri.toString();
            String displayName = rawDisplayName();
            boolean brackets = bracketed || displayName != null || u.indexOf(';') >= 0 || u.indexOf(',') >= 0
                    || u.indexOf('?') >= 0;
            if (displayName != null) {
                b.append(displayName).append(' ');
            }
            if (brackets) {
                b.append('<').append(u).append('>');
            } else {
                b.append(u);
            }
            parameters.encode(b, ';');
            text = t = b.toString();
        }
        return t;
    }
}
