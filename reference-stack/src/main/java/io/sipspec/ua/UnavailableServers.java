package io.sipspec.ua;

import io.sipspec.server.SipStack;
import io.sipspec.transport.Destination;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The servers a stack's UAs do not send to for a while. RFC 3261 §21.5.4: "A client (proxy or UAC) receiving a 503
 * (Service Unavailable) SHOULD attempt to forward the request to an alternate server. It SHOULD NOT forward any other
 * requests to that server for the duration specified in the Retry-After header field, if present." One per stack,
 * used on its event loop.
 */
final class UnavailableServers {

    private static final Map<SipStack, UnavailableServers> BY_STACK = Collections.synchronizedMap(new WeakHashMap<>());

    /** Until when (System.nanoTime) each server is unavailable. */
    private final Map<Destination, Long> until = new HashMap<>();

    private UnavailableServers() {
    }

    static UnavailableServers of(SipStack stack) {
        return BY_STACK.computeIfAbsent(stack, s -> new UnavailableServers());
    }

    /** A 503 from {@code server} asked for {@code seconds} of rest. */
    void unavailable(Destination server, long seconds, long nowNanos) {
        until.put(server, nowNanos + seconds * 1_000_000_000L);
    }

    /** True while the Retry-After of the last 503 from {@code server} runs. */
    boolean isUnavailable(Destination server, long nowNanos) {
        Long end = until.get(server);
        if (end == null) {
            return false;
        }
        if (nowNanos - end >= 0) {
            until.remove(server);
            return false;
        }
        return true;
    }
}
