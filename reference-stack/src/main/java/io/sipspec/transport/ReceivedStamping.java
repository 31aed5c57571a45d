package io.sipspec.transport;

import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.Via;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * What the server transport writes into the top Via of a request it receives (RFC 3261 §18.2.1, RFC 3581 §4).
 *
 * <p>RFC 3261 §18.2.1: "When the server transport receives a request over any transport, it MUST examine the value
 * of the "sent-by" parameter in the top Via header field value. If the host portion of the "sent-by" parameter
 * contains a domain name, or if it contains an IP address that differs from the packet source address, the server
 * MUST add a "received" parameter to that Via header field value. This parameter MUST contain the source address
 * from which the packet was received."
 *
 * <p>RFC 3581 §4: "If this Via header field value contains an "rport" parameter with no value, it MUST set the value
 * of the parameter to the source port of the request." ... "In fact, the server MUST insert a "received" parameter
 * containing the source IP address that the request came from, even if it is identical to the value of the
 * "sent-by" component. Note that this processing takes place independent of the transport protocol."
 */
public final class ReceivedStamping {

    private ReceivedStamping() {
    }

    /** The top Via as the server transport passes it up: with received and rport filled in where the RFCs say. */
    public static Via stamp(Via top, InetSocketAddress source) {
        InetAddress src = source.getAddress();
        if (src == null) {
            return top;
        }
        Via out = top;
        boolean emptyRport = top.hasRport() && top.rport() < 0;
        if (emptyRport) {
            out = out.withParameter("rport", Integer.toString(source.getPort()));
        }
        if (emptyRport || !sentByIs(top, src)) {
            out = out.withParameter("received", IpAddresses.receivedText(src));
        }
        return out;
    }

    /**
     * The request with its top Via stamped, or the same request when nothing changes. A request without a Via, or
     * whose top Via does not parse, is returned unchanged: the layer above answers it (RFC 3261 §8.2, §16.3).
     */
    public static SipRequest stamp(SipRequest request, InetSocketAddress source) {
        try {
            Via top = request.topVia();
            if (top == null) {
                return request;
            }
            Via stamped = stamp(top, source);
            if (stamped == top) {
                return request;
            }
            return ViaRewriting.replaceTop(request, stamped);
        } catch (SipParseException e) {
            return request;
        }
    }

    /** True if the sent-by host is an IP address equal to the packet's source address. */
    private static boolean sentByIs(Via via, InetAddress source) {
        InetAddress sentBy = IpAddresses.fromHost(via.host());
        return sentBy != null && sentBy.equals(source);
    }
}
