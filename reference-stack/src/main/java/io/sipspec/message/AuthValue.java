package io.sipspec.message;

import java.util.Locale;

/**
 * {@code auth-scheme LWS auth-param *(COMMA auth-param)}: credentials (Authorization §20.7,
 * Proxy-Authorization §20.28) and challenges (WWW-Authenticate §20.44, Proxy-Authenticate §20.27).
 *
 * <p>Unlike other headers, the commas here separate the parameters of one value, not values: a header field
 * carries one challenge or one set of credentials. Parameter values keep their quotes ({@code rawValue}) and
 * are unquoted by {@code value}. RFC 3261 §25.1 allows auth schemes other than Digest ("other-challenge",
 * "other-response"), which are read the same way.
 */
public final class AuthValue {

    private final String scheme;
    private final Parameters parameters;

    public AuthValue(String scheme, Parameters parameters) {
        this.scheme = scheme;
        this.parameters = parameters;
    }

    public static AuthValue parse(String text) {
        SipReader r = new SipReader(text);
        r.sws();
        String scheme = r.token();
        if (!r.lws()) {
            throw r.error("expected LWS after auth-scheme");
        }
        Parameters params = readParams(r);
        r.expectEnd();
        return new AuthValue(scheme, params);
    }

    /** auth-param = auth-param-name EQUAL ( token / quoted-string ), separated by COMMA. */
    static Parameters readParams(SipReader r) {
        Parameters.Builder b = Parameters.builder();
        do {
            String name = r.token();
            if (!r.equal()) {
                throw r.error("expected '=' after auth-param name");
            }
            String value;
            r.sws();
            if (r.isNext('"')) {
                int s = r.position();
                r.quotedString();
                value = r.slice(s, r.position());
            } else {
                value = r.token();
            }
            b.add(name, value);
        } while (r.comma());
        return b.build();
    }

    public String scheme() {
        return scheme;
    }

    public boolean isDigest() {
        return scheme.equalsIgnoreCase("Digest");
    }

    public Parameters parameters() {
        return parameters;
    }

    public String parameter(String name) {
        return parameters.value(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthValue a && scheme.equalsIgnoreCase(a.scheme) && parameters.equals(a.parameters);
    }

    @Override
    public int hashCode() {
        return scheme.toLowerCase(Locale.ROOT).hashCode();
    }

    /** {@code auth-param *(COMMA auth-param)}: the parameters as a challenge, credentials or Authentication-Info write them. */
    static String formatParams(Parameters parameters) {
        StringBuilder b = new StringBuilder();
        appendParams(b, parameters);
        return b.toString();
    }

    private static void appendParams(StringBuilder b, Parameters parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(parameters.name(i)).append('=').append(parameters.rawValue(i));
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(scheme).append(' ');
        appendParams(b, parameters);
        return b.toString();
    }
}
