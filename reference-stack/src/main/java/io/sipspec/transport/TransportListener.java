package io.sipspec.transport;

import io.sipspec.message.SipMessage;
import io.sipspec.parser.MalformedSipMessage;

/** What the transport layer hands up: decoded messages and undecodable ones, with the flow they arrived on. */
public interface TransportListener {

    /** A well-framed message. For a request, the transport has already added {@code received}/{@code rport} (§18.2.1). */
    void messageReceived(SipMessage message, Flow flow);

    /** Bytes that are not a SIP message; the listener answers 400 where it can, or drops and logs (§18.3). */
    void malformedReceived(MalformedSipMessage message, Flow flow);

    /** A connection closed or failed; transactions using it see a transport error (§17.1.4, §17.2.4). */
    default void flowClosed(Flow flow) {
    }
}
