package io.sipspec.transport;

import io.sipspec.message.Parameters;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.Via;

/**
 * Rewrites the top Via of a request whose transport the client transport changed. RFC 3261 §18.1.1: "If this causes
 * a change in the transport protocol from the one indicated in the top Via, the value in the top Via MUST be
 * changed."
 */
final class ViaRewriting {

    private ViaRewriting() {
    }

    /** {@code via} with another transport token and sent-by, every parameter kept. */
    static Via with(Via via, TransportType transport, String sentBy) {
        StringBuilder b = new StringBuilder(96).append(via.protocolName()).append('/').append(via.protocolVersion())
                .append('/').append(transport.viaName()).append(' ').append(sentBy);
        Parameters p = via.parameters();
        p.encode(b, ';');
        return Via.parse(b.toString());
    }

    /** The request with {@code top} as its top Via value. */
    static SipRequest replaceTop(SipRequest request, Via top) {
        return request.toBuilder().removeFirst(SipHeaders.VIA).addHeaderFirst(SipHeaders.VIA, top).build();
    }
}
