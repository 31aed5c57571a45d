package io.sipspec.tester;

/** The transports a tester {@link Peer} speaks (RFC 3261 §18): one datagram per message, or a framed stream. */
public enum Transport {
    UDP,
    TCP
}
