package io.sipspec.report;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One message that went over the wire between the tester and the device, as the tester saw it.
 *
 * @param time        when it was sent or received
 * @param transport   UDP or TCP
 * @param source      who sent it
 * @param destination who it was sent to
 * @param payload     the exact bytes (one datagram, or the bytes of one message on a stream)
 * @param direction   SENT or RECEIVED, from the tester's point of view
 * @param peer        the tester's party involved, e.g. "alice"
 */
public record WireEvent(Instant time, Transport transport, InetSocketAddress source, InetSocketAddress destination,
                        byte[] payload, Direction direction, String peer) {

    /** The transport protocol the message used. */
    public enum Transport { UDP, TCP }

    /** SENT by the tester or RECEIVED by it. */
    public enum Direction { SENT, RECEIVED }

    public WireEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(peer, "peer");
        payload = payload.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The number of payload bytes. */
    public int length() {
        return payload.length;
    }

    /** True if both carry the same bytes (a retransmission, when source and destination match too). */
    public boolean samePayload(WireEvent other) {
        return Arrays.equals(payload, other.payload);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WireEvent e && time.equals(e.time) && transport == e.transport && source.equals(e.source)
                && destination.equals(e.destination) && Arrays.equals(payload, e.payload)
                && direction == e.direction && peer.equals(e.peer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, transport, source, destination, Arrays.hashCode(payload), direction, peer);
    }

    @Override
    public String toString() {
        return direction + " " + transport + " " + Endpoints.text(source) + " -> " + Endpoints.text(destination)
                + " (" + peer + ", " + payload.length + " bytes at " + time + ")";
    }
}
