package io.sipspec.proxy;

import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.parser.MessageValidator;
import io.sipspec.parser.Violation;
import java.util.List;

/**
 * RFC 3261 §16.3: "Before an element can proxy a request, it MUST verify the message's validity." "If any of these
 * checks fail, the element MUST behave as a user agent server (see Section 8.2) and respond with an error code."
 *
 * <p>Step 6, the Proxy-Authorization check, applies "If an element requires credentials before forwarding a
 * request"; the reference proxy requires none, so it forwards Proxy-Authorization untouched.
 */
public final class RequestValidation {

    private static final MessageValidator SYNTAX = new MessageValidator();

    private final ProxyIdentity self;

    public RequestValidation(ProxyIdentity self) {
        this.self = self;
    }

    /**
     * What is wrong with {@code request}, as the status and reason to answer it with, or null when it may be
     * proxied.
     */
    public Rejection check(SipRequest request) {
        // 1. "The request MUST be well-formed enough to be handled with a server transaction.  Any components involved
        // in the remainder of these Request Validation steps or the Request Forwarding section MUST be well-formed."
        List<Violation> violations = SYNTAX.validate(request);
        if (!violations.isEmpty()) {
            Violation v = violations.get(0);
            return new Rejection(v.status(), null, v.toString());
        }
        Uri uri;
        try {
            uri = request.requestUri();
            request.routes();
            request.maxForwards();
        } catch (SipParseException e) {
            return new Rejection(400, null, e.getMessage());
        }
        // 2. "If the Request-URI has a URI whose scheme is not understood by the proxy, the proxy SHOULD reject the
        // request with a 416 (Unsupported URI Scheme) response."
        if (!(uri instanceof SipUri)) {
            return new Rejection(416, null, "cannot route a " + uri.scheme() + " URI");
        }
        // 3. "If the request contains a Max-Forwards header field with a field value of zero (0), the element MUST NOT
        // forward the request.  If the request was for OPTIONS, the element MAY act as the final recipient and respond
        // per Section 11.  Otherwise, the element MUST return a 483 (Too many hops) response."
        if (request.header(SipHeaders.MAX_FORWARDS) != null && request.maxForwards() == 0) {
            return new Rejection(483, null, "Max-Forwards is 0");
        }
        // 4. "If a loop is detected, the element MAY return a 482 (Loop Detected) response."
        if (Branches.hasLooped(request, self)) {
            return new Rejection(482, null, "the request has looped");
        }
        // 5. "If the request contains a Proxy-Require header field (Section 20.29) with one or more option-tags this
        // element does not understand, the element MUST return a 420 (Bad Extension) response.  The response MUST
        // include an Unsupported (Section 20.40) header field listing those option-tags the element did not
        // understand." This proxy understands no option-tag.
        List<String> required;
        try {
            required = request.headerValues(SipHeaders.PROXY_REQUIRE);
        } catch (SipParseException e) {
            return new Rejection(400, null, "Proxy-Require: " + e.getMessage());
        }
        if (!required.isEmpty()) {
            return new Rejection(420, required, "Proxy-Require " + required);
        }
        return null;
    }

    /**
     * Why a request is not proxied.
     *
     * @param status      the status to answer with
     * @param unsupported the option-tags for the Unsupported header of a 420, else null
     * @param detail      what was wrong, for the log
     */
    public record Rejection(int status, List<String> unsupported, String detail) {
    }
}
