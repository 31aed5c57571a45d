package io.sipspec.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of valid values of the RFC 3261 §25.1 grammar (and RFC 3966 tel URIs), each paired with the
 * components it was assembled from, so that a property can check what the parser read, and with generators of
 * equivalent and different spellings for the comparison rules of §19.1.4.
 */
final class SipArbitraries {

    private SipArbitraries() {
    }

    static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String DIGIT = "0123456789";
    static final String ALPHANUM = ALPHA + DIGIT;
    static final String MARK = "-_.!~*'()";
    static final String UNRESERVED = ALPHANUM + MARK;
    static final String TOKEN = ALPHANUM + "-.!%*_+`'~";
    /** user-unreserved = "&" / "=" / "+" / "$" / "," / ";" / "?" / "/" */
    static final String USER = UNRESERVED + "&=+$,;?/";
    /** password = *( unreserved / escaped / "&" / "=" / "+" / "$" / "," ) */
    static final String PASSWORD = UNRESERVED + "&=+$,";
    /** param-unreserved = "[" / "]" / "/" / ":" / "&" / "+" / "$" */
    static final String PARAMCHAR = UNRESERVED + "[]/:&+$";
    /** hnv-unreserved = "[" / "]" / "/" / "?" / ":" / "+" / "$" */
    static final String HNVCHAR = UNRESERVED + "[]/?:+$";

    // ---------------------------------------------------------------- basic pieces

    static Arbitrary<String> chars(String alphabet, int min, int max) {
        return Arbitraries.strings().withChars(alphabet.toCharArray()).ofMinLength(min).ofMaxLength(max);
    }

    /** token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" ) */
    static Arbitrary<String> token() {
        return chars(TOKEN, 1, 10);
    }

    /** escaped = "%" HEXDIG HEXDIG, hex digits in either case. */
    static Arbitrary<String> escaped() {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF".toCharArray()).ofLength(2).map(h -> "%" + h);
    }

    /** 1*( alphabet / escaped ) */
    static Arbitrary<String> escapedRun(String alphabet, int min, int max) {
        return Arbitraries.frequencyOf(
                        Tuple.of(4, chars(alphabet, 1, 1)),
                        Tuple.of(1, escaped()))
                .list().ofMinSize(min).ofMaxSize(max).map(l -> String.join("", l));
    }

