package io.sipspec.auth;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The highest nonce count seen per nonce, for at most {@code capacity} nonces. RFC 2617 §3.2.2: the purpose of nc
 * "is to allow the server to detect request replays by maintaining its own copy of this count - if the same
 * nc-value is seen twice, then the request is a replay."
 *
 * <p>When the table is full the oldest entry is dropped and the newest issue time of a dropped nonce is remembered:
 * a nonce issued at or before it that is not in the table may have been seen, so it is reported {@link
 * Result#FORGOTTEN} (the server then asks for a new nonce with stale=true) rather than accepted.
 */
final class NonceCounter {

    enum Result { ACCEPTED, REPLAYED, FORGOTTEN }

    private static final class Entry {
        final long issuedAt;
        long count;

        Entry(long issuedAt, long count) {
            this.issuedAt = issuedAt;
            this.count = count;
        }
    }

    private final int capacity;
    private final LinkedHashMap<String, Entry> seen = new LinkedHashMap<>();
    private long forgottenUpTo = Long.MIN_VALUE;

    NonceCounter(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** Records {@code count} for {@code nonce} if it is higher than every count seen with that nonce. */
    synchronized Result advance(String nonce, long issuedAt, long count) {
        Entry e = seen.get(nonce);
        if (e == null) {
            if (issuedAt <= forgottenUpTo) {
                return Result.FORGOTTEN;
            }
            seen.put(nonce, new Entry(issuedAt, count));
            evict();
            return Result.ACCEPTED;
        }
        if (count <= e.count) {
            return Result.REPLAYED;
        }
        e.count = count;
        return Result.ACCEPTED;
    }

    private void evict() {
        Iterator<Map.Entry<String, Entry>> it = seen.entrySet().iterator();
        while (seen.size() > capacity) {
            Entry oldest = it.next().getValue();
            forgottenUpTo = Math.max(forgottenUpTo, oldest.issuedAt);
            it.remove();
        }
    }
}
