package io.sipspec.transport;

import io.sipspec.message.SipRequest;

/**
 * The message size rule of RFC 3261 §18.1.1: "If a request is within 200 bytes of the path MTU, or if it is larger
 * than 1300 bytes and the path MTU is unknown, the request MUST be sent using an RFC 2914 [43] congestion controlled
 * transport protocol, such as TCP."
 *
 * <p>This stack does not discover path MTUs, so the 1300-byte threshold always applies ("1300 is chosen when path MTU
 * is not known, based on the assumption of a 1500 byte Ethernet MTU.").
 */
public final class TransportSelection {

    /** Requests larger than this many bytes do not go over UDP. */
    public static final int MAX_UDP_REQUEST_BYTES = 1300;

    private TransportSelection() {
    }

    /** {@code d}, or the same address over TCP when {@code d} is UDP and the request is larger than 1300 bytes. */
    public static Destination select(SipRequest request, Destination d) {
        if (d.transport() == TransportType.UDP && request.length() > MAX_UDP_REQUEST_BYTES) {
            return new Destination(TransportType.TCP, d.address());
        }
        return d;
    }
}
