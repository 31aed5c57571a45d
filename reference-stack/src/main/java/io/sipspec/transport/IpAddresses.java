package io.sipspec.transport;

import io.sipspec.message.Host;
import io.sipspec.message.SipParseException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * IP literals as SIP writes them (RFC 3261 §25.1 host, RFC 5118 §4.5) and as sockets take them. Nothing here
 * looks up a name: a host name stays an unresolved {@link InetSocketAddress}.
 */
final class IpAddresses {

    private IpAddresses() {
    }

    /** The address of an IPv4 or IPv6 literal, with or without brackets; null when {@code text} is not one. */
    static InetAddress literal(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String t = text.startsWith("[") || text.indexOf(':') < 0 ? text : '[' + text + ']';
        try {
            return fromHost(Host.parse(t));
        } catch (SipParseException e) {
            return null;
        }
    }

    /** The address of an IP host, null for a host name. */
    static InetAddress fromHost(Host host) {
        byte[] bytes = host.addressBytes();
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 address bytes expected", e);
        }
    }

    /** A socket address for {@code host}: resolved for an IP literal, unresolved (no lookup) for a host name. */
    static InetSocketAddress socketAddress(Host host, int port) {
        InetAddress ip = fromHost(host);
        return ip != null ? new InetSocketAddress(ip, port) : InetSocketAddress.createUnresolved(host.text(), port);
    }

    /** The address as an RFC 3261 host: IPv6 in brackets (IPv6reference), without a zone id. */
    static String hostText(InetAddress address) {
        String s = address.getHostAddress();
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        return address instanceof Inet6Address ? '[' + s + ']' : s;
    }

    /**
     * The address as a Via {@code received} value. RFC 5118 §4.5: "When sending a request, implementations must
     * not put the delimiting "[" and "]" tokens." (via-received = "received" EQUAL (IPv4address / IPv6address)).
     */
    static String receivedText(InetAddress address) {
        String s = address.getHostAddress();
        int zone = s.indexOf('%');
        return zone >= 0 ? s.substring(0, zone) : s;
    }
}
