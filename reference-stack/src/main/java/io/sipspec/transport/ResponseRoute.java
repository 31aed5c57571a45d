package io.sipspec.transport;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Where the server transport sends a response, as {@link ResponseRouting} decides it (RFC 3261 §18.2.2,
 * RFC 3581 §4).
 *
 * @param connection  for a reliable sent-protocol, the connection the request arrived on, to be used "if that
 *                    connection is still open"; null otherwise
 * @param destination where to send (or open a connection to) otherwise; the address is unresolved when it came
 *                    from a sent-by host name
 * @param sendFrom    the local socket the response must leave from (RFC 3581 §4: "The response MUST be sent from
 *                    the same address and port that the corresponding request was received on."), or null
 * @param ttl         the multicast TTL for a maddr response, else -1
 * @param rule        which bullet of §18.2.2 / RFC 3581 chose the destination, for logs and tests
 */
public record ResponseRoute(Flow connection, Destination destination, InetSocketAddress sendFrom, int ttl, Rule rule) {

    /** The bullets of RFC 3261 §18.2.2, with the step RFC 3581 §4 adds "between bullets two and three". */
    public enum Rule {
        /** Reliable sent-protocol: the request's connection, else "the IP address in the "received" parameter". */
        RELIABLE,
        /** "if the Via header field value contains a "maddr" parameter". */
        MADDR,
        /** RFC 3581 §4: received and rport both present. */
        RECEIVED_RPORT,
        /** "if the top Via has a "received" parameter". */
        RECEIVED,
        /** "the address indicated by the "sent-by" value". */
        SENT_BY
    }

    public ResponseRoute {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(rule, "rule");
    }
}
