package io.sipspec.ua;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * How long a UAC waits after a 491 (Request Pending) before it attempts its re-INVITE once more. RFC 3261 §14.1: "If
 * a UAC receives a 491 response to a re-INVITE, it SHOULD start a timer with a value T chosen as follows: 1. If the
 * UAC is the owner of the Call-ID of the dialog ID (meaning it generated the value), T has a randomly chosen value
 * between 2.1 and 4 seconds in units of 10 ms. 2. If the UAC is not the owner of the Call-ID of the dialog ID, T has a
 * randomly chosen value of between 0 and 2 seconds in units of 10 ms."
 */
@FunctionalInterface
public interface GlareTimer {

    /** The wait in milliseconds, for the UA that generated the dialog's Call-ID ({@code callIdOwner}) or the other. */
    long delayMillis(boolean callIdOwner);

    /** The timer of §14.1, drawing from the calling thread's {@link ThreadLocalRandom}. */
    static GlareTimer rfc3261() {
        return owner -> rfc3261(ThreadLocalRandom.current()).delayMillis(owner);
    }

    /** The timer of §14.1, drawing from {@code random}: 2100 to 4000 ms for the owner, 0 to 2000 ms otherwise, in 10 ms steps. */
    static GlareTimer rfc3261(RandomGenerator random) {
        return owner -> owner ? 10L * random.nextInt(210, 401) : 10L * random.nextInt(0, 201);
    }
}
