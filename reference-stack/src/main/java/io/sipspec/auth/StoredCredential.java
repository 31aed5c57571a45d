package io.sipspec.auth;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a server knows about one user: the password, or H(A1) per algorithm. RFC 7616 §3.6: "the HTTP server does
 * not actually need to know the user's cleartext password. As long as H(A1) is available to the server, the
 * validity of an Authorization header field can be verified."
 *
 * <p>A stored H(A1) is {@code H(username ":" realm ":" passwd)}, so it holds for one realm only. {@link #toString}
 * never shows the password or an H(A1).
 */
public final class StoredCredential {

    private final String password;
    private final Map<DigestAlgorithm, String> ha1;

    private StoredCredential(String password, Map<DigestAlgorithm, String> ha1) {
        this.password = password;
        this.ha1 = ha1;
    }

    /** A user known by password: H(A1) is computed for any algorithm and realm. */
    public static StoredCredential ofPassword(String password) {
        return new StoredCredential(Objects.requireNonNull(password, "password"), Map.of());
    }

    /**
     * A user known by precomputed H(A1) values, keyed by non-session algorithm ({@code MD5}, {@code SHA-256}); the
     * "-sess" variants use the value of their base algorithm.
     */
    public static StoredCredential ofHa1(Map<DigestAlgorithm, String> ha1ByAlgorithm) {
        Map<DigestAlgorithm, String> copy = new EnumMap<>(DigestAlgorithm.class);
        ha1ByAlgorithm.forEach((a, h) -> copy.put(a.base(), h));
        return new StoredCredential(null, Map.copyOf(copy));
    }

    /**
     * H(A1) of the non-session variant of {@code algorithm} for this user in {@code realm}, or null when this entry
     * cannot give one (an H(A1) for another algorithm only).
     */
    public String userHa1(DigestAlgorithm algorithm, String username, String realm) {
        String stored = ha1.get(algorithm.base());
        if (stored != null) {
            return stored;
        }
        return password == null ? null : algorithm.base().userHa1(username, realm, password);
    }

    @Override
    public String toString() {
        return password != null ? "StoredCredential[password=***]" : "StoredCredential[ha1=" + ha1.keySet() + " ***]";
    }
}
