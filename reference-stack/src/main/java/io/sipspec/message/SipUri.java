package io.sipspec.message;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * SIP-URI / SIPS-URI (RFC 3261 §19.1.1, §25.1):
 * {@code "sip:" [ userinfo ] hostport uri-parameters [ headers ]}.
 *
 * <p>User, password and header values are kept as written (escaped); {@link #decodedUser()} unescapes.
 * {@link #equals} is the comparison of §19.1.4.
 */
public final class SipUri implements Uri {

    private final boolean secure;
    /** The user part, or null; for a parsed URI taken from {@code source[userFrom, userTo)} on first use. */
    private String user;
    /** Where a parsed URI's user part is in {@code source}, or -1 (no user, or the user is given). */
    private final int userFrom;
    private final int userTo;
    private final String password;
    /** The host; for a parsed URI that is not an IPv6reference, made from {@code source[hostFrom, hostTo)} on first use. */
    private Host host;
    /** Where a parsed URI's host is in {@code source} (0, 0 when {@link #host} is given); see {@link #host()}. */
    private final int hostFrom;
    private final int hostTo;
    /** The parsed host as an IPv4address (an unsigned 32-bit number), or -1 for a hostname. */
    private final long hostV4;
    private final int port;
    private final Parameters parameters;
    private final Parameters headers;
    /** The text as written, or null until {@link #toString} takes it from {@code source} or writes it. */
    private String text;
    /** A parsed URI is {@code source[from, to)} (a String or message bytes: see {@link SipReader#slice(Object, int, int)}); null for a built one. */
    private final Object source;
    private final int from;
    private final int to;

    private SipUri(boolean secure, String user, int userFrom, int userTo, String password, Host host, int port,
            Parameters parameters, Parameters headers, Object source, int from, int to) {
        this(secure, user, userFrom, userTo, password, Objects.requireNonNull(host, "host"), 0, 0, -1, port, parameters,
                headers, source, from, to);
    }

    /** {@code host} null for a parsed host kept as {@code source[hostFrom, hostTo)} (see {@link #hostV4}). */
    private SipUri(boolean secure, String user, int userFrom, int userTo, String password, Host host, int hostFrom, int hostTo,
            long hostV4, int port, Parameters parameters, Parameters headers, Object source, int from, int to) {
        this.secure = secure;
        this.user = user;
        this.userFrom = userFrom;
        this.userTo = userTo;
        this.password = password;
        this.host = host;
        this.hostFrom = hostFrom;
        this.hostTo = hostTo;
        this.hostV4 = hostV4;
        this.port = port;
        this.parameters = parameters;
        this.headers = headers;
        this.source = source;
        this.from = from;
        this.to = to;
        if (source instanceof String s && from == 0 && to == s.length()) {
            this.text = s;
        }
    }

    private SipUri(boolean secure, String user, String password, Host host, int port, Parameters parameters,
            Parameters headers) {
        this(secure, user, -1, -1, password, host, port, parameters, headers, null, 0, 0);
    }

    /** {@code sip:user@host} (or {@code sip:host} when user is null); port -1 for none. */
    public static SipUri of(String user, String host, int port) {
        return new SipUri(false, user, null, Host.parse(host), port, Parameters.EMPTY, Parameters.EMPTY);
    }

    public static SipUri parse(String text) {
        return read(text, 0, text.length());
    }

    /**
     * Parses the SIP or SIPS URI that is {@code s[from, to)} (a URI inside a header value, read in place); errors
     * give positions in {@code s}.
     */
    static SipUri read(String s, int from, int to) {
        return read(new SipReader(s, from, to), from, to);
    }

    /** As {@link #read(String, int, int)}, with the reader of the header value (one reader less per URI). */
    static SipUri read(SipReader r, int from, int to) {
        int saved = r.limit(to);
        r.position(from);
        try {
            return readUri(r, from, to);
        } finally {
            r.limit(saved);
        }
    }

    private static SipUri readUri(SipReader r, int from, int to) {
        // "sip:" or "sips:", in any case (the scheme is case-insensitive), one byte at a time: 'c | 0x20' is the lower
        // case of a letter, and no other character has the lower case of 's', 'i' or 'p'
        int p = r.position();
        int scheme = 0;
        if (to - p >= 4 && (r.charAt(p) | 0x20) == 's' && (r.charAt(p + 1) | 0x20) == 'i' && (r.charAt(p + 2) | 0x20) == 'p') {
            if (r.charAt(p + 3) == ':') {
                scheme = 4;
            } else if (to - p >= 5 && (r.charAt(p + 3) | 0x20) == 's' && r.charAt(p + 4) == ':') {
                scheme = 5;
            }
        }
        if (scheme == 0) {
            throw r.error("expected \"sip:\" or \"sips:\"");
        }
        boolean secure = scheme == 5;
        r.position(p + scheme);
        int userFrom = -1;
        int userTo = -1;
        String password = null;
        // RFC 3261 §25.1: user and password cannot hold a literal "@" (it must be escaped), nor can
        // uri-parameters or headers; so the first "@" ends the userinfo.
        // eight bytes at a time, up to the URI's end (the reader's limit here), not the end of the text it is in
        int at = r.indexOf('@', r.position());
        if (at >= 0) {
            int start = r.position();
            // user = 1*( unreserved / escaped / user-unreserved )
            r.skipUser(); // the user part is copied out when asked for: most URIs are only routed on
            if (r.position() == start) {
                throw r.error("empty user part", start);
            }
            userFrom = start;
            userTo = r.position();
            if (r.skip(':')) {
                // password = *( unreserved / escaped / "&" / "=" / "+" / "$" / "," )
                password = r.password();
            }
            if (r.position() != at) {
                throw r.error("invalid character in userinfo");
            }
            r.expect('@');
        }
        // the host is checked here and made when asked for: most URIs are compared or routed on whole
        Host host = null;
        int hostFrom = r.position();
        long hostV4 = -1;
        if (r.isNext('[')) {
            host = r.host();
        } else {
            hostV4 = r.hostnameOrIpv4();
        }
        int hostTo = r.position();
        int port = r.optionalPort();
        if (r.isNext(':')) {
            throw r.error("invalid port");
        }
        Parameters params = Parameters.EMPTY;
        if (r.isNext(';')) {
            String[] nv = null;
            int n = 0;
            while (r.skip(';')) {
                int start = r.position();
                String name = r.paramchars();
                if (name.isEmpty()) {
                    throw r.error("empty uri-parameter name", start);
                }
                String value = null;
                if (r.skip('=')) {
                    value = r.paramchars();
                    if (value.isEmpty()) {
                        throw r.error("empty uri-parameter value");
                    }
                }
                nv = Parameters.append(nv, n, name, value);
                n += 2;
            }
            params = Parameters.of(nv, n);
        }
        Parameters headers = Parameters.EMPTY;
        if (r.skip('?')) {
            Parameters.Builder hb = Parameters.builder();
            do {
                int start = r.position();
                String name = r.hnvchars();
                if (name.isEmpty()) {
                    throw r.error("empty header name in URI", start);
                }
                r.expect('=');
                hb.add(name, r.hnvchars());
            } while (r.skip('&'));
            headers = hb.build();
        }
        if (!r.atEnd()) {
            throw r.error("unexpected character in SIP URI");
        }
        return new SipUri(secure, null, userFrom, userTo, password, host, hostFrom, hostTo, hostV4, port, params, headers,
                r.source(), from, to);
    }

    @Override
    public String scheme() {
        return secure ? "sips" : "sip";
    }

    public boolean isSecure() {
        return secure;
    }

    /** The user part as written (escapes kept), or {@code null}. */
    public String user() {
        String u = user;
        if (u == null && userFrom >= 0) {
            user = u = SipReader.slice(source, userFrom, userTo);
        }
        return u;
    }

    /** The user part with escapes decoded, or {@code null}. */
    public String decodedUser() {
        return UriEscapes.decode(user());
    }

    public String password() {
        return password;
    }

    public Host host() {
        Host h = host;
        if (h == null) {
            // Host's fields are final: a Host made twice by two threads is the same value either way
            host = h = hostV4 >= 0 ? Host.ipv4(source, hostFrom, hostTo, hostV4) : Host.hostname(source, hostFrom, hostTo);
        }
        return h;
    }

    /** The port, or -1 when the URI has none. */
    public int port() {
        return port;
    }

    /** uri-parameters, in order. */
    public Parameters parameters() {
        return parameters;
    }

    public String parameter(String name) {
        return parameters.value(name);
    }

    /** The headers component ({@code ?name=value&...}), values escaped as written. */
    public Parameters headers() {
        return headers;
    }

    /** transport-param, lower case, or null. */
    public String transport() {
        String t = parameters.value("transport");
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    public String maddr() {
        return parameters.value("maddr");
    }

    /** lr-param: RFC 3261 §19.1.1, a loose router. */
    public boolean isLooseRouter() {
        return parameters.has("lr");
    }

    public SipUri withUser(String newUser) {
        return new SipUri(secure, newUser, password, host(), port, parameters, headers);
    }

    public SipUri withHost(String newHost, int newPort) {
        return new SipUri(secure, user(), password, Host.parse(newHost), newPort, parameters, headers);
    }

    public SipUri withSecure(boolean sips) {
        return new SipUri(sips, user(), password, host(), port, parameters, headers);
    }

    /** A copy with the uri-parameter set; {@code value} null for a flag such as {@code lr}. */
    public SipUri withParameter(String name, String value) {
        return new SipUri(secure, user(), password, host(), port, parameters.with(name, value), headers);
    }

    public SipUri withoutParameter(String name) {
        return new SipUri(secure, user(), password, host(), port, parameters.without(name), headers);
    }

    public SipUri withoutHeaders() {
        return headers.isEmpty() ? this : new SipUri(secure, user(), password, host(), port, parameters, Parameters.EMPTY);
    }

    /** The parameters that §19.1.4 says never match when present in only one URI. */
    private static final List<String> SIGNIFICANT = List.of("user", "ttl", "method", "maddr", "transport");

    /**
     * RFC 3261 §19.1.4: SIP and SIPS URIs are never equivalent; userinfo is compared case-sensitively after
     * unescaping; the host case-insensitively; "A URI omitting any component with a default value will not
     * match a URI explicitly containing that component with a non-default value"; "user, ttl, method, and
     * maddr parameters that appear in only one URI never match"; "URI header components are never ignored".
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SipUri u)) {
            return false;
        }
        if (secure != u.secure || port != u.port || !host().equals(u.host())) {
            return false;
        }
        if (!Objects.equals(UriEscapes.normalize(user()), UriEscapes.normalize(u.user()))
                || !Objects.equals(UriEscapes.normalize(password), UriEscapes.normalize(u.password))) {
            return false;
        }
        for (String p : SIGNIFICANT) {
            if (parameters.has(p) != u.parameters.has(p)) {
                return false;
            }
        }
        // "all other uri-parameters appearing in only one URI are ignored"; those in both must match.
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.name(i);
            if (u.parameters.has(name)) {
                String a = UriEscapes.normalize(parameters.value(name));
                String b = UriEscapes.normalize(u.parameters.value(name));
                if (!a.equalsIgnoreCase(b)) {
                    return false;
                }
            }
        }
        if (headers.size() != u.headers.size()) {
            return false;
        }
        for (int i = 0; i < headers.size(); i++) {
            int j = headers.counterpart(i, u.headers);
            if (j < 0 || !Objects.equals(UriEscapes.decode(headers.rawValue(i)), UriEscapes.decode(u.headers.rawValue(j)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(secure, host(), port, UriEscapes.normalize(user()));
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null && source != null) {
            text = t = SipReader.slice(source, from, to);
        } else if (t == null) {
            StringBuilder b = new StringBuilder(64).append(secure ? "sips:" : "sip:");
            String user = user();
            if (user != null) {
                b.append(user);
                if (password != null) {
                    b.append(':').append(password);
                }
                b.append('@');
            }
            b.append(host().text());
            if (port >= 0) {
                b.append(':').append(port);
            }
            parameters.encode(b, ';');
            for (int i = 0; i < headers.size(); i++) {
                b.append(i == 0 ? '?' : '&').append(headers.name(i)).append('=').append(headers.rawValue(i));
            }
            text = t = b.toString();
        }
        return t;
    }
}
