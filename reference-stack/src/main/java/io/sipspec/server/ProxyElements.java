package io.sipspec.server;

import io.sipspec.auth.ChallengeType;
import io.sipspec.auth.DigestAlgorithm;
import io.sipspec.auth.DigestAuthenticator;
import io.sipspec.auth.InMemoryCredentialStore;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.proxy.LocalRequests;
import io.sipspec.proxy.ProxyAuthentication;
import io.sipspec.proxy.ProxyIdentity;
import io.sipspec.proxy.ProxyMode;
import io.sipspec.proxy.StatefulProxy;
import io.sipspec.proxy.StatelessProxy;
import io.sipspec.transaction.TransactionUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;

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
        ProxyAuthentication auth = authentication(config);
        if (config.proxy().mode() == ProxyMode.STATELESS) {
            return new StatelessProxyElement(new StatelessProxy(config.proxy(), self, registrations.locations(), local, auth, network,
                    stack.faults()), registrations);
        }
        return new ProxyElement(new StatefulProxy(config.proxy(), self, registrations.locations(), local, auth, network,
                stack.transactions(), stack.scheduler(), stack.faults()), registrations);
    }

    /**
     * With authentication on (users configured), the proxy challenges requests with 407 in the configured realm, as
     * the co-located registrar challenges REGISTER with 401 (§22.1: "registrars and redirect servers MAY make use of
     * 401 (Unauthorized) responses for authentication, but proxies MUST NOT, and instead MAY use the 407 (Proxy
     * Authentication Required) response.").
     */
    private static ProxyAuthentication authentication(ServerConfig config) {
        if (!config.auth()) {
            return ProxyAuthentication.NONE;
        }
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        for (Map.Entry<String, String> u : config.users().entrySet()) {
            store.putPassword(u.getKey(), u.getValue());
        }
        return ProxyAuthentication.digest(DigestAuthenticator.builder(config.realm(), store).type(ChallengeType.PROXY)
                .algorithms(config.algorithms().toArray(DigestAlgorithm[]::new)).build());
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
