package io.sipspec.tester;

import java.net.InetSocketAddress;

/**
 * Bytes a peer sent, exactly as given.
 *
 * @param peer      the sending peer
 * @param nanos     when they were handed to the socket
 * @param transport UDP or TCP
 * @param local     the peer's address (for TCP, the local end of the connection)
 * @param remote    where they went
 * @param bytes     the bytes (not copied: the caller gives up ownership)
 */
public record Sent(String peer, long nanos, Transport transport, InetSocketAddress local, InetSocketAddress remote, byte[] bytes)
        implements TrafficEvent {
}
