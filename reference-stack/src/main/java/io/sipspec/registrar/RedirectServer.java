package io.sipspec.registrar;

import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.ua.Rejection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A redirect server (RFC 3261 §8.3): "A redirect server is logically constituted of a server transaction layer and a
 * transaction user that has access to a location service of some kind". This is that transaction user: it answers
 * each request with the locations its {@link LocationService} holds for the Request-URI.
 *
 * <p>"A redirect server does not issue any SIP requests of its own.  After receiving a request other than CANCEL, the
 * server either refuses the request or gathers the list of alternative locations from the location service and
 * returns a final response of class 3xx.  For well-formed CANCEL requests, it SHOULD return a 2xx response."
 *
 * <p>"Redirect servers MUST ignore features that are not understood (including unrecognized header fields, any
 * unknown option tags in Require, or even method names) and proceed with the redirection of the request in question."
 * So no method, Require or header field is checked; a REGISTER is redirected like any request (a registrar "MAY
 * redirect REGISTER requests as appropriate", §10.3), which finds bindings only if its Request-URI is a registered
 * address-of-record. An element that is both registrar and redirect server hands REGISTER to its {@link Registrar}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RedirectServer {

    private final LocationService locations;
    private final Clock clock;

    /** @param clock gives the seconds left in each Contact's "expires"; give the location service the same one */
    public RedirectServer(LocationService locations, Clock clock) {
        this.locations = Objects.requireNonNull(locations, "locations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The response to {@code request}: 2xx to a CANCEL, 3xx with the locations of the Request-URI, 404 when there are
     * none, 416 when the Request-URI is not a SIP or SIPS URI; empty for an ACK, one of "any requests that take no
     * response, including ACK" (§22.1).
     */
    public Optional<SipResponse> handle(SipRequest request) {
        if (request.isMethod(Methods.ACK)) {
            return Optional.empty();
        }
        if (request.isMethod(Methods.CANCEL)) {
            return Optional.of(request.createResponse(200).build());
        }
        try {
            return Optional.of(redirect(request));
        } catch (SipParseException e) {
            return Optional.of(reject(request, 400, e.reason()));
        }
    }

    private SipResponse redirect(SipRequest r) {
        Uri target = r.requestUri();
        if (!(target instanceof SipUri sip)) {
            // §8.2.2.1: "If the Request-URI uses a scheme not supported by the UAS, it SHOULD reject the request with a
            // 416 (Unsupported URI Scheme) response."
            return reject(r, 416, "unsupported URI scheme " + target.scheme());
        }
        List<Binding> locationsOf = new ArrayList<>();
        for (Binding b : locations.lookup(AddressOfRecord.of(sip))) {
            // "However, redirect servers MUST NOT redirect a request to a URI equal to the one in the Request-URI;
            // instead, provided that the URI does not point to itself, the server MAY proxy the request to the
            // destination URI, or MAY reject it with a 404."
            if (!b.uri().equals(target)) {
                locationsOf.add(b);
            }
        }
        if (locationsOf.isEmpty()) {
            return reject(r, 404, "no locations for " + target);
        }
        // §21.3.1, 300: "The address in the request resolved to several choices, each with its own specific location,
        // and the user (or UA) can select a preferred communication end point and redirect its request to that
        // location." §21.3.3, 302: "The requesting client SHOULD retry the request at the new address(es) given by
        // the Contact header field (Section 20.10)."
        SipResponse.Builder b = r.createResponse(locationsOf.size() == 1 ? 302 : 300);
        // "When a redirect server returns a 3xx response to a request, it populates the list of (one or more)
        // alternative locations into the Contact header field.  An "expires" parameter to the Contact header field
        // values may also be supplied to indicate the lifetime of the Contact data." The location service gives them
        // highest q first, and each keeps its "q" (§16.6: "Targets are processed from highest qvalue to lowest.").
        Instant now = clock.instant();
        for (Binding binding : locationsOf) {
            b.addHeader(SipHeaders.CONTACT, binding.contactWithExpires(now));
        }
        return b.build();
    }

    private static SipResponse reject(SipRequest r, int status, String reason) {
        return new Rejection(status, List.of(), reason).toResponse(r).build();
    }
}
