package io.sipspec.ua;

import java.util.Objects;
import java.util.Set;

/**
 * How the UAS answers beyond the defaults of {@link UaConfig}: how long it takes over non-INVITE requests, and whether
 * it sends its provisional responses to INVITE reliably (RFC 3262).
 *
 * @param nonInviteDelayMillis how long the UAS takes before the final response to a request other than INVITE, ACK and
 *                             CANCEL outside a dialog; 0 answers at once. Meanwhile it sends a 100 (Trying) at once and
 *                             another halfway. RFC 3261 §8.2.6.1 says "UASs SHOULD NOT issue a provisional response for
 *                             a non-INVITE request": a UAS set so shows how its non-INVITE server transactions handle
 *                             provisional responses (§17.2.2), nothing else
 * @param reliability          whether the UAS supports, or requires, 100rel
 * @param acceptedUsers        the user parts of the Request-URIs the UAS accepts requests for, besides its own user (that
 *                             of its Contact); empty: any (RFC 3261 §8.2.2.1: others get 404)
 * @param rejectForeignTo      whether a request whose To user is neither its own nor accepted gets 403 (§8.2.2.1 recommends
 *                             accepting it: false)
 * @param bodyLimit            the largest body in bytes of a request outside a dialog the UAS processes (larger: 413,
 *                             RFC 3261 §21.4.11); 0: no limit but the parser's
 * @param bodyRetryAfterSeconds when the limit is temporary, the seconds after which the client may try again (the 413
 *                             carries them in Retry-After); -1: the limit is permanent
 */
public record UasBehaviour(long nonInviteDelayMillis, Reliability reliability, Set<String> acceptedUsers, boolean rejectForeignTo,
        int bodyLimit, long bodyRetryAfterSeconds) {

    /** RFC 3262 support: none, supported (applied to the 180 of callers that list 100rel), or required of callers. */
    public enum Reliability { OFF, SUPPORTED, REQUIRED }

    /** Answers at once, baseline SIP. */
    public static final UasBehaviour DEFAULT = new UasBehaviour(0, Reliability.OFF, Set.of(), false, 0, -1);

    public UasBehaviour {
        if (nonInviteDelayMillis < 0) {
            throw new IllegalArgumentException("nonInviteDelayMillis must not be negative: " + nonInviteDelayMillis);
        }
        Objects.requireNonNull(reliability, "reliability");
        acceptedUsers = Set.copyOf(acceptedUsers);
    }
}
