package io.sipspec.proxy;

import io.sipspec.auth.DigestAuthenticator;
import io.sipspec.auth.Verdict;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;

/**
 * Whether the proxy requires credentials before forwarding a request (RFC 3261 §16.3 step 6: "If an element requires
 * credentials before forwarding a request, the request MUST be inspected as described in Section 22.3.  That section
 * also defines what the element must do if the inspection fails.").
 */
@FunctionalInterface
public interface ProxyAuthentication {

    /** Requires no credentials: every request is forwarded. */
    ProxyAuthentication NONE = r -> null;

    /** The 407 to answer {@code request} with, or null when it may be forwarded. */
    SipResponse challenge(SipRequest request);

    /**
     * Digest in the realm of {@code digest} (a {@link io.sipspec.auth.ChallengeType#PROXY PROXY} authenticator), for
     * requests outside a dialog: ACK and CANCEL are never challenged (§22.1: "Servers MUST NOT attempt to challenge an
     * ACK" and "servers MUST NOT attempt to challenge CANCEL requests since these requests cannot be resubmitted"), nor
     * are requests within a dialog (a To tag), which the dialog's initial request was authenticated for.
     * §22.3: "When a UAC sends a request to a proxy server, the proxy server MAY authenticate the originator before the
     * request is processed.  If no credentials (in the Proxy-Authorization header field) are provided in the request,
     * the proxy can challenge the originator to provide credentials by rejecting the request with a 407 (Proxy
     * Authentication Required) status code.  The proxy MUST populate the 407 (Proxy Authentication Required) message
     * with a Proxy-Authenticate header field value applicable to the proxy for the requested resource."
     */
    static ProxyAuthentication digest(DigestAuthenticator digest) {
        return r -> {
            if (DigestAuthenticator.exempt(r) || r.to() != null && r.to().tag() != null) {
                return null;
            }
            Verdict v = digest.verify(r);
            return v.isOk() ? null : digest.challenge(r, v.isStale());
        };
    }
}
