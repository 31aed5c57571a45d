package io.sipspec.proxy;

import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import io.sipspec.transport.Destination;

/** The proxy's {@link RequestForwarding.NextHop} for one forwarded request, with the branch chosen for it. */
final class Hops implements RequestForwarding.NextHop {

    private final ProxyConfig config;
    private final ProxyIdentity self;
    private final ProxyNetwork network;
    private final String branch;

    Hops(ProxyConfig config, ProxyIdentity self, ProxyNetwork network, String branch) {
        this.config = config;
        this.self = self;
        this.network = network;
        this.branch = branch;
    }

    @Override
    public Destination resolve(Uri uri) {
        return RequestForwarding.NextHop.dns(uri);
    }

    /**
     * RFC 3261 §16.6 step 4: "If this proxy wishes to remain on the path of future requests in a dialog created by
     * this request (assuming the request creates a dialog), it MUST insert a Record-Route header field value". With
     * record-routing on, the proxy inserts one into requests that create a dialog: INVITE (§12.1: "Within this
     * specification, only 2xx and 101-199 responses with a To tag, where the request was INVITE, will establish a
     * dialog"), and SUBSCRIBE and REFER, which extensions define so, outside a dialog (no To tag).
     */
    @Override
    public SipUri recordRoute(SipRequest received, Destination destination) {
        if (!config.recordRoute() || !createsDialog(received)) {
            return null;
        }
        return self.recordRoute(destination.transport());
    }

    static boolean createsDialog(SipRequest r) {
        boolean method = r.isMethod(Methods.INVITE) || r.isMethod(Methods.SUBSCRIBE) || r.isMethod(Methods.REFER);
        return method && r.to() != null && r.to().tag() == null;
    }

    @Override
    public Via via(Destination destination) {
        return network.via(destination.transport(), branch);
    }
}
