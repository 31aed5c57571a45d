package io.sipspec.transport;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Where to send a request: a transport and a resolved address (RFC 3263 resolution happens before this).
 *
 * @param transport the transport to use
 * @param address   the peer's resolved socket address
 */
public record Destination(TransportType transport, InetSocketAddress address) {

    public Destination {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(address, "address");
    }

    public static Destination of(TransportType transport, String host, int port) {
        return new Destination(transport, new InetSocketAddress(host, port));
    }
}
