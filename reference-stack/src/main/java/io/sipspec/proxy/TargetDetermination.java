package io.sipspec.proxy;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.registrar.AddressOfRecord;
import io.sipspec.registrar.Binding;
import io.sipspec.registrar.LocationService;
import java.util.ArrayList;
import java.util.List;

/** RFC 3261 §16.5, Determining Request Targets, with the registrar's location service as the abstract one. */
public final class TargetDetermination {

    private final ProxyIdentity self;
    private final LocationService locations;

    public TargetDetermination(ProxyIdentity self, LocationService locations) {
        this.self = self;
        this.locations = locations;
    }

    /** The targets of {@code request}, after §16.4 preprocessing. */
    public Targets targets(SipRequest request) {
        Uri uri = request.requestUri();
        // "If the Request-URI of the request contains an maddr parameter, the Request-URI MUST be placed into the
        // target set as the only target URI, and the proxy MUST proceed to Section 16.6."
        if (uri instanceof SipUri s && s.maddr() != null) {
            return Targets.only(uri);
        }
        // "If the domain of the Request-URI indicates a domain this element is not responsible for, the Request-URI
        // MUST be placed into the target set as the only target, and the element MUST proceed to the task of Request
        // Forwarding (Section 16.6)."
        // A request that still has a Route goes where the Route says, with its Request-URI unchanged (§16.12: "If it
        // indicates a resource owned by this proxy, the proxy will replace it with the results of running a location
        // service.  Otherwise, the proxy will not change the Request-URI.").
        if (!self.isResponsibleFor(uri) || !request.routes().isEmpty()) {
            return Targets.only(uri);
        }
        // "If the Request-URI indicates a resource at this proxy that does not exist, the proxy MUST return a 404
        // (Not Found) response."
        if (Targets.namesProxyItself(uri)) {
            return Targets.refused(404);
        }
        // "When accessing the location service constructed by a registrar, the Request-URI MUST first be
        // canonicalized as described in Section 10.3 before being used as an index."
        SipUri s = (SipUri) uri;
        List<Binding> bindings = locations.lookup(AddressOfRecord.of(s));
        if (bindings.isEmpty() && s.port() >= 0) {
            // The AOR a UA registers is its To URI, which usually has no port: sip:bob@example.com:5060 at a proxy on
            // 5060 is the same resource.
            bindings = locations.lookup(AddressOfRecord.of(s.withHost(s.host().text(), -1)));
        }
        // "Targets can only be placed in the target set once.  If a target URI is already present in the set (based on
        // the definition of equality for the URI type), it MUST NOT be added again."
        List<Uri> out = new ArrayList<>();
        for (Binding b : bindings) {
            Uri target = b.uri();
            if (!out.contains(target)) {
                out.add(target);
            }
        }
        // "If the target set remains empty after applying all of the above, the proxy MUST return an error response,
        // which SHOULD be the 480 (Temporarily Unavailable) response."
        return Targets.of(out);
    }
}
