package io.sipspec.auth;

import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.Uri;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/** Checks one set of Digest credentials for {@link DigestAuthenticator}. */
final class CredentialCheck {

    private final String realm;
    private final CredentialStore store;
    private final List<DigestAlgorithm> algorithms;
    private final boolean checkUri;
    private final NonceCounter counter;

    CredentialCheck(String realm, CredentialStore store, List<DigestAlgorithm> algorithms, boolean checkUri,
            NonceCounter counter) {
        this.realm = realm;
        this.store = store;
        this.algorithms = algorithms;
        this.checkUri = checkUri;
        this.counter = counter;
    }

    /**
     * The verdict on {@code c}, credentials for this realm.
     *
     * @param oldestFresh the issue time (epoch millis) before which a nonce has expired
     */
    Verdict verify(DigestCredentials c, SipRequest request, Nonces nonces, long oldestFresh) {
        DigestAlgorithm alg = c.algorithm();
        // RFC 7616 §3.4: "The values of the opaque and algorithm fields must be those supplied in the
        // WWW-Authenticate response header field for the entity being requested."
        if (alg == null || !algorithms.contains(alg)) {
            return Verdict.invalid("algorithm not offered");
        }
        // RFC 7616 §3.4, qop: "Its value MUST be one of the alternatives the server indicated it supports"
        if (c.qop() != null && !c.qop().equalsIgnoreCase("auth")) {
            return Verdict.invalid("qop not offered");
        }
        // RFC 3261 §22.4: "any algorithms that have a dependency on the cnonce (including "MD5-Sess") require that
        // the qop directive be sent."
        if (c.qop() == null && alg.isSession()) {
            return Verdict.invalid("a -sess algorithm without qop");
        }
        if (c.qop() != null && c.nonceCount() < 1) {
            return Verdict.invalid("nonce count must start at 1");
        }
        // RFC 2617 §3.2.2.5: "The authenticating server must assure that the resource designated by the "uri"
        // directive is the same as the resource specified in the Request-Line; if they are not, the server SHOULD
        // return a 400 Bad Request error."
        if (checkUri && !sameUri(c.uri(), request)) {
            return Verdict.invalid("uri does not match the Request-URI");
        }
        String userHa1 = store.find(c.username()).map(s -> s.userHa1(alg, c.username(), realm)).orElse(null);
        if (userHa1 == null) {
            return Verdict.invalid("unknown user, or no H(A1) for the algorithm");
        }
        // RFC 7616 §3.6: "the server MUST perform the same digest operation (e.g., MD5, SHA-256) performed by the
        // client and compare the result to the given response value."  Compared in constant time.
        String expected = alg.response(userHa1, c.nonce(), c.nc(), c.cnonce(), c.qop(), request.method(), c.uri());
        if (!constantTimeEquals(expected, c.response().toLowerCase(Locale.ROOT))) {
            return Verdict.invalid("response does not match");
        }
        return nonceVerdict(c, nonces, oldestFresh);
    }

    /**
     * The digest is right; is the nonce still good? RFC 2617 §3.2.1: "The server should only set stale to TRUE if it
     * receives a request for which the nonce is invalid but with a valid digest for that nonce (indicating that the
     * client knows the correct username/password)."
     */
    private Verdict nonceVerdict(DigestCredentials c, Nonces nonces, long oldestFresh) {
        long issued = nonces.issuedAt(c.nonce());
        if (issued < 0) {
            return Verdict.stale("nonce not issued by this server");
        }
        // RFC 7616 §3.3, opaque: "A string of data, specified by the server, that SHOULD be returned by the client
        // unchanged in the Authorization header field of subsequent requests"
        if (!constantTimeEquals(nonces.opaque(c.nonce()), c.opaque() == null ? "" : c.opaque())) {
            return Verdict.invalid("opaque not echoed");
        }
        if (issued < oldestFresh) {
            return Verdict.stale("nonce expired");
        }
        if (c.qop() == null) {
            // Without qop there is no nonce count: such a nonce is used once. RFC 7616 §5.5: "For applications where
            // no possibility of replay attack can be tolerated, the server can use one-time nonce values that will
            // not be honored for a second use."
            return switch (counter.advance(c.nonce(), issued, 0)) {
                case ACCEPTED -> Verdict.ok(c.username());
                case REPLAYED -> Verdict.stale("nonce already used without qop");
                case FORGOTTEN -> Verdict.stale("nonce no longer tracked");
            };
        }
        // RFC 7616 §3.4, nc: "if the same nc value is seen twice, then the request is a replay."
        return switch (counter.advance(c.nonce(), issued, c.nonceCount())) {
            case ACCEPTED -> Verdict.ok(c.username());
            case REPLAYED -> Verdict.invalid("nonce count replayed");
            case FORGOTTEN -> Verdict.stale("nonce no longer tracked");
        };
    }

    /** The uri parameter designates the Request-URI: the same text, or equal URIs (RFC 3261 §19.1.4). */
    private static boolean sameUri(String uri, SipRequest request) {
        if (uri.equals(request.requestUriText())) {
            return true;
        }
        try {
            return Uri.parse(uri).equals(request.requestUri());
        } catch (SipParseException e) {
            return false;
        }
    }

    /** MessageDigest.isEqual takes time independent of where the inputs differ. */
    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
