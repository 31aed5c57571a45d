package io.sipspec.server;

import java.util.Optional;

/**
 * The keys of the reference server's configuration, as written in a properties file ({@code --config FILE}) or on
 * the command line ({@code --key=value}, which wins). Times are in milliseconds, binding lifetimes in seconds (the
 * unit of SIP's Expires).
 */
public enum ConfigKey {
    ROLE("role", null, "the element to run: uas, uac, registrar, redirect, proxy"),
    LISTEN("listen", "udp:127.0.0.1:5060,tcp:127.0.0.1:5060",
            "listening points, comma-separated transport:host:port (udp, tcp, tls; IPv6 as [::1]; port 0 = any)"),
    T1("t1", "500", "T1 in ms; T2, T4 and Timer D follow it (8, 10 and 64 times T1) unless t2 or t4 is given"),
    T2("t2", null, "T2 in ms (default 8 * t1)"),
    T4("t4", null, "T4 in ms (default 10 * t1)"),
    DOMAIN("domain", null, "comma-separated domains the registrar keeps bindings for (default: the listen hosts)"),
    REALM("realm", null, "the Digest realm (default: the first domain)"),
    USERS("users", "", "Digest users, comma-separated user:password"),
    AUTH("auth", null, "on or off: Digest authentication of REGISTER (default: on when users are given)"),
    ALGORITHMS("algorithms", "SHA-256,MD5", "Digest algorithms offered, most preferred first (MD5 alone for clients such as sipsak)"),
    EXPIRES_DEFAULT("expires.default", "3600", "binding lifetime in s when the REGISTER asks for none"),
    EXPIRES_MIN("expires.min", "60", "shortest binding lifetime in s (shorter requests get 423)"),
    EXPIRES_MAX("expires.max", "86400", "longest binding lifetime in s (longer requests are shortened)"),
    PURGE("purge", "60", "seconds between two purges of expired bindings"),
    LOG("log", "info", "error, warn, info (one line per message), debug (whole messages) or trace"),
    VIA_HOST("via.host", null, "the host written in Via sent-by (default: the listening address)"),
    TLS_CERT("tls.cert", null, "PEM certificate chain, needed to listen on tls"),
    TLS_KEY("tls.key", null, "PEM PKCS#8 private key of tls.cert"),
    TARGET("target", null, "uac: the Request-URI to call"),
    CALLS("calls", "1", "uac: how many calls to make"),
    HOLD("hold", "5000", "uac: how long in ms each call lasts before the BYE"),
    PROXY_MODE("proxy.mode", "stateful", "proxy: stateful (RFC 3261 §16.2) or stateless (§16.11)"),
    RECORD_ROUTE("record-route", "on", "proxy: on or off, Record-Route in dialog-creating requests (§16.6 step 4)"),
    TIMER_C("timer.c", "181000", "proxy: Timer C in ms (§16.6 step 11: more than 3 minutes)"),
    FORK("fork", "parallel", "proxy: parallel or sequential (highest q first) forking (§16.6)"),
    RECURSE("recurse", "on", "proxy: on or off, recursion on the SIP and SIPS contacts of 3xx responses (§16.7 step 4)"),
    PROXY_ROUTE("proxy.route", "", "proxy: a local route set pushed into the Route of every forwarded request (§16.6 step 6), "
            + "comma-separated Route values such as <sip:edge.example.com;lr> (a value without lr is a strict router)"),
    RING("ring", "0", "uas: ms an INVITE rings (180, sent again every 120*T1) before its 200; forever: until CANCEL or the INVITE's Expires"),
    NON_INVITE_DELAY("non-invite.delay", "0", "uas: ms before the final response to a non-INVITE request, with a 100 (Trying) at once "
            + "and another halfway (for tests of RFC 3261 §17.2.2; §8.2.6.1 advises against it)"),
    REL100("100rel", "off", "uas: RFC 3262 reliable provisional responses: off, on (a reliable 180 to callers that list 100rel) or "
            + "required (421 to INVITEs that do not)"),
    ACCEPT("accept", "", "uas: comma-separated users whose Request-URIs the UAS takes requests for besides its own (others get 404, "
            + "§8.2.2.1); empty: any"),
    FOREIGN_TO("foreign-to", "accept", "uas: accept or reject (403, §8.2.2.1) requests whose To user is not one of accept's"),
    BODY_LIMIT("body.limit", "0", "uas: the largest request body in bytes the UAS processes (larger: 413, §21.4.11); 0: no limit but the parser's"),
    BODY_LIMIT_RETRY_AFTER("body.limit.retry-after", "", "uas: seconds after which a request over body.limit may come again: the limit is "
            + "temporary and its 413 carries Retry-After; empty: the limit is permanent"),
    FAULTS("faults", null, "comma-separated faults to inject, for fault-injection tests only (default: the system property "
            + "sipspec.faults, else none; docs/faults.md lists them)");

    private final String key;
    private final String defaultValue;
    private final String description;

    ConfigKey(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    /** The value used when the key is not set, or null when there is none (or it is derived from other keys). */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public static Optional<ConfigKey> of(String key) {
        for (ConfigKey k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** One line per key, for --help and the README. */
    static String usage() {
        StringBuilder sb = new StringBuilder();
        for (ConfigKey k : values()) {
            sb.append(String.format("  --%-16s %s%s%n", k.key + "=", k.description,
                    k.defaultValue == null || k.defaultValue.isEmpty() ? "" : " [" + k.defaultValue + "]"));
        }
        return sb.toString();
    }
}
