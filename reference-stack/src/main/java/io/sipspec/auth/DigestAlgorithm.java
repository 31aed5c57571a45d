package io.sipspec.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Digest algorithms, named as RFC 7616 §3.4.2 and §6.1 name them, with their H and KD functions.
 *
 * <p>RFC 7616 §3.3: "the string obtained by applying the digest algorithm to the data "data" with secret "secret"
 * will be denoted by KD(secret, data), and the string obtained by applying the unkeyed digest algorithm to the data
 * "data" will be denoted H(data)." Digests are written as lowercase hex (RFC 7616 §3.2).
 */
public enum DigestAlgorithm {

    SHA_256("SHA-256", "SHA-256", false, 2),
    SHA_256_SESS("SHA-256-sess", "SHA-256", true, 2),
    MD5("MD5", "MD5", false, 1),
    MD5_SESS("MD5-sess", "MD5", true, 1);

    private final String token;
    private final String jcaName;
    private final boolean session;
    private final int strength;

    DigestAlgorithm(String token, String jcaName, boolean session, int strength) {
        this.token = token;
        this.jcaName = jcaName;
        this.session = session;
        this.strength = strength;
    }

    /** The {@code algorithm} parameter value. */
    public String token() {
        return token;
    }

    /** True for the "-sess" variants, whose A1 includes the nonce and cnonce. */
    public boolean isSession() {
        return session;
    }

    /** Higher is stronger: the SHA-256 family above the MD5 family. */
    public int strength() {
        return strength;
    }

    /** The non-session variant: the one whose H(A1) a credential store can hold. */
    public DigestAlgorithm base() {
        return switch (this) {
            case SHA_256, SHA_256_SESS -> SHA_256;
            case MD5, MD5_SESS -> MD5;
        };
    }

    /** The algorithm a token names (case-insensitive), or {@code null} if it is not one of these. */
    public static DigestAlgorithm fromToken(String token) {
        for (DigestAlgorithm a : values()) {
            if (a.token.equalsIgnoreCase(token)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The algorithm an {@code algorithm} parameter names; RFC 7616 §3.3: "If this is not present, it is assumed to
     * be "MD5"." Returns {@code null} for an algorithm not understood.
     */
    public static DigestAlgorithm fromParameter(String value) {
        return value == null ? MD5 : fromToken(value);
    }

    /** H(data): the hex digest of the UTF-8 bytes of {@code data}. */
    public String h(String data) {
        try {
            MessageDigest md = MessageDigest.getInstance(jcaName);
            return HexFormat.of().formatHex(md.digest(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support " + jcaName, e);
        }
    }

    /** RFC 7616 §3.3: "KD(secret, data) = H(concat(secret, ":", data))". */
    public String kd(String secret, String data) {
        return h(secret + ":" + data);
    }

    /** RFC 7616 §3.4.2: "A1 = unq(username) ":" unq(realm) ":" passwd"; returns H(A1) of the non-session variant. */
    public String userHa1(String username, String realm, String password) {
        return h(username + ":" + realm + ":" + password);
    }

    /**
     * H(A1) for this algorithm from the user's H(A1) of the non-session variant. RFC 7616 §3.4.2, for "-sess":
     * "A1 = H( unq(username) ":" unq(realm) ":" passwd ) ":" unq(nonce-prime) ":" unq(cnonce-prime)".
     */
    public String ha1(String userHa1, String nonce, String cnonce) {
        return session ? h(userHa1 + ":" + nonce + ":" + cnonce) : userHa1;
    }

    /**
     * The request-digest (RFC 2617 §3.2.2.1, RFC 7616 §3.4.1) for qop "auth" or, when {@code qop} is null, the RFC
     * 2069 form "KD ( H(A1), unq(nonce-value) ":" H(A2) )". A2 is "Method ":" digest-uri-value" (RFC 2617 §3.2.2.3;
     * qop "auth-int" is not supported here).
     *
     * @param userHa1 H(A1) of the non-session variant (see {@link #userHa1})
     */
    public String response(String userHa1, String nonce, String nc, String cnonce, String qop, String method, String uri) {
        String ha1 = ha1(userHa1, nonce, cnonce);
        String ha2 = h(method + ":" + uri);
        if (qop == null) {
            return kd(ha1, nonce + ":" + ha2);
        }
        return kd(ha1, nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }
}
