package io.sipspec.proxy;

import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import io.sipspec.registrar.LocationService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first three steps every proxied request goes through, statefully or not (RFC 3261 §16.2): "1. Validate the
 * request (Section 16.3) 2. Preprocess routing information (Section 16.4) 3. Determine target(s) for the request
 * (Section 16.5)"; a request addressed to the proxy itself is answered by the co-located {@link LocalRequests}.
 */
final class Routing {

    private static final Logger LOG = LoggerFactory.getLogger(Routing.class);

    /** What to do with a request. */
    sealed interface Decision permits Answer, Proxy {
    }

    /**
     * Answer the request (or drop it, for an ACK or a request too broken to answer).
     *
     * @param response the response, or null to drop the request
     */
    record Answer(SipResponse response) implements Decision {
    }

    /**
     * Forward the request.
     *
     * @param request the request after §16.4
     * @param targets the target set of §16.5, never empty
     */
    record Proxy(SipRequest request, List<Uri> targets) implements Decision {
    }

    private final ProxyIdentity self;
    private final RequestValidation validation;
    private final TargetDetermination targets;
    private final LocalRequests local;
    private final ProxyAuthentication authentication;

    Routing(ProxyIdentity self, LocationService locations, LocalRequests local, ProxyAuthentication authentication) {
        this.self = self;
        this.authentication = authentication;
        this.validation = new RequestValidation(self);
        this.targets = new TargetDetermination(self, locations);
        this.local = local;
    }

    /** §16.5 again for a request being forwarded (after §16.4): its target set as the location service has it now. */
    List<Uri> targetsNow(SipRequest request) {
        return targets.targets(request).uris();
    }

    Decision route(SipRequest received) {
        try {
            RequestValidation.Rejection rejected = validation.check(received);
            if (rejected != null) {
                LOG.debug("{} {} not proxied: {}", received.method(), received.requestUriText(), rejected.detail());
                return new Answer(reject(received, rejected));
            }
            SipRequest r = RoutePreprocessing.apply(received, self);
            if (r.routes().isEmpty() && self.isResponsibleFor(r.requestUri())
                    && (r.isMethod(Methods.REGISTER) || Targets.namesProxyItself(r.requestUri()))) {
                SipResponse answer = local.answer(r);
                if (answer != null) {
                    return new Answer(answer);
                }
            }
            // §16.3 step 6: "If an element requires credentials before forwarding a request, the request MUST be
            // inspected as described in Section 22.3."
            SipResponse challenge = authentication.challenge(r);
            if (challenge != null) {
                LOG.debug("{} {} not proxied: challenged with {}", received.method(), received.requestUriText(), challenge.statusCode());
                return new Answer(challenge);
            }
            Targets t = targets.targets(r);
            if (t.isEmpty()) {
                return new Answer(r.isMethod(Methods.ACK) ? null : r.createResponse(t.status()).build());
            }
            return new Proxy(r, t.uris());
        } catch (SipParseException | IllegalArgumentException e) {
            LOG.info("{} {} not proxied: {}", received.method(), received.requestUriText(), e.getMessage());
            return new Answer(reject(received, new RequestValidation.Rejection(400, null, e.getMessage())));
        }
    }

    /** §16.3: "the element MUST behave as a user agent server (see Section 8.2) and respond with an error code." */
    private static SipResponse reject(SipRequest r, RequestValidation.Rejection rejected) {
        // §17: an ACK gets no response.
        if (r.isMethod(Methods.ACK)) {
            return null;
        }
        try {
            SipResponse.Builder b = r.createResponse(rejected.status());
            if (rejected.unsupported() != null) {
                b.headerValues(SipHeaders.UNSUPPORTED, rejected.unsupported());
            }
            return b.build();
        } catch (SipParseException | IllegalArgumentException e) {
            LOG.info("{} {} dropped: cannot be answered: {}", r.method(), r.requestUriText(), e.getMessage());
            return null;
        }
    }
}
