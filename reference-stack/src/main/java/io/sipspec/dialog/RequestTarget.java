package io.sipspec.dialog;

import io.sipspec.message.Address;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import java.util.ArrayList;
import java.util.List;

/**
 * The Request-URI and Route header field values of a request sent within a dialog, computed from the dialog's route
 * set and remote target (RFC 3261 §12.2.1.1): "The UAC uses the remote target and route set to build the Request-URI
 * and Route header field of the request."
 *
 * @param requestUri the Request-URI
 * @param routes     the Route header field values, in order; empty for no Route header field
 */
public record RequestTarget(Uri requestUri, List<Address> routes) {

    public RequestTarget {
        routes = List.copyOf(routes);
    }

    /** The target of a request with this route set (in order) and remote target. */
    public static RequestTarget of(List<Address> routeSet, Uri remoteTarget) {
        // RFC 3261 §12.2.1.1: "If the route set is empty, the UAC MUST place the remote target URI into the
        // Request-URI.  The UAC MUST NOT add a Route header field to the request."
        if (routeSet.isEmpty()) {
            return new RequestTarget(remoteTarget, List.of());
        }
        // "If the route set is not empty, and the first URI in the route set contains the lr parameter (see Section
        // 19.1.1), the UAC MUST place the remote target URI into the Request-URI and MUST include a Route header field
        // containing the route set values in order, including all parameters."
        Uri first = routeSet.get(0).uri();
        if (first instanceof SipUri sip && sip.isLooseRouter()) {
            return new RequestTarget(remoteTarget, routeSet);
        }
        // "If the route set is not empty, and its first URI does not contain the lr parameter, the UAC MUST place the
        // first URI from the route set into the Request-URI, stripping any parameters that are not allowed in a
        // Request-URI.  The UAC MUST add a Route header field containing the remainder of the route set values in
        // order, including all parameters.  The UAC MUST then place the remote target URI into the Route header field
        // as the last value."
        List<Address> routes = new ArrayList<>(routeSet.subList(1, routeSet.size()));
        routes.add(Address.of(remoteTarget));
        return new RequestTarget(requestUriForm(first), routes);
    }

    /**
     * RFC 3261 §19.1.1, Table 1: of the components of a SIP URI, only the method parameter and the headers are marked
     * "-" (not allowed) in the Request-URI column; every other component is allowed, lr included (§16.12.1.2 shows a
     * strict router sending "BYE sip:p2.example.com;lr SIP/2.0").
     */
    static Uri requestUriForm(Uri uri) {
        if (uri instanceof SipUri sip) {
            return sip.withoutParameter("method").withoutHeaders();
        }
        return uri;
    }
}
