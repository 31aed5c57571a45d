package io.sipspec.device;

import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * Whom a triggered device sends its request to: a tester peer.
 *
 * @param user      the user part of the Request-URI: the peer's name (bob)
 * @param address   the peer's address
 * @param transport udp or tcp
 */
public record TriggerTarget(String user, InetSocketAddress address, String transport) {

    /** {@code 127.0.0.1:40000}. */
    public String hostPort() {
        return address.getHostString() + ":" + address.getPort();
    }

    /** {@code sip:bob@127.0.0.1:40000}, with {@code ;transport=tcp} over TCP. */
    public String uri() {
        String uri = "sip:" + user + "@" + hostPort();
        return transport.toLowerCase(Locale.ROOT).equals("udp") ? uri : uri + ";transport=" + transport.toLowerCase(Locale.ROOT);
    }
}
