package io.sipspec.proxy;

import io.sipspec.message.Address;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import io.sipspec.transport.Destination;
import java.util.List;

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
     * record-routing on, the proxy inserts one into the requests {@link #recordRoutes} names.
     */
    @Override
    public SipUri recordRoute(SipRequest received, Destination destination) {
        if (!config.recordRoute() || !recordRoutes(received)) {
            return null;
        }
        return self.recordRoute(destination.transport());
    }

    /** The methods the proxy understands that never create a dialog nor refresh one's target. */
    private static final List<String> DIALOG_FREE = List.of(Methods.ACK, Methods.BYE, Methods.CANCEL, Methods.OPTIONS, Methods.REGISTER,
            Methods.PRACK, Methods.NOTIFY, Methods.PUBLISH, Methods.INFO, Methods.MESSAGE, Methods.UPDATE);

    /**
     * True for the requests a record-routing proxy puts its Record-Route in: those that create a dialog, INVITE
     * (§12.1: "Within this specification, only 2xx and 101-199 responses with a To tag, where the request was INVITE,
     * will establish a dialog"), and SUBSCRIBE and REFER, which extensions define so; the same within a dialog (a To
     * tag): "If this request is already part of a dialog, the proxy SHOULD insert a Record-Route header field value if
     * it wishes to remain on the path of future requests in the dialog."; and every method it does not understand:
     * "If a proxy needs to be in the path of any type of dialog (such as one straddling a firewall), it SHOULD add a
     * Record-Route header field value to every request with a method it does not understand since that method may have
     * dialog semantics."
     */
    static boolean recordRoutes(SipRequest r) {
        if (r.isMethod(Methods.INVITE) || r.isMethod(Methods.SUBSCRIBE) || r.isMethod(Methods.REFER)) {
            return true;
        }
        return DIALOG_FREE.stream().noneMatch(r::isMethod);
    }

    /** RFC 3261 §16.6 step 6: the configured route set, if any ({@link ProxyConfig#routeSet()}). */
    @Override
    public List<Address> localRouteSet() {
        return config.routeSet();
    }

    @Override
    public Via via(Destination destination) {
        return network.via(destination.transport(), branch);
    }
}
