package io.sipspec.tester;

import java.net.InetSocketAddress;

/**
 * The addresses a template refers to: {@code ${local}} (the sending peer), {@code ${sut}} (the device under test)
 * and {@code ${transport}}, each address also split as {@code .host} and {@code .port}.
 *
 * @param local     the sending peer's address
 * @param sut       the device's address
 * @param transport the transport of the peer
 */
public record Endpoints(InetSocketAddress local, InetSocketAddress sut, Transport transport) {

    /** The value of one of the names above, or null if {@code name} is not one of them. */
    public String value(String name) {
        return switch (name) {
            case "local" -> hostPort(local);
            case "local.host" -> host(local);
            case "local.port" -> Integer.toString(local.getPort());
            case "sut" -> hostPort(sut);
            case "sut.host" -> host(sut);
            case "sut.port" -> Integer.toString(sut.getPort());
            case "transport" -> transport.name();
            default -> null;
        };
    }

    /** RFC 3261 §25.1 hostport: an IPv6 reference is bracketed. */
    private static String host(InetSocketAddress a) {
        String h = a.getHostString();
        return h.indexOf(':') >= 0 ? "[" + h + "]" : h;
    }

    private static String hostPort(InetSocketAddress a) {
        return host(a) + ":" + a.getPort();
    }
}
