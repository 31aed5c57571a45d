package io.sipspec.proxy;

import io.sipspec.message.Host;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportType;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Who the proxy is: the addresses it listens on (and the names it is known by), which decide whether a Route value,
 * a Request-URI or a Via sent-by "indicates this proxy" (RFC 3261 §16.4, §16.11), and the domains it is responsible
 * for (§16.5). Immutable.
 */
public final class ProxyIdentity {

    /**
     * One address of the proxy, as it is written in URIs and Via sent-by values.
     *
     * @param transport the transport it listens on
     * @param host      the host (a name or an IP literal)
     * @param port      the port
     */
    public record Point(TransportType transport, Host host, int port) {

        public Point {
            Objects.requireNonNull(transport, "transport");
            Objects.requireNonNull(host, "host");
        }

        /** {@code host} as written in a URI ("[::1]" for IPv6). */
        public static Point of(TransportType transport, String host, int port) {
            return new Point(transport, Host.parse(host), port);
        }
    }

    private final List<Point> points;
    private final List<Host> domains;

    /**
     * @param points  the proxy's addresses, the first of each transport being the one it writes in Record-Route
     * @param domains the domains it is responsible for (§16.5)
     */
    public ProxyIdentity(List<Point> points, Collection<String> domains) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a proxy needs at least one address");
        }
        this.points = List.copyOf(points);
        List<Host> d = new ArrayList<>();
        for (String domain : domains) {
            d.add(Host.parse(domain));
        }
        this.domains = List.copyOf(d);
    }

    /**
     * The identity of a stack listening on {@code listening}, also known as {@code viaHost} (or null), responsible
     * for {@code domains}.
     */
    public static ProxyIdentity of(List<Flow> listening, Collection<String> domains, String viaHost) {
        List<Point> out = new ArrayList<>();
        for (Flow f : listening) {
            int port = f.local().getPort();
            if (viaHost != null) {
                out.add(Point.of(f.transport(), viaHost, port));
            }
            out.add(Point.of(f.transport(), literal(f.local().getAddress()), port));
        }
        return new ProxyIdentity(out, domains);
    }

    private static String literal(InetAddress a) {
        String text = a.getHostAddress();
        int zone = text.indexOf('%');
        if (zone >= 0) {
            text = text.substring(0, zone);
        }
        return text.indexOf(':') >= 0 ? '[' + text + ']' : text;
    }

    public List<Point> points() {
        return points;
    }

    /**
     * True if {@code uri} names one of this proxy's addresses: a SIP or SIPS URI whose host and port (the default
     * port of its transport when it has none, §19.1.2) are those of a listening point. The user part is not looked at.
     */
    public boolean isSelf(Uri uri) {
        if (!(uri instanceof SipUri s)) {
            return false;
        }
        int port = s.port() >= 0 ? s.port() : defaultPort(s);
        for (Point p : points) {
            if (p.port() == port && p.host().equals(s.host())) {
                return true;
            }
        }
        return false;
    }

    private static int defaultPort(SipUri s) {
        if (s.isSecure()) {
            return TransportType.TLS.defaultPort();
        }
        String t = s.transport();
        return t != null && "tls".equalsIgnoreCase(t) ? TransportType.TLS.defaultPort() : TransportType.UDP.defaultPort();
    }

    /**
     * True if this proxy is responsible for the domain of {@code uri} (§16.5): its host is one of the configured
     * domains, and its port, if any, is one this proxy listens on (so that a UA on the same host but another port is
     * not taken for the proxy's domain).
     */
    public boolean isResponsibleFor(Uri uri) {
        if (!(uri instanceof SipUri s)) {
            return false;
        }
        if (s.port() >= 0 && points.stream().noneMatch(p -> p.port() == s.port())) {
            return false;
        }
        return domains.stream().anyMatch(d -> d.equals(s.host())) || isSelf(s);
    }

    /** True if {@code via}'s sent-by is one this proxy writes: "a value placed into previous requests by the proxy". */
    public boolean isOwnSentBy(Via via) {
        TransportType t = TransportType.fromVia(via.transport());
        int port = via.port() >= 0 ? via.port() : (t != null ? t.defaultPort() : TransportType.UDP.defaultPort());
        Host host;
        try {
            host = via.host();
        } catch (SipParseException e) {
            return false;
        }
        for (Point p : points) {
            if (p.port() == port && p.host().equals(host)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The URI this proxy puts in Record-Route for requests it sends over {@code transport}. RFC 3261 §16.6 step 4:
     * "The URI placed in the Record-Route header field value MUST be a SIP or SIPS URI.  This URI MUST contain an lr
     * parameter". "The URI SHOULD NOT contain the transport parameter unless the proxy has knowledge ... that the next
     * downstream element that will be in the path of subsequent requests supports that transport": it is written
     * only for a proxy that does not listen on UDP over that address, where the default would not reach it.
     */
    public SipUri recordRoute(TransportType transport) {
        Point p = points.stream().filter(x -> x.transport() == transport).findFirst().orElse(points.get(0));
        // The port is left out when it is the transport's default, as in the examples of §16.12.1.
        SipUri uri = SipUri.of(null, p.host().text(), p.port() == p.transport().defaultPort() ? -1 : p.port());
        if (p.transport() == TransportType.TLS) {
            uri = uri.withSecure(true);
        } else if (p.transport() == TransportType.TCP && points.stream()
                .noneMatch(x -> x.transport() == TransportType.UDP && x.port() == p.port() && x.host().equals(p.host()))) {
            uri = uri.withParameter("transport", "tcp");
        }
        return uri.withParameter("lr", null);
    }

    /**
     * True if {@code uri} is a value this proxy placed into a Record-Route (§16.4): one of its addresses, with the lr
     * parameter and no user part, as {@link #recordRoute} writes them.
     */
    public boolean isOwnRecordRoute(Uri uri) {
        return uri instanceof SipUri s && s.user() == null && s.isLooseRouter() && isSelf(s);
    }
}
