package io.sipspec.server;

import io.sipspec.auth.DigestAlgorithm;
import io.sipspec.auth.DigestAuthenticator;
import io.sipspec.auth.InMemoryCredentialStore;
import io.sipspec.auth.Verdict;
import io.sipspec.fault.Fault;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.registrar.AddressOfRecord;
import io.sipspec.registrar.RegistrationAuthorizer;
import io.sipspec.ua.Rejection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Steps 3 and 4 of RFC 3261 §10.3 with Digest: "3. A registrar SHOULD authenticate the UAC.  Mechanisms for the
 * authentication of SIP user agents are described in Section 22." and "4. The registrar SHOULD determine if the
 * authenticated user is authorized to modify registrations for this address-of-record. ... If the authenticated user
 * is not authorized to modify bindings, the registrar MUST return a 403 (Forbidden) and skip the remaining steps."
 *
 * <p>A user may modify the bindings of the addresses-of-record whose user part is its user name (alice registers
 * sip:alice@domain). Credentials that fail are challenged again (§22.1: "In this instance a server may repeat its
 * challenge, or it may respond with a 403 Forbidden."); a valid digest with an old nonce gets stale=true (RFC 2617
 * §3.2.1: "The server should only set stale to TRUE if it receives a request for which the nonce is invalid but with a
 * valid digest for that nonce").
 */
final class DigestRegistrationAuthorizer implements RegistrationAuthorizer {

    private final DigestAuthenticator digest;
    private final boolean anyCredentials;

    DigestRegistrationAuthorizer(DigestAuthenticator digest) {
        this(digest, false);
    }

    /** @param anyCredentials fault {@link Fault#ANY_CREDENTIALS}: any Authorization header field is accepted */
    DigestRegistrationAuthorizer(DigestAuthenticator digest, boolean anyCredentials) {
        this.digest = digest;
        this.anyCredentials = anyCredentials;
    }

    /** The authorizer {@code config} asks for: Digest in its realm with its users, or none when auth is off. */
    static RegistrationAuthorizer of(ServerConfig config) {
        if (!config.auth()) {
            return ALLOW_ALL;
        }
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        for (Map.Entry<String, String> u : config.users().entrySet()) {
            store.putPassword(u.getKey(), u.getValue());
        }
        return new DigestRegistrationAuthorizer(DigestAuthenticator.builder(config.realm(), store)
                .algorithms(config.algorithms().toArray(DigestAlgorithm[]::new))
                .build(), config.faults().has(Fault.ANY_CREDENTIALS));
    }

    @Override
    public Optional<Rejection> authorize(SipRequest register, AddressOfRecord aor) {
        if (anyCredentials && register.headers().contains(HeaderName.AUTHORIZATION)) {
            return Optional.empty();
        }
        Verdict v = digest.verify(register);
        if (!v.isOk()) {
            // RFC 3261 §22.2: "The WWW-Authenticate response-header field MUST be included in 401 (Unauthorized)
            // response messages."
            List<HeaderField> challenges = digest.challenges(v.isStale()).stream()
                    .map(c -> new HeaderField(HeaderName.WWW_AUTHENTICATE, SipHeaders.WWW_AUTHENTICATE.format(c.toAuthValue())))
                    .toList();
            return Optional.of(new Rejection(401, challenges, v.reason()));
        }
        if (aor.uri().user() == null || !v.username().equals(aor.uri().decodedUser())) {
            return Optional.of(new Rejection(403, List.of(), v.username() + " may not modify the bindings of " + aor));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "DigestRegistrationAuthorizer[" + digest + "]";
    }
}
