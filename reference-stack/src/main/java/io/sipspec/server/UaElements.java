package io.sipspec.server;

import io.sipspec.auth.DigestAlgorithm;
import io.sipspec.auth.DigestAuthenticator;
import io.sipspec.auth.DigestClient;
import io.sipspec.auth.InMemoryCredentialStore;
import io.sipspec.message.Methods;
import io.sipspec.ua.ReliableProvisionals;
import io.sipspec.ua.RequestInspection;
import io.sipspec.ua.UaConfig;
import io.sipspec.ua.UasBehaviour;
import io.sipspec.ua.UserAgent;
import java.util.Map;

/** The {@link ElementFactory} of the UAS role, and the UA configuration both UA roles derive from a {@link ServerConfig}. */
final class UaElements {

    private UaElements() {
    }

    /** The UAS role: a {@link UserAgent} that answers calls, demanding Digest credentials when {@code auth} is on. */
    static UserAgent uas(SipStack stack, ServerConfig config) {
        return new UserAgent(stack, uaConfig(config));
    }

    static UaConfig uaConfig(ServerConfig config) {
        String host = config.listen().get(0).host();
        String user = config.users().isEmpty() ? "sipspec" : config.users().keySet().iterator().next();
        String domain = config.domains().isEmpty() ? host : config.domains().get(0);
        UaConfig ua = UaConfig.of(user, domain, host).withBehaviour(config.uas().behaviour());
        if (config.uas().ringMillis() > 0) {
            ua = ua.withRing(config.uas().ringMillis(), 200);
        }
        if (config.uas().behaviour().reliability() != UasBehaviour.Reliability.OFF) {
            ua = ua.withInspection(RequestInspection.referenceUasBuilder().allow(Methods.PRACK).optionTags(ReliableProvisionals.OPTION_TAG).build());
        }
        if (config.auth()) {
            InMemoryCredentialStore store = new InMemoryCredentialStore();
            config.users().forEach(store::putPassword);
            ua = ua.withAuthenticator(DigestAuthenticator.builder(config.realm(), store)
                    .algorithms(config.algorithms().toArray(DigestAlgorithm[]::new)).build());
        }
        if (config.users().size() == 1) {
            Map.Entry<String, String> only = config.users().entrySet().iterator().next();
            ua = ua.withCredentials(DigestClient.of(only.getKey(), only.getValue()));
        }
        return ua;
    }
}
