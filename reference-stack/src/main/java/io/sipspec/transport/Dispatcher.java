package io.sipspec.transport;

import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import io.sipspec.parser.MalformedSipMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands what the decoders produce to the {@link TransportListener}: requests after received/rport stamping
 * ({@link ReceivedStamping}, §18.2.1), responses only when their top Via names this stack ({@link SentByCheck},
 * §18.1.2), undecodable input as it is. A listener that throws is logged; it never breaks a channel.
 */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final TransportListener listener;
    private volatile SentByCheck sentBy;

    Dispatcher(TransportListener listener) {
        this.listener = listener;
    }

    /** Set once the sockets are bound and their ports known; until then responses are dropped. */
    void sentByCheck(SentByCheck check) {
        this.sentBy = check;
    }

    void dispatch(Object decoded, Flow flow) {
        try {
            if (decoded instanceof SipRequest request) {
                listener.messageReceived(ReceivedStamping.stamp(request, flow.remote()), flow);
            } else if (decoded instanceof SipResponse response) {
                if (isOwn(response)) {
                    listener.messageReceived(response, flow);
                } else {
                    LOG.info("Discarding response on {}: top Via sent-by is not this stack's (RFC 3261 §18.1.2): {}", flow,
                            response.startLine());
                }
            } else if (decoded instanceof MalformedSipMessage malformed) {
                LOG.debug("Undecodable input on {}: {}", flow, malformed);
                listener.malformedReceived(malformed, flow);
            } else {
                LOG.warn("Unexpected object from the decoder on {}: {}", flow, decoded.getClass().getName());
            }
        } catch (RuntimeException e) {
            LOG.warn("Transport listener failed on a message from {}", flow, e);
        }
    }

    void flowClosed(Flow flow) {
        try {
            listener.flowClosed(flow);
        } catch (RuntimeException e) {
            LOG.warn("Transport listener failed on the close of {}", flow, e);
        }
    }

    // RFC 3261 §18.1.2: "If the value of the "sent-by" parameter in that header field value does not correspond to a
    // value that the client transport is configured to insert into requests, the response MUST be silently
    // discarded."
    private boolean isOwn(SipResponse response) {
        SentByCheck check = sentBy;
        Via top;
        try {
            top = response.topVia();
        } catch (SipParseException e) {
            return false;
        }
        return check != null && top != null && check.isOwn(top);
    }
}
