package io.sipspec.transaction;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transport.Destination;
import io.sipspec.transport.Flow;
import java.util.concurrent.CompletionStage;

/** What the transaction layer needs from the transport layer (§18). */
public interface TransactionTransport {

    /** The destination after the §18.1.1 transport rules (a large request goes over TCP instead of UDP). */
    Destination selectTransport(SipRequest request, Destination destination);

    /** Sends a request (or ACK) exactly as given; completes exceptionally on a transport error. */
    CompletionStage<Flow> send(SipMessage message, Destination destination);

    /** Sends a response the way §18.2.2 routes it, given the flow its request arrived on. */
    CompletionStage<Flow> sendResponse(SipResponse response, Flow requestFlow);
}
