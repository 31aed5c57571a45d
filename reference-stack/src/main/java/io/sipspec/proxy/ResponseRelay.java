package io.sipspec.proxy;

import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards a response without a transaction: the stateless proxy's response processing (RFC 3261 §16.11), which a
 * stateful proxy also applies to a response that matches no client transaction (§16.7: "If none is found, the element
 * MUST process the response (even if it is an informational response) as a stateless proxy").
 */
final class ResponseRelay {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseRelay.class);

    private final ProxyIdentity self;
    private final ProxyNetwork network;

    ResponseRelay(ProxyIdentity self, ProxyNetwork network) {
        this.self = self;
        this.network = network;
    }

    /**
     * RFC 3261 §16.11: "When a response arrives at a stateless proxy, the proxy MUST inspect the sent-by value in the
     * first (topmost) Via header field value.  If that address matches the proxy, (it equals a value this proxy has
     * inserted into previous requests) the proxy MUST remove that header field value from the response and forward
     * the result to the location indicated in the next Via header field value.  The proxy MUST NOT add to, modify, or
     * remove the message body.  Unless specified otherwise, the proxy MUST NOT remove any other header field values.
     * If the address does not match the proxy, the message MUST be silently discarded."
     */
    void relay(SipResponse response) {
        try {
            Via top = response.topVia();
            if (top == null || !self.isOwnSentBy(top)) {
                LOG.debug("response {} dropped: its top Via is not this proxy's", response.statusCode());
                return;
            }
            SipResponse out = response.toBuilder().removeFirst(SipHeaders.VIA).build();
            if (out.topVia() == null) {
                // §16.7 step 3: "If no Via header field values remain in the response, the response was meant for this
                // element and MUST NOT be forwarded."
                LOG.debug("response {} to this proxy's own request dropped", response.statusCode());
                return;
            }
            network.sendResponse(out).whenComplete((flow, error) -> {
                if (error != null) {
                    LOG.debug("response {} not forwarded: {}", response.statusCode(), error.toString());
                }
            });
        } catch (SipParseException | IllegalArgumentException e) {
            LOG.info("response {} dropped: {}", response.statusCode(), e.getMessage());
        }
    }
}
