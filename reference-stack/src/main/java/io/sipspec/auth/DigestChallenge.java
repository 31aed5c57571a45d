package io.sipspec.auth;

import io.sipspec.message.AuthValue;
import io.sipspec.message.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Digest challenge: the value of a WWW-Authenticate or Proxy-Authenticate header field (RFC 3261 §20.44, §20.27;
 * RFC 7616 §3.3).
 *
 * @param realm         the protection domain (RFC 3261 §22.1: "The realm string alone defines the protection domain.")
 * @param nonce         the server's nonce, opaque to the client
 * @param opaque        returned unchanged by the client, or null
 * @param algorithmName the {@code algorithm} parameter as written, or null when absent (which means MD5)
 * @param qopOptions    the {@code qop} options, empty when absent
 * @param stale         true when the previous request was rejected only because its nonce was stale
 */
public record DigestChallenge(String realm, String nonce, String opaque, String algorithmName, List<String> qopOptions,
        boolean stale) {

    public DigestChallenge {
        qopOptions = List.copyOf(qopOptions);
    }

    /** A challenge offering qop "auth". */
    public static DigestChallenge of(String realm, String nonce, String opaque, DigestAlgorithm algorithm, boolean stale) {
        return new DigestChallenge(realm, nonce, opaque, algorithm.token(), List.of("auth"), stale);
    }

    /** The algorithm, MD5 when the parameter is absent, or null if it is not understood. */
    public DigestAlgorithm algorithm() {
        return DigestAlgorithm.fromParameter(algorithmName);
    }

    /** True if the challenge lists this qop option (case-insensitive). */
    public boolean offersQop(String qop) {
        return qopOptions.stream().anyMatch(q -> q.equalsIgnoreCase(qop));
    }

    /**
     * Reads a challenge.
     *
     * @throws IllegalArgumentException if it is not Digest, or realm or nonce is missing or given twice
     */
    public static DigestChallenge from(AuthValue value) {
        DigestParams p = DigestParams.of(value);
        List<String> qop = new ArrayList<>();
        String qopValue = p.optional("qop");
        if (qopValue != null) {
            for (String q : qopValue.split(",")) {
                if (!q.isBlank()) {
                    qop.add(q.trim());
                }
            }
        }
        // RFC 2617 §3.2.1: "If stale is TRUE (case-insensitive), the client may wish to simply retry the request
        // with a new encrypted response, without reprompting the user for a new username and password."
        String stale = p.optional("stale");
        return new DigestChallenge(p.required("realm"), p.required("nonce"), p.optional("opaque"),
                p.optional("algorithm"), qop, stale != null && stale.toLowerCase(Locale.ROOT).equals("true"));
    }

    /** The header field value. */
    public AuthValue toAuthValue() {
        // RFC 7616 §3.3: "For historical reasons, a sender MUST only generate the quoted string syntax values for the
        // following parameters: realm, domain, nonce, opaque, and qop."
        // RFC 7616 §3.3: "For historical reasons, a sender MUST NOT generate the quoted string syntax values for the
        // following parameters: stale and algorithm."
        Parameters.Builder b = Parameters.builder();
        DigestParams.quoted(b, "realm", realm);
        DigestParams.quoted(b, "nonce", nonce);
        DigestParams.quoted(b, "opaque", opaque);
        DigestParams.token(b, "algorithm", algorithmName);
        if (!qopOptions.isEmpty()) {
            DigestParams.quoted(b, "qop", String.join(",", qopOptions));
        }
        if (stale) {
            DigestParams.token(b, "stale", "true");
        }
        return new AuthValue("Digest", b.build());
    }
}
