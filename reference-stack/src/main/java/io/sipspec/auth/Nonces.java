package io.sipspec.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless nonces: {@code base64url(timestamp ‖ random ‖ HMAC-SHA-256(secret, timestamp ‖ random ‖ realm))}, so
 * that checking one needs no table. RFC 7616 §3.3 suggests "timestamp H(timestamp ":" ETag ":" secret-data)" and:
 * "With a nonce of this form, a server would recalculate the hash portion after receiving the client
 * authentication header field and reject the request if it did not match the nonce from that header field or if
 * the timestamp value is not recent enough." The opaque value is derived from the nonce the same way.
 */
final class Nonces {

    private static final int TIME = 8;
    private static final int RANDOM = 10;
    private static final int MAC = 18;
    private static final SecureRandom RNG = new SecureRandom();

    private final SecretKeySpec key;
    private final Clock clock;
    private final byte[] realm;

    Nonces(byte[] secret, Clock clock, String realm) {
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.clock = clock;
        this.realm = realm.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh nonce stamped with the clock's current time. */
    String issue() {
        byte[] raw = new byte[TIME + RANDOM + MAC];
        ByteBuffer.wrap(raw).putLong(clock.millis());
        byte[] rnd = new byte[RANDOM];
        RNG.nextBytes(rnd);
        System.arraycopy(rnd, 0, raw, TIME, RANDOM);
        System.arraycopy(mac(raw, TIME + RANDOM, realm), 0, raw, TIME + RANDOM, MAC);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** When this server issued {@code nonce} (epoch millis), or -1 if this server did not issue it. */
    long issuedAt(String nonce) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        if (raw.length != TIME + RANDOM + MAC) {
            return -1;
        }
        byte[] expected = Arrays.copyOf(mac(raw, TIME + RANDOM, realm), MAC);
        byte[] given = Arrays.copyOfRange(raw, TIME + RANDOM, raw.length);
        if (!MessageDigest.isEqual(expected, given)) {
            return -1;
        }
        return ByteBuffer.wrap(raw).getLong();
    }

    /** The opaque value sent with {@code nonce}. */
    String opaque(String nonce) {
        byte[] n = nonce.getBytes(StandardCharsets.UTF_8);
        byte[] m = mac(n, n.length, "opaque".getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(m, 12));
    }

    private byte[] mac(byte[] data, int length, byte[] suffix) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(data, 0, length);
            mac.update(suffix);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform must support HmacSHA256", e);
        }
    }
}
