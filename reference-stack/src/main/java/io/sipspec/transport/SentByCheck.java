package io.sipspec.transport;

import io.sipspec.message.Host;
import io.sipspec.message.Via;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;

/**
 * Whether a response's top Via names this stack. RFC 3261 §18.1.2: "When a response is received, the client transport
 * examines the top Via header field value. If the value of the "sent-by" parameter in that header field value does
 * not correspond to a value that the client transport is configured to insert into requests, the response MUST be
 * silently discarded."
 *
 * <p>A sent-by corresponds when its host is one of the bound addresses (or the configured Via host) and its port,
 * or the default port of its transport when absent, is one of the bound ports. Any transport's port is accepted,
 * since a request may have moved from UDP to TCP (§18.1.1) keeping the sent-by it was given.
 */
final class SentByCheck {

    private final List<InetSocketAddress> bound;
    private final Host viaHost;
    private final Set<Integer> ports;

    SentByCheck(List<InetSocketAddress> bound, Host viaHost) {
        this.bound = List.copyOf(bound);
        this.viaHost = viaHost;
        this.ports = Set.copyOf(bound.stream().map(InetSocketAddress::getPort).toList());
    }

    boolean isOwn(Via via) {
        TransportType t = TransportType.fromVia(via.transport());
        int port = via.port() >= 0 ? via.port() : (t != null ? t.defaultPort() : TransportType.UDP.defaultPort());
        return ports.contains(port) && isOwnHost(via.host());
    }

    private boolean isOwnHost(Host host) {
        if (host.equals(viaHost)) {
            return true;
        }
        InetAddress ip = IpAddresses.fromHost(host);
        if (ip == null) {
            return false;
        }
        for (InetSocketAddress a : bound) {
            if (a.getAddress().isAnyLocalAddress() || a.getAddress().equals(ip)) {
                return true;
            }
        }
        return false;
    }
}
