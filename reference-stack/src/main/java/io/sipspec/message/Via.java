package io.sipspec.message;

import java.util.Locale;
import java.util.Objects;

/**
 * One via-parm of a Via header field (RFC 3261 §20.42, §25.1; RFC 3581 rport):
 *
 * <pre>
 * via-parm      = sent-protocol LWS sent-by *( SEMI via-params )
 * sent-protocol = protocol-name SLASH protocol-version SLASH transport
 * sent-by       = host [ COLON port ]
 * </pre>
 */
public final class Via {

    /** RFC 3261 §8.1.1.7: "The branch ID inserted by an element compliant with this specification MUST always begin with the characters "z9hG4bK"." */
    public static final String MAGIC_COOKIE = "z9hG4bK";

    /** The protocol-name and protocol-version of nearly every Via, shared (as {@link SipReader#token} shares them). */
    private static final String SIP = "SIP";
    private static final String VERSION_2_0 = "2.0";

    private final String protocolName;
    private final String protocolVersion;
    private final String transport;
    private final Host host;
    private final int port;
    private final Parameters parameters;
    /** The text as written, or null until {@link #toString} takes it from {@code source} or writes it. */
    private String text;
    /** A parsed via-parm is {@code source[from, to)} (see {@link SipReader#slice(Object, int, int)}); null for a built one. */
    private final Object source;
    private final int from;
    private final int to;

    private Via(String protocolName, String protocolVersion, String transport, Host host, int port, Parameters parameters,
            Object source, int from, int to) {
        this.protocolName = protocolName;
        this.protocolVersion = protocolVersion;
        this.transport = transport;
        this.host = host;
        this.port = port;
        this.parameters = parameters;
        this.source = source;
        this.from = from;
        this.to = to;
    }

    /** {@code SIP/2.0/<transport> host[:port];branch=...}. */
    public static Via of(String transport, String host, int port, String branch) {
        Parameters p = branch == null ? Parameters.EMPTY : Parameters.builder().add("branch", branch).build();
        return new Via("SIP", "2.0", transport.toUpperCase(Locale.ROOT), Host.parse(host), port, p, null, 0, 0);
    }

    public static Via parse(String text) {
        SipReader r = new SipReader(text);
        Via v = read(r);
        r.expectEnd();
        return v;
    }

    static Via read(SipReader r) {
        r.sws();
        int start = r.position();
        String name;
        String version;
        if (r.skipSip20Slash()) {
            name = SIP;
            version = VERSION_2_0;
        } else {
            name = r.token();
            if (!r.slash()) {
                throw r.error("expected '/' in sent-protocol");
            }
            version = r.token();
            if (!r.slash()) {
                throw r.error("expected '/' in sent-protocol");
            }
        }
        String transport = r.token();
        if (!r.lws()) {
            throw r.error("expected LWS before sent-by");
        }
        Host host = r.host();
        int port = -1;
        int save = r.position();
        if (r.colon()) {
            int ps = r.position();
            long p = r.digits("port");
            if (p > 65535) {
                throw r.error("port out of range", ps);
            }
            port = (int) p;
        } else {
            r.position(save);
        }
        String[] nv = null;
        int n = 0;
        while (r.semi()) {
            String pn = r.token();
            String value = null;
            if (r.equal()) {
                value = pn.equalsIgnoreCase("received") ? receivedValue(r) : r.genValue();
            }
            nv = Parameters.append(nv, n, pn, value);
            n += 2;
        }
        Parameters params = Parameters.of(nv, n);
        validate(r, params, start);
        // the text as written: input[start, position) without the white space String.trim() would remove
        int from = start;
        int to = r.position();
        while (from < to && r.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && r.charAt(to - 1) <= ' ') {
            to--;
        }
        return new Via(name, version, transport, host, port, params, r.source(), from, to);
    }

    /** via-received = "received" EQUAL (IPv4address / IPv6address); RFC 5118 §4.5 also shows the bracketed form. */
    private static String receivedValue(SipReader r) {
        int start = r.position();
        if (r.isNext('[')) {
            r.host();
            return r.slice(start, r.position());
        }
        int end = r.skipAddressChars();
        if (r.ipv4(start, end) < 0 && Host.ipv6Bytes(r.slice(start, end)) == null) {
            throw r.error("received is not an IP address", start);
        }
        return r.slice(start, end);
    }