    /** quoted-string content: qdtext (printable ASCII but DQUOTE and "\", some UTF-8, SP) and quoted-pairs. */
    static Arbitrary<String> quotedContent() {
        Arbitrary<String> qdtext = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.chars().range('#', '[').map(String::valueOf)),
                Tuple.of(6, Arbitraries.chars().range(']', '~').map(String::valueOf)),
                Tuple.of(2, Arbitraries.of(" ", "!", "\t")),
                Tuple.of(1, Arbitraries.of("é", "ü", "日本", "😀")),
                Tuple.of(1, Arbitraries.of("\\\"", "\\\\", "\\a", "\\;")));
        return qdtext.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    /** SWS around a separator: mostly nothing, sometimes spaces or a tab. */
    static Arbitrary<String> sws() {
        return Arbitraries.frequency(Tuple.of(6, ""), Tuple.of(2, " "), Tuple.of(1, "  "), Tuple.of(1, "\t"));
    }

    // ---------------------------------------------------------------- hosts

    /** A host with its text and the equivalent spellings of §19.1.4 / RFC 5118 §4.1. */
    record GenHost(String text, Host.Kind kind, byte[] bytes, List<String> equivalents) {
    }

    /** domainlabel = alphanum / alphanum *( alphanum / "-" ) alphanum ; toplabel starts with ALPHA. */
    static Arbitrary<String> label(boolean top) {
        Arbitrary<String> first = top ? chars(ALPHA, 1, 1) : chars(ALPHANUM, 1, 1);
        return Combinators.combine(first, chars(ALPHANUM + "-", 0, 6), chars(ALPHANUM, 1, 1), Arbitraries.integers().between(0, 2))
                .as((f, mid, last, shape) -> shape == 0 ? f : f + mid + last);
    }

    static Arbitrary<GenHost> hostname() {
        return Combinators.combine(label(false).list().ofMaxSize(3), label(true), Arbitraries.of(false, false, false, true))
                .as((labels, top, dot) -> {
                    String t = (labels.isEmpty() ? "" : String.join(".", labels) + ".") + top + (dot ? "." : "");
                    return new GenHost(t, Host.Kind.HOSTNAME, null, List.of(t.toUpperCase(Locale.ROOT), t.toLowerCase(Locale.ROOT),
                            swapCase(t)));
                });
    }

    static Arbitrary<GenHost> ipv4() {
        return Arbitraries.integers().between(0, 255).list().ofSize(4).map(parts -> {
            byte[] b = new byte[4];
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                b[i] = (byte) (int) parts.get(i);
                t.append(i == 0 ? "" : ".").append(parts.get(i));
            }
            return new GenHost(t.toString(), Host.Kind.IPV4, b, List.of(t.toString()));
        });
    }

    /** IPv6reference = "[" IPv6address "]" in every compressed form, with or without an embedded IPv4address. */
    static Arbitrary<GenHost> ipv6() {
        Arbitrary<Integer> group = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, 15)),
                Tuple.of(3, Arbitraries.integers().between(0, 0xFFFF)));
        return Combinators.combine(group.list().ofSize(8), Arbitraries.longs()).as((groups, seed) -> {
            int[] g = groups.stream().mapToInt(Integer::intValue).toArray();
            byte[] bytes = new byte[16];
            for (int i = 0; i < 8; i++) {
                bytes[2 * i] = (byte) (g[i] >> 8);
                bytes[2 * i + 1] = (byte) g[i];
            }
            Random r = new Random(seed);
            List<String> forms = ipv6Forms(g, r);
            return new GenHost("[" + forms.get(0) + "]", Host.Kind.IPV6, bytes, forms.stream().map(f -> "[" + f + "]").toList());
        });
    }

    /** Several spellings of the same address: full, zero-padded, upper case, each "::" run, IPv4 tail. */
    static List<String> ipv6Forms(int[] g, Random r) {
        List<String> out = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            boolean v4 = r.nextInt(3) == 0;
            int hexGroups = v4 ? 6 : 8;
            boolean upper = r.nextBoolean();
            boolean pad = r.nextInt(3) == 0;
            List<int[]> runs = new ArrayList<>();
            for (int i = 0; i < hexGroups; i++) {
                if (g[i] == 0) {
                    int j = i;
                    while (j < hexGroups && g[j] == 0) {
                        j++;
                    }
                    // any sub-run of zero groups may be written "::"
                    int s = i + r.nextInt(j - i);
                    int e = s + 1 + r.nextInt(j - s);
                    runs.add(new int[] {s, e});
                    i = j;
                }
            }
            int[] run = runs.isEmpty() || r.nextInt(4) == 0 ? null : runs.get(r.nextInt(runs.size()));
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < hexGroups; i++) {
                String h = Integer.toHexString(g[i]);
                if (pad) {
                    h = "0".repeat(4 - h.length()) + h;
                }
                parts.add(upper ? h.toUpperCase(Locale.ROOT) : h);
            }
            String tail = v4 ? (g[6] >> 8) + "." + (g[6] & 0xFF) + "." + (g[7] >> 8) + "." + (g[7] & 0xFF) : null;
            String s;
            if (run == null) {
                s = String.join(":", parts) + (v4 ? ":" + tail : "");
            } else {
                String left = String.join(":", parts.subList(0, run[0]));
                String right = String.join(":", parts.subList(run[1], hexGroups));
                s = left + "::" + right;
                if (v4) {
                    s += right.isEmpty() ? tail : ":" + tail;
                }
            }
            out.add(s);
        }
        return out;
    }

    static Arbitrary<GenHost> host() {
        return Arbitraries.frequencyOf(Tuple.of(3, hostname()), Tuple.of(2, ipv4()),
                Tuple.of(3, ipv6()));
    }

    static String swapCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- SIP and SIPS URIs

    /** One ;name[=value] or ?name=value; value null for a flag. */
    record Param(String name, String value) {
        String text() {
            return value == null ? name : name + '=' + value;
        }
    }

    /** A SIP-URI / SIPS-URI and its components. */
    record GenSipUri(String scheme, String user, String password, GenHost host, int port, List<Param> params, List<Param> headers) {

        boolean secure() {
            return scheme.equalsIgnoreCase("sips");
        }

        String text() {
            return text(scheme, user, host.text(), params, headers);
        }

        String text(String scheme, String user, String hostText, List<Param> params, List<Param> headers) {
            StringBuilder b = new StringBuilder(scheme).append(':');
            if (user != null) {
                b.append(user);
                if (password != null) {
                    b.append(':').append(password);
                }
                b.append('@');
            }
            b.append(hostText);
            if (port >= 0) {
                b.append(':').append(port);
            }
            for (Param p : params) {
                b.append(';').append(p.text());
            }
            for (int i = 0; i < headers.size(); i++) {
                b.append(i == 0 ? '?' : '&').append(headers.get(i).text());
            }
            return b.toString();
        }

        /**
         * A spelling §19.1.4 makes equivalent: host case or IPv6 form, escapes of unreserved user characters, order and
         * case of parameters, order and name case of headers, extension parameters present in one URI only.
         */
        String equivalent(Random r) {
            String u = user == null ? null : reescape(user, r);
            String h = host.equivalents().get(r.nextInt(host.equivalents().size()));
            List<Param> ps = new ArrayList<>();
            for (Param p : params) {
                ps.add(new Param(r.nextBoolean() ? swapCase(p.name()) : p.name(), p.value() != null && r.nextBoolean()
                        ? swapCase(p.value()) : p.value()));
            }
            Collections.shuffle(ps, r);
            if (r.nextBoolean() && params.stream().noneMatch(p -> p.name().equalsIgnoreCase("x-only-here"))) {
                ps.add(r.nextInt(ps.size() + 1), new Param("x-only-here", r.nextBoolean() ? null : "1"));
            }
            List<Param> hs = new ArrayList<>();
            for (Param p : headers) {
                hs.add(new Param(r.nextBoolean() ? swapCase(p.name()) : p.name(), p.value()));
            }
            Collections.shuffle(hs, r);
            String s = r.nextBoolean() ? scheme.toUpperCase(Locale.ROOT) : scheme.toLowerCase(Locale.ROOT);
            return new GenSipUri(s, u, password, host, port, ps, hs).text(s, u, h, ps, hs);
        }

        /** A spelling that §19.1.4 says does not match. */
        String different(Random r) {
            switch (r.nextInt(6)) {
                case 0:
                    return new GenSipUri(secure() ? "sip" : "sips", user, password, host, port, params, headers).text();
                case 1:
                    return new GenSipUri(scheme, user, password, host, port == 5060 ? 5061 : 5060, params, headers).text();
                case 2:
                    return new GenSipUri(scheme, user == null ? "someone" : null, password, host, port, params, headers).text();
                case 3:
                    if (params.stream().noneMatch(p -> p.name().equalsIgnoreCase("maddr"))) {
                        List<Param> ps = new ArrayList<>(params);
                        ps.add(new Param("maddr", "192.0.2.99"));
                        return new GenSipUri(scheme, user, password, host, port, ps, headers).text();
                    }
                    return new GenSipUri(scheme, user, password, host, port,
                            params.stream().filter(p -> !p.name().equalsIgnoreCase("maddr")).toList(), headers).text();
                case 4:
                    List<Param> hs = new ArrayList<>(headers);
                    hs.add(new Param("X-Different", "1"));
                    return new GenSipUri(scheme, user, password, host, port, params, hs).text();
                default:
                    return new GenSipUri(scheme, user, password, host.kind() == Host.Kind.HOSTNAME ? otherHost(host, "x")
                            : new GenHost("other.example.com", Host.Kind.HOSTNAME, null, List.of()), port, params, headers).text();
            }
        }

        private static GenHost otherHost(GenHost h, String prefix) {
            String t = prefix + h.text();
            return new GenHost(t, Host.Kind.HOSTNAME, null, List.of(t));
        }
    }

    /** Escapes some unreserved characters and unescapes escapes of unreserved characters: §19.1.4 equivalent. */
    static String reescape(String s, Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int v = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                if (v < 0x80 && UNRESERVED.indexOf(v) >= 0 && r.nextBoolean()) {
                    b.append((char) v);
                } else {
                    b.append(s, i, i + 3);
                }
                i += 2;
            } else if (UNRESERVED.indexOf(c) >= 0 && r.nextInt(3) == 0) {
                String hex = String.format("%02X", (int) c);
                b.append('%').append(r.nextBoolean() ? hex : hex.toLowerCase(Locale.ROOT));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static Arbitrary<Param> uriParam() {
        return Arbitraries.oneOf(
                Arbitraries.just(new Param("lr", null)),
                Arbitraries.of("udp", "tcp", "TLS", "sctp", "ws", "x-transport").map(t -> new Param("transport", t)),
                Arbitraries.oneOf(ipv4(), hostname()).map(h -> new Param("maddr", h.text())),
                Arbitraries.of("phone", "ip").map(v -> new Param("user", v)),
                Arbitraries.integers().between(0, 255).map(t -> new Param("ttl", Integer.toString(t))),
                Arbitraries.of("INVITE", "REGISTER").map(m -> new Param("method", m)),
                Combinators.combine(escapedRun(PARAMCHAR, 1, 6), escapedRun(PARAMCHAR, 1, 8).injectNull(0.3)).as(Param::new));
    }

    static Arbitrary<Param> uriHeader() {
        return Combinators.combine(escapedRun(HNVCHAR, 1, 6), escapedRun(HNVCHAR, 0, 8)).as(Param::new);
    }

    static Arbitrary<GenSipUri> sipUri() {
        Arbitrary<String> scheme = Arbitraries.of("sip", "sip", "sips", "SIP", "Sips");
        Arbitrary<String> user = escapedRun(USER, 1, 10).injectNull(0.25);
        Arbitrary<String> password = escapedRun(PASSWORD, 0, 6).injectNull(0.8);
        Arbitrary<Integer> port = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 65535),
                Arbitraries.of(5060, 5061));
        // parameter and header names are unique: which of two equal names counts is not defined
        return Combinators.combine(scheme, user, password, host(), port,
                        uriParam().list().ofMaxSize(4).uniqueElements(p -> p.name().toLowerCase(Locale.ROOT)),
                        uriHeader().list().ofMaxSize(3).uniqueElements(p -> p.name().toLowerCase(Locale.ROOT)))
                .as((s, u, pw, h, p, ps, hs) -> new GenSipUri(s, u, u == null ? null : pw, h, p, ps, hs));
    }

    // ---------------------------------------------------------------- tel URIs (RFC 3966)

    /** A tel URI with its text and a spelling RFC 3966 §4 makes equivalent (other separators, parameter order, case). */
    record GenTelUri(String text, String equivalent, boolean global) {
    }

    static Arbitrary<GenTelUri> telUri() {
        Arbitrary<List<String>> digits = Arbitraries.strings().withChars(DIGIT.toCharArray()).ofMinLength(1).ofMaxLength(3)
                .list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<List<Param>> params = Arbitraries.oneOf(
                        chars(DIGIT, 1, 4).map(e -> new Param("ext", e)),
                        chars(UNRESERVED, 1, 6).map(i -> new Param("isub", i)),
                        Combinators.combine(chars(ALPHANUM, 1, 1), chars(ALPHANUM + "-", 0, 5)).as((a, b) -> new Param("x" + a + b,
                                "v")))
                .list().ofMaxSize(3).uniqueElements(p -> p.name().toLowerCase(Locale.ROOT));
        return Combinators.combine(Arbitraries.of(true, false), digits, params, hostname(), Arbitraries.longs()).as((global, ds, ps, ctx, seed) -> {
            Random r = new Random(seed);
            List<Param> all = new ArrayList<>(ps);
            if (!global) {
                all.add(new Param("phone-context", ctx.text()));
            }
            String number = (global ? "+" : "") + String.join(sep(r), ds);
            String other = (global ? "+" : "") + String.join(sep(r), ds);
            List<Param> shuffled = new ArrayList<>();
            for (Param p : all) {
                shuffled.add(new Param(r.nextBoolean() ? swapCase(p.name()) : p.name(), r.nextBoolean() ? swapCase(p.value()) : p.value()));
            }
            Collections.shuffle(shuffled, r);
            StringBuilder t = new StringBuilder("tel:").append(number);
            all.forEach(p -> t.append(';').append(p.text()));
            StringBuilder e = new StringBuilder(r.nextBoolean() ? "TEL:" : "tel:").append(other);
            shuffled.forEach(p -> e.append(';').append(p.text()));
            return new GenTelUri(t.toString(), e.toString(), global);
        });
    }

    private static String sep(Random r) {
        return List.of("", "-", ".", "").get(r.nextInt(4));
    }

    // ---------------------------------------------------------------- name-addr / addr-spec

    /** A To/From/Contact value and its parts: display name as meant (null if none), the URI text, header params. */
    record GenAddress(String text, String displayName, String uriText, List<Param> params) {
    }

    static Arbitrary<String> displayName() {
        return Arbitraries.oneOf(
                quotedContent().map(c -> "\"" + c + "\""),
                token().list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l)));
    }

    static Arbitrary<Param> headerParam() {
        return Arbitraries.oneOf(
                token().map(t -> new Param("tag", t)),
                Arbitraries.of("0", "0.5", "1", "1.000", "0.001").map(q -> new Param("q", q)),
                Arbitraries.integers().between(0, 100000).map(e -> new Param("expires", Integer.toString(e))),
                Combinators.combine(token(), Arbitraries.oneOf(token(), quotedContent().map(c -> "\"" + c + "\""),
                        ipv6().map(GenHost::text)).injectNull(0.2)).as(Param::new));
    }

    static Arbitrary<GenAddress> address() {
        Arbitrary<String> uri = Arbitraries.frequencyOf(Tuple.of(4, sipUri().map(GenSipUri::text)),
                Tuple.of(1, telUri().map(GenTelUri::text)),
                Tuple.of(1, Arbitraries.of("mailto:watson@bell-telephone.com", "urn:uuid:f81d4fae-7dec-11d0")));
        return Combinators.combine(displayName().injectNull(0.4), uri, headerParam().list().ofMaxSize(3), sws(), sws(),
                Arbitraries.of(true, false)).as((dn, u, ps, sp1, sp2, brackets) -> {
                    boolean mustBracket = dn != null || u.indexOf(';') >= 0 || u.indexOf(',') >= 0 || u.indexOf('?') >= 0;
                    StringBuilder b = new StringBuilder();
                    if (dn != null) {
                        b.append(dn).append(dn.startsWith("\"") && sp1.isEmpty() ? "" : " ");
                    }
                    b.append(mustBracket || brackets ? "<" + u + ">" : u);
                    for (Param p : ps) {
                        b.append(sp2).append(';').append(sp2).append(p.text());
                    }
                    String meant = dn == null ? null : dn.startsWith("\"") ? SipReader.unquote(dn.substring(1, dn.length() - 1)) : dn;
                    return new GenAddress(b.toString(), meant, u, ps);
                });
    }

    // ---------------------------------------------------------------- Via

    /** A via-parm and what it holds. */
    record GenVia(String text, String transport, GenHost host, int port, List<Param> params) {
    }

    static Arbitrary<Param> viaParam() {
        return Arbitraries.oneOf(
                token().map(t -> new Param("branch", Via.MAGIC_COOKIE + t)),
                token().map(t -> new Param("branch", t)),
                Arbitraries.oneOf(ipv4().map(GenHost::text), ipv6().map(h -> h.text().substring(1, h.text().length() - 1)),
                        ipv6().map(GenHost::text)).map(a -> new Param("received", a)),
                Arbitraries.just(new Param("rport", null)),
                Arbitraries.integers().between(0, 65535).map(p -> new Param("rport", Integer.toString(p))),
                Arbitraries.integers().between(0, 255).map(t -> new Param("ttl", Integer.toString(t))),
                host().map(h -> new Param("maddr", h.text())),
                Combinators.combine(token().filter(t -> !List.of("branch", "received", "rport", "ttl", "maddr")
                        .contains(t.toLowerCase(Locale.ROOT))), Arbitraries.oneOf(token(), quotedContent().map(c -> "\"" + c + "\""))
                        .injectNull(0.3)).as(Param::new));
    }

    static Arbitrary<GenVia> via() {
        Arbitrary<String> transport = Arbitraries.of("UDP", "TCP", "TLS", "SCTP", "udp", "Tcp", "WS", "WSS", "x-foo");
        Arbitrary<Integer> port = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 65535));
        return Combinators.combine(Arbitraries.of("SIP", "sip"), transport, host(), port, viaParam().list().ofMaxSize(4), sws(),
                Arbitraries.of(" ", "  ", "\t", " \r\n "), sws()).as((proto, t, h, p, ps, s1, lws, s2) -> {
                    StringBuilder b = new StringBuilder(proto).append(s1).append('/').append(s1).append("2.0").append(s1).append('/')
                            .append(s1).append(t).append(lws).append(h.text());
                    if (p >= 0) {
                        b.append(s2).append(':').append(s2).append(p);
                    }
                    for (Param x : ps) {
                        b.append(s2).append(';').append(s2).append(x.text());
                    }
                    return new GenVia(b.toString(), t, h, p, ps);
                });
    }

    // ---------------------------------------------------------------- CSeq, media types, auth values

    static Arbitrary<String> method() {
        return Arbitraries.oneOf(Arbitraries.of("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER", "invite"), token());
    }

    /** A generic-param value: token, quoted-string or IPv6 reference. */
    static Arbitrary<String> genValue() {
        return Arbitraries.oneOf(token(), quotedContent().map(c -> "\"" + c + "\""));
    }

    record GenMediaType(String text, String type, String subtype, List<Param> params) {
    }

    static Arbitrary<GenMediaType> mediaType() {
        return Combinators.combine(token(), token(), Combinators.combine(token(), genValue()).as(Param::new).list().ofMaxSize(3), sws())
                .as((t, s, ps, sp) -> {
                    StringBuilder b = new StringBuilder(t).append(sp).append('/').append(sp).append(s);
                    ps.forEach(p -> b.append(sp).append(';').append(sp).append(p.name()).append(sp).append('=').append(sp)
                            .append(p.value()));
                    return new GenMediaType(b.toString(), t, s, ps);
                });
    }

    record GenAuth(String text, String scheme, List<Param> params) {
    }

    static Arbitrary<GenAuth> authValue() {
        return Combinators.combine(Arbitraries.oneOf(Arbitraries.of("Digest", "digest"), token()),
                        Combinators.combine(token(), genValue()).as(Param::new).list().ofMinSize(1).ofMaxSize(5), sws(),
                        Arbitraries.of(" ", "  ", "\t"))
                .as((s, ps, sp, lws) -> {
                    StringBuilder b = new StringBuilder(s).append(lws);
                    for (int i = 0; i < ps.size(); i++) {
                        if (i > 0) {
                            b.append(sp).append(',').append(sp);
                        }
                        b.append(ps.get(i).name()).append(sp).append('=').append(sp).append(ps.get(i).value());
                    }
                    return new GenAuth(b.toString(), s, ps);
                });
    }
}
