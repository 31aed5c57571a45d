package io.sipspec.auth;

import io.sipspec.message.AuthValue;
import io.sipspec.message.Parameters;
import java.util.regex.Pattern;

/**
 * Digest credentials: the value of an Authorization or Proxy-Authorization header field (RFC 3261 §20.7, §20.28;
 * RFC 7616 §3.4). Holds the response digest, never the password.
 *
 * @param username      the user's name in the realm
 * @param realm         the realm of the challenge answered
 * @param nonce         the server nonce answered
 * @param uri           the digest-uri: the Request-URI (RFC 3261 §22.4: "digest-uri-value  =  Request-URI")
 * @param response      the request-digest, lowercase hex
 * @param algorithmName the {@code algorithm} parameter as written, or null (MD5)
 * @param cnonce        the client nonce, null without qop
 * @param opaque        the challenge's opaque, echoed, or null
 * @param qop           the qop applied ("auth"), or null for the RFC 2069 form
 * @param nc            the nonce count as written (8 hex digits), null without qop
 */
public record DigestCredentials(String username, String realm, String nonce, String uri, String response,
        String algorithmName, String cnonce, String opaque, String qop, String nc) {

    /** RFC 3261 §25.1: "nc-value          =  8LHEX". */
    private static final Pattern NC_VALUE = Pattern.compile("[0-9a-fA-F]{8}");

    /** The algorithm, MD5 when the parameter is absent, or null if it is not understood. */
    public DigestAlgorithm algorithm() {
        return DigestAlgorithm.fromParameter(algorithmName);
    }

    /** The nonce count as a number, or -1 without qop. */
    public long nonceCount() {
        return nc == null ? -1 : Long.parseLong(nc, 16);
    }

    /** The nonce count written as the {@code nc} parameter requires: 8 lowercase hex digits. */
    public static String formatNonceCount(long count) {
        return String.format("%08x", count);
    }

    /**
     * Reads credentials.
     *
     * @throws IllegalArgumentException if they are not Digest, a required parameter is missing or repeated, or the
     *                                  qop, cnonce and nc parameters do not go together
     */
    public static DigestCredentials from(AuthValue value) {
        DigestParams p = DigestParams.of(value);
        if (p.has("username*")) {
            throw new IllegalArgumentException("username* is not supported");
        }
        String userhash = p.optional("userhash");
        if (userhash != null && userhash.equalsIgnoreCase("true")) {
            throw new IllegalArgumentException("userhash was not offered");
        }
        String qop = p.optional("qop");
        String cnonce = p.optional("cnonce");
        String nc = p.optional("nc");
        if (qop != null && (cnonce == null || nc == null)) {
            // RFC 2617 §3.2.2 on cnonce and nonce-count: "This MUST be specified if a qop directive is sent"
            throw new IllegalArgumentException("qop without cnonce and nc");
        }
        if (qop == null && (cnonce != null || nc != null)) {
            // RFC 3261 §22.4: "RFC 2617 notes that a cnonce value MUST NOT be sent in an Authorization (and by
            // extension Proxy-Authorization) header field if no qop directive has been sent."
            throw new IllegalArgumentException("cnonce or nc without qop");
        }
        if (nc != null && !NC_VALUE.matcher(nc).matches()) {
            throw new IllegalArgumentException("nc is not 8 hex digits");
        }
        return new DigestCredentials(p.required("username"), p.required("realm"), p.required("nonce"),
                p.required("uri"), p.required("response"), p.optional("algorithm"), cnonce, p.optional("opaque"), qop,
                nc);
    }

    /** The header field value. */
    public AuthValue toAuthValue() {
        // RFC 7616 §3.4: "For historical reasons, a sender MUST only generate the quoted string syntax for the
        // following parameters: username, realm, nonce, uri, response, cnonce, and opaque."
        // RFC 7616 §3.4: "For historical reasons, a sender MUST NOT generate the quoted string syntax for the
        // following parameters: algorithm, qop, and nc."
        Parameters.Builder b = Parameters.builder();
        DigestParams.quoted(b, "username", username);
        DigestParams.quoted(b, "realm", realm);
        DigestParams.quoted(b, "nonce", nonce);
        DigestParams.quoted(b, "uri", uri);
        DigestParams.quoted(b, "response", response);
        DigestParams.token(b, "algorithm", algorithmName);
        DigestParams.quoted(b, "cnonce", cnonce);
        DigestParams.quoted(b, "opaque", opaque);
        DigestParams.token(b, "qop", qop);
        DigestParams.token(b, "nc", nc);
        return new AuthValue("Digest", b.build());
    }
}
