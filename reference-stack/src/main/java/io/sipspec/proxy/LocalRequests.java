package io.sipspec.proxy;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;

/**
 * The element sharing the proxy's address that answers requests addressed to the proxy itself: REGISTER for its
 * domains (a registrar, as RFC 3261 §10 lets a proxy and registrar be co-located) and OPTIONS to the proxy's own URI.
 */
@FunctionalInterface
public interface LocalRequests {

    /** Answers nothing: every request is proxied. */
    LocalRequests NONE = r -> null;

    /** The answer to {@code request}, or null when the request is not for this element and is proxied. */
    SipResponse answer(SipRequest request);
}
