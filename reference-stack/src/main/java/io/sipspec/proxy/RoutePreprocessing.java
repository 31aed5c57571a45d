package io.sipspec.proxy;

import io.sipspec.message.Address;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import java.util.List;

/** RFC 3261 §16.4, Route Information Preprocessing: pure, on immutable requests. */
public final class RoutePreprocessing {

    private RoutePreprocessing() {
    }

    /** {@code request} after the three rules of §16.4, for a proxy that is {@code self}. */
    public static SipRequest apply(SipRequest request, ProxyIdentity self) {
        SipRequest r = request;
        List<Address> routes = r.routes();
        // "If the Request-URI of the request contains a value this proxy previously placed into a Record-Route header
        // field (see Section 16.6 item 4), the proxy MUST replace the Request-URI in the request with the last value
        // from the Route header field, and remove that value from the Route header field.  The proxy MUST then
        // proceed as if it received this modified request."
        if (self.isOwnRecordRoute(r.requestUri()) && !routes.isEmpty()) {
            Address last = routes.get(routes.size() - 1);
            r = r.toBuilder().requestUri(last.uri()).headerValues(SipHeaders.ROUTE, routes.subList(0, routes.size() - 1)).build();
            routes = r.routes();
        }
        // "If the Request-URI has a maddr parameter with a value the proxy is responsible for, and the request was
        // received using the port and transport indicated (explicitly or by default) in the Request-URI, the proxy
        // MUST strip the maddr and any non-default port or transport parameter and continue processing as if those
        // values had not been present in the request."
        if (r.requestUri() instanceof SipUri s && s.maddr() != null) {
            // The port and transport the request arrived on are not checked: a maddr naming one of this proxy's
            // addresses with its port is taken as received there.
            if (self.isSelf(s.withHost(s.maddr(), s.port()).withoutParameter("maddr"))) {
                Uri stripped = s.withoutParameter("maddr").withoutParameter("transport").withHost(s.host().text(), -1);
                r = r.toBuilder().requestUri(stripped).build();
            }
        }
        // "If the first value in the Route header field indicates this proxy, the proxy MUST remove that value from
        // the request."
        if (!routes.isEmpty() && self.isSelf(routes.get(0).uri())) {
            r = r.toBuilder().removeFirst(SipHeaders.ROUTE).build();
        }
        return r;
    }
}
