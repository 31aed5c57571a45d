package io.sipspec.pcap;

import io.sipspec.message.SipMessage;
import io.sipspec.report.WireEvent;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Objects;

/**
 * One SIP message read from a capture.
 *
 * @param index       its position among the capture's SIP messages, from 0
 * @param frame       the number of the frame that completed it, from 1 (as Wireshark numbers frames)
 * @param time        the capture time of that frame
 * @param transport   UDP, TCP, SCTP or WebSocket
 * @param source      who sent it
 * @param destination who it was sent to
 * @param message     the message, with its exact bytes ({@link SipMessage#toByteArray()})
 */
public record CapturedMessage(long index, long frame, Instant time, CaptureTransport transport, InetSocketAddress source,
                              InetSocketAddress destination, SipMessage message) {

    public CapturedMessage {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(message, "message");
    }

    /** The message as a report event, for a ladder or a pcap; {@code party} names the tester's side. */
    public WireEvent toWireEvent(WireEvent.Direction direction, String party) {
        return new WireEvent(time, transport.wire(), source, destination, message.toByteArray(), direction, party);
    }

    /** "#3 INVITE sip:bob@example.com SIP/2.0 10.0.0.1:5060 -> 10.0.0.2:5060 UDP". */
    @Override
    public String toString() {
        return "#" + index + " " + message.startLine() + " " + source + " -> " + destination + " " + transport;
    }
}
