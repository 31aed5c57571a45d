package io.sipspec.proxy;

import io.sipspec.message.HeaderType;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import java.util.List;

/**
 * RFC 3261 §16.3: "Before an element can proxy a request, it MUST verify the message's validity." "If any of these
 * checks fail, the element MUST behave as a user agent server (see Section 8.2) and respond with an error code."
 *
 * <p>Step 6, the Proxy-Authorization check, applies "If an element requires credentials before forwarding a
 * request": {@link ProxyAuthentication}, after the route preprocessing of §16.4, in {@link Routing}.
 */
public final class RequestValidation {

    /** §8.1.1: "To, From, CSeq, Call-ID, Max-Forwards, and Via; all of these header fields are mandatory" (a missing
     * Max-Forwards passes: "If the request does not contain a Max-Forwards header field, this check is passed"). */
    private static final List<HeaderType<?>> MANDATORY = List.of(SipHeaders.TO, SipHeaders.FROM, SipHeaders.CALL_ID, SipHeaders.CSEQ,
            SipHeaders.VIA);

    private static final List<HeaderType<?>> READ = List.of(SipHeaders.TO, SipHeaders.FROM, SipHeaders.CALL_ID, SipHeaders.CSEQ,
            SipHeaders.VIA, SipHeaders.MAX_FORWARDS, SipHeaders.ROUTE, SipHeaders.PROXY_REQUIRE);

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
        // in the remainder of these Request Validation steps or the Request Forwarding section MUST be well-formed.
        // Any other components, well-formed or not, SHOULD be ignored and remain unchanged when the message is
        // forwarded.  For instance, an element would not reject a request because of a malformed Date header field."
        Rejection syntax = reasonableSyntax(request);
        if (syntax != null) {
            return syntax;
        }
        Uri uri = request.requestUri();
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
        List<String> required = request.headerValues(SipHeaders.PROXY_REQUIRE);
        if (!required.isEmpty()) {
            return new Rejection(420, required, "Proxy-Require " + required);
        }
        return null;
    }

    /**
     * Step 1 for what a server transaction (§17.2.3, §8.2.6) and the proxy's own steps read: the SIP-Version, the
     * Request-URI, To, From, Call-ID, CSeq (its method that of the request), every Via, Max-Forwards, Route and
     * Proxy-Require. Every other header field is forwarded as it came, well-formed or not.
     */
    private static Rejection reasonableSyntax(SipRequest request) {
        // §7.1: "applications sending SIP messages MUST include a SIP-Version of "SIP/2.0"."
        if (!SipMessage.SIP_2_0.equalsIgnoreCase(request.version())) {
            return new Rejection(505, null, "SIP-Version " + request.version());
        }
        for (HeaderType<?> t : READ) {
            try {
                if (MANDATORY.contains(t) && request.header(t) == null) {
                    return new Rejection(400, null, "missing " + t.name().name());
                }
                request.headerValues(t);
            } catch (SipParseException e) {
                return new Rejection(400, null, t.name().name() + ": " + e.getMessage());
            }
        }
        try {
            request.requestUri();
        } catch (SipParseException e) {
            return new Rejection(400, null, "Request-URI: " + e.getMessage());
        }
        if (!request.cseq().method().equals(request.method())) {
            return new Rejection(400, null, "CSeq method " + request.cseq().method() + " is not " + request.method());
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
