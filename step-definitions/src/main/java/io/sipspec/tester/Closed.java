package io.sipspec.tester;

import java.net.InetSocketAddress;

/**
 * A TCP connection closed (or reset) by the other side, not by the tester.
 *
 * @param peer      the peer whose connection it was
 * @param nanos     when the peer noticed
 * @param transport always TCP
 * @param local     the peer's end of the connection
 * @param remote    the other end
 * @param how       "closed" for an orderly close, else the error (e.g. "Connection reset")
 */
public record Closed(String peer, long nanos, Transport transport, InetSocketAddress local, InetSocketAddress remote, String how)
        implements TrafficEvent {
}
