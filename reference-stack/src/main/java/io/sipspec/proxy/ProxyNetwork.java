package io.sipspec.proxy;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import io.sipspec.transport.Destination;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportType;
import java.util.concurrent.CompletionStage;

/** What the proxy sends without a transaction, and the Via it writes: the transport layer as the proxy sees it. */
public interface ProxyNetwork {

    /** Sends a request as it is (stateless forwarding, §16.11; the ACK for a 2xx). */
    CompletionStage<Flow> send(SipMessage message, Destination destination);

    /**
     * Sends a response statelessly to where its top Via says (RFC 3261 §18.2.2): a response forwarded by a stateless
     * proxy, or one that matches no client transaction (§16.7).
     */
    CompletionStage<Flow> sendResponse(SipResponse response);

    /** The Via this proxy inserts in a request it sends over {@code transport} (§16.6 step 8). */
    Via via(TransportType transport, String branch);
}
