package io.sipspec.transport;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Where a message came from or went: the transport and the two socket addresses. For TCP and TLS a flow names one
 * connection in the connection table; for UDP the pair of sockets.
 *
 * @param transport the transport
 * @param local     this stack's socket
 * @param remote    the peer's socket
 */
public record Flow(TransportType transport, InetSocketAddress local, InetSocketAddress remote) {

    public Flow {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
    }

    @Override
    public String toString() {
        return transport + " " + local + " <-> " + remote;
    }
}
