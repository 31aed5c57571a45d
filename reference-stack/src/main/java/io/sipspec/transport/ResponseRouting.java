package io.sipspec.transport;

import io.sipspec.message.Via;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Where a response goes, decided from its top Via and the flow its request arrived on. Pure: no sockets, no name
 * lookups (a sent-by host name comes back as an unresolved address; resolving it by RFC 3263 §5 is the caller's).
 *
 * <p>RFC 3261 §18.2.2: "The server transport uses the value of the top Via header field in order to determine where
 * to send a response. It MUST follow the following process:"
 * <ul>
 * <li>"If the "sent-protocol" is a reliable transport protocol such as TCP or SCTP, or TLS over those, the response
 * MUST be sent using the existing connection to the source of the original request that created the transaction, if
 * that connection is still open." ... "If that connection is no longer open, the server SHOULD open a connection to
 * the IP address in the "received" parameter, if present, using the port in the "sent-by" value, or the default port
 * for that transport, if no port is specified."</li>
 * <li>"Otherwise, if the Via header field value contains a "maddr" parameter, the response MUST be forwarded to the
 * address listed there, using the port indicated in "sent-by", or port 5060 if none is present. If the address is a
 * multicast address, the response SHOULD be sent using the TTL indicated in the "ttl" parameter, or with a TTL of 1
 * if that parameter is not present."</li>
 * <li>RFC 3581 §4: "If the "sent-protocol" component indicates an unreliable unicast transport protocol, such as UDP,
 * and there is no "maddr" parameter, but there is both a "received" parameter and an "rport" parameter, the response
 * MUST be sent to the IP address listed in the "received" parameter, and the port in the "rport" parameter."</li>
 * <li>"Otherwise (for unreliable unicast transports), if the top Via has a "received" parameter, the response MUST
 * be sent to the address in the "received" parameter, using the port indicated in the "sent-by" value, or using port
 * 5060 if none is specified explicitly."</li>
 * <li>"Otherwise, if it is not receiver-tagged, the response MUST be sent to the address indicated by the "sent-by"
 * value, using the procedures in Section 5 of [4]." Here: the sent-by host and port (an rport value if there is
 * one), port 5060 when absent; no SRV lookup.</li>
 * </ul>
 */
public final class ResponseRouting {

    private ResponseRouting() {
    }

    /**
     * The route for a response whose top Via is {@code top}, its request having arrived on {@code requestFlow}. A
     * sent-protocol this stack does not speak (e.g. SCTP) is answered over the transport the request came on.
     */
    public static ResponseRoute route(Via top, Flow requestFlow) {
        TransportType viaTransport = TransportType.fromVia(top.transport());
        TransportType transport = viaTransport != null ? viaTransport : requestFlow.transport();
        InetAddress received = IpAddresses.literal(top.received());
        if (transport.reliable()) {
            int port = top.port() >= 0 ? top.port() : transport.defaultPort();
            InetSocketAddress to = received != null ? new InetSocketAddress(received, port)
                    : IpAddresses.socketAddress(top.host(), port);
            Flow connection = requestFlow.transport() == transport ? requestFlow : null;
            return new ResponseRoute(connection, new Destination(transport, to), null, -1, ResponseRoute.Rule.RELIABLE);
        }
        InetSocketAddress from = requestFlow.transport() == transport ? requestFlow.local() : null;
        int sentByPort = top.port() >= 0 ? top.port() : TransportType.UDP.defaultPort();
        InetAddress maddr = IpAddresses.literal(top.maddr());
        if (top.maddr() != null) {
            InetSocketAddress to = maddr != null ? new InetSocketAddress(maddr, sentByPort)
                    : InetSocketAddress.createUnresolved(top.maddr(), sentByPort);
            int ttl = maddr != null && maddr.isMulticastAddress() ? (top.ttl() >= 0 ? top.ttl() : 1) : -1;
            return new ResponseRoute(null, new Destination(transport, to), from, ttl, ResponseRoute.Rule.MADDR);
        }
        if (received != null && top.rport() >= 0) {
            return new ResponseRoute(null, new Destination(transport, new InetSocketAddress(received, top.rport())), from,
                    -1, ResponseRoute.Rule.RECEIVED_RPORT);
        }
        if (received != null) {
            return new ResponseRoute(null, new Destination(transport, new InetSocketAddress(received, sentByPort)), from,
                    -1, ResponseRoute.Rule.RECEIVED);
        }
        int port = top.rport() >= 0 ? top.rport() : sentByPort;
        return new ResponseRoute(null, new Destination(transport, IpAddresses.socketAddress(top.host(), port)), from, -1,
                ResponseRoute.Rule.SENT_BY);
    }
}
