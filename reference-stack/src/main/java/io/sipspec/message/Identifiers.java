package io.sipspec.message;

import java.security.SecureRandom;

/**
 * Fresh tags, branch ids and Call-IDs.
 *
 * <p>RFC 3261 §19.3: tags "MUST be globally unique and cryptographically random with at least 32 bits of
 * randomness"; §8.1.1.7: the branch "MUST be unique across space and time for all requests sent by the UA"
 * and begin with the magic cookie; §8.1.1.4: Call-IDs "MUST be unique across space and time". Each id here
 * carries 96 random bits from a {@link SecureRandom}.
 */
public final class Identifiers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    private Identifiers() {
    }

    private static String random(int chars) {
        byte[] b = new byte[chars];
        RANDOM.nextBytes(b);
        char[] c = new char[chars];
        for (int i = 0; i < chars; i++) {
            c[i] = ALPHABET[(b[i] & 0xFF) % ALPHABET.length];
        }
        return new String(c);
    }

    /** A From or To tag. */
    public static String newTag() {
        return random(16);
    }

    /** A Via branch: the magic cookie followed by 96+ random bits. */
    public static String newBranch() {
        return Via.MAGIC_COOKIE + random(18);
    }

    /** A Call-ID, {@code random@host} when host is given. */
    public static String newCallId(String host) {
        String id = random(22);
        return host == null ? id : id + '@' + host;
    }
}
