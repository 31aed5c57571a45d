package io.sipspec.server;

import io.sipspec.transport.TransportType;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * One listening point: a transport and a socket address, written {@code udp:127.0.0.1:5060} or
 * {@code tcp:[::1]:5060}.
 *
 * @param transport the transport
 * @param address   the address to bind (port 0: any free port)
 */
public record ListenPoint(TransportType transport, InetSocketAddress address) {

    public ListenPoint {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(address, "address");
    }

    /**
     * Parses {@code transport:host:port}.
     *
     * @throws ConfigException naming the key {@code listen}
     */
    public static ListenPoint parse(String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        int portColon = t.lastIndexOf(':');
        if (colon <= 0 || portColon == colon) {
            throw bad(text, "expected transport:host:port");
        }
        TransportType transport = TransportType.fromVia(t.substring(0, colon));
        if (transport == null) {
            throw bad(text, "unknown transport '" + t.substring(0, colon) + "' (udp, tcp or tls)");
        }
        String host = t.substring(colon + 1, portColon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw bad(text, "write an IPv6 address in brackets, e.g. udp:[::1]:5060");
        }
        if (host.isEmpty()) {
            throw bad(text, "no host");
        }
        int port;
        try {
            port = Integer.parseInt(t.substring(portColon + 1));
        } catch (NumberFormatException e) {
            throw bad(text, "the port is not a number");
        }
        if (port < 0 || port > 65535) {
            throw bad(text, "the port is not in 0..65535");
        }
        try {
            return new ListenPoint(transport, new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (UnknownHostException e) {
            throw bad(text, "unknown host '" + host + "'");
        }
    }

    private static ConfigException bad(String text, String why) {
        return new ConfigException(ConfigKey.LISTEN, "'" + text.trim() + "': " + why);
    }

    /** The host as written in a URI: an IPv6 address in brackets. */
    public String host() {
        InetAddress a = address.getAddress();
        String h = a.getHostAddress();
        int scope = h.indexOf('%');
        if (scope >= 0) {
            h = h.substring(0, scope);
        }
        return a instanceof Inet6Address ? "[" + h + "]" : h;
    }

    /** {@code udp:127.0.0.1:5060}: the form {@link #parse} reads. */
    @Override
    public String toString() {
        return transport.name().toLowerCase(Locale.ROOT) + ":" + host() + ":" + address.getPort();
    }
}
