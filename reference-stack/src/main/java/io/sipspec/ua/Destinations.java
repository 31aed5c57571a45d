package io.sipspec.ua;

import io.sipspec.message.Address;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.transport.Destination;
import io.sipspec.transport.TransportType;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Where a request goes (RFC 3261 §8.1.2): "the UAC MUST determine the destination of the request by applying the
 * DNS procedures of [4] (RFC 3263) to the first Route header field value if present, or to the Request-URI
 * otherwise. If the first element in the route set indicated a strict router (resulting in forming the
 * Request-URI ...), the procedures MUST be applied to the Request-URI of the request." This stack resolves with
 * A/AAAA records only (no NAPTR/SRV): the URI's maddr or host, its port or the transport's default, its transport
 * parameter or UDP (TLS for sips).
 */
public final class Destinations {

    private Destinations() {
    }

    /** The destination of a request with this Request-URI and these Route values (in order). */
    public static Destination of(Uri requestUri, List<Address> routes) {
        Uri next = requestUri;
        if (!routes.isEmpty() && routes.get(0).uri() instanceof SipUri first && first.isLooseRouter()) {
            next = first;
        }
        return of(next);
    }

    /** The destination a SIP or SIPS URI names. */
    public static Destination of(Uri uri) {
        if (!(uri instanceof SipUri s)) {
            throw new IllegalArgumentException("cannot route to a " + uri.scheme() + " URI: " + uri);
        }
        TransportType t;
        String param = s.transport();
        if (s.isSecure()) {
            t = TransportType.TLS;
        } else if (param == null) {
            t = TransportType.UDP;
        } else {
            t = TransportType.fromVia(param);
            if (t == null) {
                throw new IllegalArgumentException("transport " + param + " is not supported: " + uri);
            }
        }
        String host = s.maddr() != null ? s.maddr() : s.host().address();
        int port = s.port() >= 0 ? s.port() : t.defaultPort();
        return new Destination(t, new InetSocketAddress(host, port));
    }
}