    private static void validate(SipReader r, Parameters params, int start) {
        // One pass over the parameters instead of a lookup per name; as a lookup would, the first of each name counts.
        int ttl = -1;
        int rport = -1;
        int branch = -1;
        for (int i = 0; i < params.size(); i++) {
            String name = params.name(i);
            if (ttl < 0 && name.equalsIgnoreCase("ttl")) {
                ttl = i;
            } else if (rport < 0 && name.equalsIgnoreCase("rport")) {
                rport = i;
            } else if (branch < 0 && name.equalsIgnoreCase("branch")) {
                branch = i;
            }
        }
        // via-ttl = "ttl" EQUAL ttl ; ttl = 1*3DIGIT ; 0 to 255
        if (ttl >= 0) {
            String v = params.rawValue(ttl);
            if (v == null || v.length() > 3 || !v.chars().allMatch(SipReader::isDigit) || Integer.parseInt(v) > 255) {
                throw r.error("invalid ttl", start);
            }
        }
        // response-port = "rport" [EQUAL 1*DIGIT] (RFC 3581 §3)
        String v = rport < 0 ? null : params.rawValue(rport);
        if (v != null && (!v.chars().allMatch(SipReader::isDigit) || v.length() > 5 || Integer.parseInt(v) > 65535)) {
            throw r.error("invalid rport", start);
        }
        if (branch >= 0 && params.rawValue(branch) == null) {
            throw r.error("branch without a value", start);
        }
    }

    public String protocolName() {
        return protocolName;
    }

    public String protocolVersion() {
        return protocolVersion;
    }

    /** The transport in upper case (UDP, TCP, TLS, SCTP, or an extension). */
    public String transport() {
        return transport.toUpperCase(Locale.ROOT);
    }

    public Host host() {
        return host;
    }

    /** The sent-by port, or -1 when absent. */
    public int port() {
        return port;
    }

    /** sent-by as written: host[:port]. */
    public String sentBy() {
        return port < 0 ? host.text() : host.text() + ':' + port;
    }

    public Parameters parameters() {
        return parameters;
    }

    public String branch() {
        return parameters.value("branch");
    }

    /** True if the branch starts with the RFC 3261 magic cookie, i.e. the sender follows RFC 3261 §8.1.1.7. */
    public boolean hasMagicCookie() {
        String b = branch();
        return b != null && b.startsWith(MAGIC_COOKIE);
    }

    public String received() {
        return parameters.value("received");
    }

    public String maddr() {
        return parameters.value("maddr");
    }

    /** The ttl, or -1. */
    public int ttl() {
        String t = parameters.value("ttl");
        return t == null ? -1 : Integer.parseInt(t);
    }

    /** RFC 3581: true if the rport parameter is present (with or without a value). */
    public boolean hasRport() {
        return parameters.has("rport");
    }

    /** RFC 3581: the rport value, or -1 if absent or empty. */
    public int rport() {
        String v = parameters.value("rport");
        return v == null || v.isEmpty() ? -1 : Integer.parseInt(v);
    }

    /** A copy with another transport token, as §18.1.1 requires when a request moves from UDP to TCP. */
    public Via withTransport(String newTransport) {
        return new Via(protocolName, protocolVersion, newTransport, host, port, parameters, null, 0, 0);
    }

    public Via withParameter(String name, String value) {
        return new Via(protocolName, protocolVersion, transport, host, port, parameters.with(name, value), null, 0, 0);
    }

    public Via withoutParameter(String name) {
        return new Via(protocolName, protocolVersion, transport, host, port, parameters.without(name), null, 0, 0);
    }

    /** RFC 3261 §7.3.1 / §20.42: protocol and transport are tokens (case-insensitive); sent-by and parameters compare by their rules. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Via v && protocolName.equalsIgnoreCase(v.protocolName) && protocolVersion.equals(v.protocolVersion)
                && transport.equalsIgnoreCase(v.transport) && host.equals(v.host) && port == v.port
                && parameters.equals(v.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transport(), host, port);
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null && source != null) {
            text = t = SipReader.slice(source, from, to);
        } else if (t == null) {
            StringBuilder b = new StringBuilder(64).append(protocolName).append('/').append(protocolVersion).append('/')
                    .append(transport).append(' ').append(sentBy());
            parameters.encode(b, ';');
            text = t = b.toString();
        }
        return t;
    }
}
