package io.sipspec.transport;

import io.sipspec.message.SipMessage;
import io.sipspec.parser.MalformedSipMessage;

/**
 * What the transport layer hands up: decoded messages and undecodable ones, with the flow they arrived on.
 *
 * <p>{@link SipTransportLayer} calls these methods on its Netty event-loop threads, any of them: calls for
 * different sockets or connections may run concurrently, calls for one socket or connection come in order. An
 * implementation must be thread-safe and must not block.
 */
public interface TransportListener {

    /** A well-framed message. For a request, the transport has already added {@code received}/{@code rport} (§18.2.1). */
    void messageReceived(SipMessage message, Flow flow);

    /** Bytes that are not a SIP message; the listener answers 400 where it can, or drops and logs (§18.3). */
    void malformedReceived(MalformedSipMessage message, Flow flow);

    /** A connection closed or failed; transactions using it see a transport error (§17.1.4, §17.2.4). */
    default void flowClosed(Flow flow) {
    }
}
