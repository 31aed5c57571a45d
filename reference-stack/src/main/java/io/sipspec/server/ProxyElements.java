package io.sipspec.server;

import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.proxy.LocalRequests;
import io.sipspec.proxy.ProxyIdentity;
import io.sipspec.proxy.ProxyMode;
import io.sipspec.proxy.StatefulProxy;
import io.sipspec.proxy.StatelessProxy;
import io.sipspec.transaction.TransactionUser;
import java.time.Clock;
import java.util.List;

/**
 * Makes the proxy role: a stateful or stateless {@link io.sipspec.proxy proxy} over the bindings of a co-located
 * registrar, which answers REGISTER for the proxy's domains (as Kamailio's proxy configurations usually do, so that
 * clients register through the proxy that routes to them).
 */
final class ProxyElements {

    private static final List<String> ALLOWED = List.of(Methods.INVITE, Methods.ACK, Methods.CANCEL, Methods.BYE, Methods.OPTIONS,
            Methods.REGISTER);

    private ProxyElements() {
    }

    static TransactionUser create(SipStack stack, ServerConfig config) {
        Registrations registrations = new Registrations(stack, config, Clock.systemUTC());
        ProxyIdentity self = ProxyIdentity.of(stack.transport().listeningPoints(), config.domains(), config.viaHost());
        StackNetwork network = new StackNetwork(stack);
        LocalRequests local = r -> local(registrations, r);
        if (config.proxy().mode() == ProxyMode.STATELESS) {
            return new StatelessProxyElement(new StatelessProxy(config.proxy(), self, registrations.locations(), local, network,
                    stack.faults()), registrations);
        }
        return new ProxyElement(new StatefulProxy(config.proxy(), self, registrations.locations(), local, network,
                stack.transactions(), stack.scheduler(), stack.faults()), registrations);
    }

    /**
     * REGISTER goes to the registrar (RFC 3261 §10.3); OPTIONS to the proxy's own URI gets 200 (§11.2: "Allow, Accept,
     * Accept-Encoding, Accept-Language, and Supported header fields SHOULD be present in a 200 (OK) response to an
     * OPTIONS request."); anything else is proxied.
     */
    private static SipResponse local(Registrations registrations, SipRequest r) {
        if (r.isMethod(Methods.REGISTER)) {
            return registrations.registrar().handle(r).orElse(null);
        }
        if (r.isMethod(Methods.OPTIONS)) {
            return r.createResponse(200)
                    .headerValues(SipHeaders.ALLOW, ALLOWED)
                    .header(HeaderName.ACCEPT, "application/sdp")
                    .header(HeaderName.ACCEPT_ENCODING, "identity")
                    .header(HeaderName.ACCEPT_LANGUAGE, "en")
                    .header(HeaderName.SUPPORTED, "")
                    .build();
        }
        return null;
    }
}
