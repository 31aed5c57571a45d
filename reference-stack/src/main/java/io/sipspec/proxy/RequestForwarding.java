package io.sipspec.proxy;

import io.sipspec.message.Address;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import io.sipspec.transport.Destination;
import io.sipspec.ua.Destinations;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 3261 §16.6, Request Forwarding, steps 1 to 9: the request a proxy sends to one target and where it goes. Pure:
 * the caller sends it (step 10) and sets Timer C (step 11).
 */
public final class RequestForwarding {

    /** "Max-Forwards ... If the copy does not contain a Max-Forwards header field, the proxy MUST add one with a field
     * value, which SHOULD be 70." */
    static final int DEFAULT_MAX_FORWARDS = 70;

    private RequestForwarding() {
    }

    /**
     * The copy of {@code received} for {@code target} (steps 1 to 9) and where it goes.
     *
     * @param hop resolves the next hop (step 7) and makes the proxy's Record-Route (step 4) and Via (step 8) for it
     * @throws IllegalArgumentException when the next hop is not a SIP or SIPS URI or names an unknown transport
     */
    public static Forward prepare(SipRequest received, Uri target, NextHop hop) {
        // 1. "The copy MUST initially contain all of the header fields from the received request.  Fields not detailed
        // in the processing described below MUST NOT be removed." "The proxy MUST NOT add to, modify, or remove the
        // message body." The builder starts from the received rows and body.
        SipRequest.Builder b = received.toBuilder();
        // 2. "The Request-URI in the copy's start line MUST be replaced with the URI for this target.  If the URI
        // contains any parameters not allowed in a Request-URI, they MUST be removed." (§19.1.1: the method parameter
        // and headers are not allowed in a Request-URI.)
        Uri requestUri = target instanceof SipUri s ? s.withoutParameter("method").withoutHeaders() : target;
        // 3. "If the copy contains a Max-Forwards header field, the proxy MUST decrement its value by one (1)."
        long mf = received.header(SipHeaders.MAX_FORWARDS) == null ? DEFAULT_MAX_FORWARDS + 1 : received.maxForwards();
        b.header(HeaderName.MAX_FORWARDS, Long.toString(mf - 1));
        // 6. "If the copy contains a Route header field, the proxy MUST inspect the URI in its first value.  If that
        // URI does not contain an lr parameter, the proxy MUST modify the copy as follows: - The proxy MUST place the
        // Request-URI into the Route header field as the last value. - The proxy MUST then place the first Route
        // header field value into the Request-URI and remove that value from the Route header field."
        List<Address> routes = received.routes();
        // "A proxy MAY have a local policy that mandates that a request visit a specific set of proxies before being
        // delivered to the destination." "This set MUST be pushed into the Route header field of the copy ahead of any
        // existing values, if present.  If the Route header field is absent, it MUST be added, containing that list of
        // URIs." The alternative of sending the request to the first of them as it is, is not taken: "If the request
        // has a Route header field, this alternative MUST NOT be used unless it is known that next hop proxy is a loose
        // router." A value without lr is a strict router, for which the copy is reformatted below.
        List<Address> local = hop.localRouteSet();
        if (!local.isEmpty()) {
            List<Address> pushed = new ArrayList<>(local);
            pushed.addAll(routes);
            routes = pushed;
            b.headerValues(SipHeaders.ROUTE, routes);
        }
        boolean strict = !routes.isEmpty() && !(routes.get(0).uri() instanceof SipUri first && first.isLooseRouter());
        Uri nextHop;
        if (strict) {
            List<Address> rewritten = new ArrayList<>(routes.subList(1, routes.size()));
            rewritten.add(Address.of(requestUri));
            requestUri = routes.get(0).uri();
            b.headerValues(SipHeaders.ROUTE, rewritten);
            // 7. "If the proxy has reformatted the request to send to a strict-routing element as described in step 6
            // above, the proxy MUST apply those procedures to the Request-URI of the request."
            nextHop = requestUri;
        } else {
            // "Otherwise, the proxy MUST apply the procedures to the first value in the Route header field, if
            // present, else the Request-URI."
            nextHop = routes.isEmpty() ? requestUri : routes.get(0).uri();
        }
        b.requestUri(requestUri);
        Destination destination = hop.resolve(nextHop);
        // 4. "it MUST insert a Record-Route header field value into the copy before any existing Record-Route header
        // field values, even if a Route header field is already present."
        SipUri recordRoute = hop.recordRoute(received, destination);
        if (recordRoute != null) {
            b.addHeaderFirst(SipHeaders.RECORD_ROUTE, Address.of(recordRoute));
        }
        // 8. "The proxy MUST insert a Via header field value into the copy before the existing Via header field
        // values."
        b.addHeaderFirst(SipHeaders.VIA, hop.via(destination));
        // 9. Content-Length: the builder always writes it with the body's length.
        return new Forward(b.build(), destination);
    }

    /** The proxy's side of forwarding: where a URI leads, and what the proxy writes for that destination. */
    public interface NextHop {

        /**
         * Step 7: "the proxy applies the procedures listed in [4]" to {@code uri}.
         *
         * @throws IllegalArgumentException when {@code uri} leads nowhere this proxy can send to
         */
        Destination resolve(Uri uri);

        /** Step 6: the route set a local policy pushes into the Route of the copy, first value first; empty for none. */
        default List<Address> localRouteSet() {
            return List.of();
        }

        /** Step 4: the Record-Route URI to insert into the copy of {@code received}, or null for none. */
        SipUri recordRoute(SipRequest received, Destination destination);

        /** Step 8: the proxy's Via for a request going to {@code destination}. */
        Via via(Destination destination);

        /** The A/AAAA-only resolution of {@link Destinations#of(Uri)}. */
        static Destination dns(Uri uri) {
            return Destinations.of(uri);
        }
    }

    /**
     * The copy for one target and where it goes.
     *
     * @param request     the request to send, with the proxy's Via on top
     * @param destination the next hop's address and transport (step 7)
     */
    public record Forward(SipRequest request, Destination destination) {
    }
}
