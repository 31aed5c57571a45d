package io.sipspec.auth;

import io.sipspec.message.AuthValue;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of Digest authentication for one realm: a UAS or registrar ({@link ChallengeType#WWW}, 401) or a
 * proxy ({@link ChallengeType#PROXY}, 407). Thread-safe.
 *
 * <p>Nonces are stateless ({@link Nonces}); only the nonce counts of recently used nonces are kept, in a bounded
 * table ({@link NonceCounter}). Failures are logged at debug level with their reason only: RFC 7616 §3.4: "The
 * server implementation SHOULD be careful with the information being logged so that it won't put a cleartext
 * password (e.g., entered into the username field) into the log."
 */
public final class DigestAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(DigestAuthenticator.class);

    private final String realm;
    private final ChallengeType type;
    private final List<DigestAlgorithm> algorithms;
    private final Clock clock;
    private final Duration nonceLifetime;
    private final Nonces nonces;
    private final CredentialCheck check;

    private DigestAuthenticator(Builder b) {
        this.realm = b.realm;
        this.type = b.type;
        this.algorithms = List.copyOf(b.algorithms);
        this.clock = b.clock;
        this.nonceLifetime = b.nonceLifetime;
        this.nonces = new Nonces(b.secret, b.clock, b.realm);
        this.check = new CredentialCheck(b.realm, b.store, algorithms, b.checkUri, new NonceCounter(b.replayCapacity));
    }

    /** A builder for {@code realm}; RFC 3261 §22.1: "Realm strings MUST be globally unique." */
    public static Builder builder(String realm, CredentialStore store) {
        return new Builder(realm, store);
    }

    public String realm() {
        return realm;
    }

    public ChallengeType type() {
        return type;
    }

    /** The algorithms offered, most preferred first. */
    public List<DigestAlgorithm> algorithms() {
        return algorithms;
    }

    /**
     * True for requests that are never challenged. RFC 3261 §22.1: "Servers MUST NOT attempt to challenge an ACK."
     * and "servers MUST NOT attempt to challenge CANCEL requests since these requests cannot be resubmitted."
     */
    public static boolean exempt(SipRequest request) {
        return request.isMethod("ACK") || request.isMethod("CANCEL");
    }

    /** One challenge per offered algorithm, all with the same fresh nonce. */
    public List<DigestChallenge> challenges(boolean stale) {
        String nonce = nonces.issue();
        String opaque = nonces.opaque(nonce);
        List<DigestChallenge> out = new ArrayList<>(algorithms.size());
        // RFC 7616 §3.7: "If the server responds with multiple challenges, then each one of these challenges MUST use
        // a different digest algorithm.  The server MUST add these challenges to the response in order of
        // preference, starting with the most preferred algorithm, followed by the less preferred algorithm."
        // RFC 3261 §22.4: "servers MUST always send a "qop" parameter in WWW-Authenticate and Proxy-Authenticate
        // header field values."
        for (DigestAlgorithm a : algorithms) {
            out.add(DigestChallenge.of(realm, nonce, opaque, a, stale));
        }
        return out;
    }

    /**
     * The 401 (WWW-Authenticate) or 407 (Proxy-Authenticate) response to {@code request}, one header row per
     * algorithm; {@code stale} when {@link #verify} said {@link Verdict.Status#STALE}.
     *
     * @throws IllegalArgumentException for ACK and CANCEL ({@link #exempt})
     */
    public SipResponse challenge(SipRequest request, boolean stale) {
        if (exempt(request)) {
            throw new IllegalArgumentException(request.method() + " must not be challenged (RFC 3261 §22.1)");
        }
        List<AuthValue> values = challenges(stale).stream().map(DigestChallenge::toAuthValue).toList();
        // RFC 3261 §22.2: "The WWW-Authenticate response-header field MUST be included in 401 (Unauthorized)
        // response messages."  §22.3: "The proxy MUST populate the 407 (Proxy Authentication Required) message with
        // a Proxy-Authenticate header field value applicable to the proxy for the requested resource."
        return request.createResponse(type.status()).headerValues(type.challengeHeader(), values).build();
    }

    /**
     * Checks the request's Authorization (or Proxy-Authorization) values for this realm; values for other realms
     * are left alone. RFC 3261 §22.3: "a Proxy-Authorization header field value MUST NOT be consumed by any proxy
     * whose realm does not match the "realm" parameter specified in that value."
     *
     * @throws IllegalArgumentException for ACK and CANCEL ({@link #exempt})
     */
    public Verdict verify(SipRequest request) {
        if (exempt(request)) {
            throw new IllegalArgumentException(request.method() + " is not authenticated (RFC 3261 §22.1)");
        }
        Verdict best = null;
        for (String row : request.headers().values(type.credentialsHeader().name())) {
            Verdict v = verifyRow(row, request);
            if (v == null) {
                continue;
            }
            if (v.isOk()) {
                return v;
            }
            if (best == null || v.isStale()) {
                best = v;
            }
        }
        if (best == null) {
            best = Verdict.missing("no Digest credentials for realm " + realm);
        }
        LOG.debug("Digest authentication failed in realm {}: {} ({})", realm, best.status(), best.reason());
        return best;
    }

    /** The verdict on one credentials row, or null when it is not Digest for this realm. */
    private Verdict verifyRow(String row, SipRequest request) {
        AuthValue value;
        try {
            value = type.credentialsHeader().parse(row);
        } catch (SipParseException e) {
            return Verdict.invalid("malformed " + type.credentialsHeader() + ": " + e.reason());
        }
        // RFC 3261 §22: "Servers MUST NOT accept credentials using the "Basic" authorization scheme"
        if (!value.isDigest() || !realm.equals(value.parameter("realm"))) {
            return null;
        }
        DigestCredentials credentials;
        try {
            credentials = DigestCredentials.from(value);
        } catch (IllegalArgumentException e) {
            return Verdict.invalid("malformed credentials: " + e.getMessage());
        }
        return check.verify(credentials, request, nonces, clock.millis() - nonceLifetime.toMillis());
    }

    @Override
    public String toString() {
        return "DigestAuthenticator[realm=" + realm + ", " + type + ", " + algorithms + "]";
    }

    /** Configures a {@link DigestAuthenticator}. */
    public static final class Builder {
        private final String realm;
        private final CredentialStore store;
        private ChallengeType type = ChallengeType.WWW;
        private List<DigestAlgorithm> algorithms = List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5);
        private Clock clock = Clock.systemUTC();
        private Duration nonceLifetime = Duration.ofMinutes(5);
        private byte[] secret;
        private int replayCapacity = 10_000;
        private boolean checkUri = true;

        private Builder(String realm, CredentialStore store) {
            this.realm = Objects.requireNonNull(realm, "realm");
            this.store = Objects.requireNonNull(store, "store");
        }

        /** WWW (UAS, registrar: 401) or PROXY (407); WWW by default. */
        public Builder type(ChallengeType t) {
            this.type = Objects.requireNonNull(t);
            return this;
        }

        /** The algorithms to offer, most preferred first; SHA-256 then MD5 by default. */
        public Builder algorithms(DigestAlgorithm... offered) {
            if (offered.length == 0 || EnumSet.of(offered[0], offered).size() != offered.length) {
                throw new IllegalArgumentException("offer at least one algorithm, each once (RFC 7616 §3.7)");
            }
            this.algorithms = List.of(offered);
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /** How long a nonce may be used; after that the digest earns a stale=true challenge. 5 minutes by default. */
        public Builder nonceLifetime(Duration d) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("nonce lifetime must be positive");
            }
            this.nonceLifetime = d;
            return this;
        }

        /** The HMAC key of the nonces (servers sharing it accept each other's nonces); random by default. */
        public Builder secret(byte[] key) {
            if (key.length < 16) {
                throw new IllegalArgumentException("the nonce secret needs at least 16 bytes");
            }
            this.secret = key.clone();
            return this;
        }

        /** How many nonces' counts are remembered for replay detection; 10000 by default. */
        public Builder replayCapacity(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("replay capacity must be positive");
            }
            this.replayCapacity = n;
            return this;
        }

        /**
         * Whether the {@code uri} parameter must designate the Request-URI (true by default). RFC 3261 §22.4 item 6
         * allows a server to relax this for forwarded requests: "it is not necessarily a failure if the two fields
         * are not equivalent."
         */
        public Builder checkUri(boolean check) {
            this.checkUri = check;
            return this;
        }

        public DigestAuthenticator build() {
            if (secret == null) {
                secret = new byte[32];
                new SecureRandom().nextBytes(secret);
            }
            return new DigestAuthenticator(this);
        }
    }
}
