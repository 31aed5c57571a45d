package io.sipspec.ua;

import io.sipspec.auth.DigestAuthenticator;
import io.sipspec.auth.DigestClient;
import java.util.Objects;

/**
 * What a {@link UserAgent} is and does: its identity (the From of its requests), the capabilities it announces and
 * checks (§8.2.1 to §8.2.3), how it answers INVITEs, and the credentials it uses or demands (§22).
 *
 * @param user            the user part of this UA's address-of-record and Contact
 * @param domain          the host part of its address-of-record
 * @param displayName     the display name of its From, or null
 * @param inspection      the §8.2 checks: allowed methods, URI schemes, option tags, content types
 * @param ringMillis      how long an incoming INVITE rings (180) before it is answered; 0 answers at once,
 *                        {@link #RING_FOREVER} never (until CANCEL or the INVITE's Expires)
 * @param ringing         whether the UAS sends 180 (Ringing) while it waits; without it the INVITE server transaction
 *                        sends 100 (Trying) after 200 ms (§17.2.1)
 * @param answerStatus    the final status an incoming INVITE gets (200 answers; 486, 603… refuse)
 * @param mediaAddress    the address in SDP c= lines
 * @param mediaPort       the first RTP port offered or answered
 * @param authenticator   challenges incoming requests (UAS, §22.2), or null for none
 * @param credentials     answers challenges to outgoing requests (UAC, §22.2), or null for none
 * @param glareTimer      the wait before a re-INVITE that got 491 is attempted once more (§14.1)
 * @param behaviour        how slowly the UAS answers and which extensions it applies or requires ({@link UasBehaviour#DEFAULT}:
 *                        at once, none)
 */
public record UaConfig(String user, String domain, String displayName, RequestInspection inspection, long ringMillis,
        int answerStatus, String mediaAddress, int mediaPort, DigestAuthenticator authenticator, DigestClient credentials,
        GlareTimer glareTimer, boolean ringing, UasBehaviour behaviour) {

    /** The {@code ringMillis} of a UA that never answers: the call rings until CANCEL or the INVITE's Expires. */
    public static final long RING_FOREVER = Long.MAX_VALUE;

    public UaConfig {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(mediaAddress, "mediaAddress");
        Objects.requireNonNull(glareTimer, "glareTimer");
        Objects.requireNonNull(behaviour, "behaviour");
        if (answerStatus < 200 || answerStatus > 699) {
            throw new IllegalArgumentException("answerStatus must be a final status: " + answerStatus);
        }
    }

    /** A UA called {@code user@domain} that answers at once with 200 and the reference capabilities. */
    public static UaConfig of(String user, String domain, String mediaAddress) {
        return new UaConfig(user, domain, null, RequestInspection.referenceUas(), 0, 200, mediaAddress, 49170, null, null,
                GlareTimer.rfc3261(), true, UasBehaviour.DEFAULT);
    }

    public UaConfig withRing(long millis, int status) {
        return new UaConfig(user, domain, displayName, inspection, millis, status, mediaAddress, mediaPort, authenticator,
                credentials, glareTimer, true, behaviour);
    }

    /** Answers an incoming INVITE with {@code status} after {@code millis}, sending no 180 (Ringing) before. */
    public UaConfig withSilentDelay(long millis, int status) {
        return new UaConfig(user, domain, displayName, inspection, millis, status, mediaAddress, mediaPort, authenticator,
                credentials, glareTimer, false, behaviour);
    }

    public UaConfig withAuthenticator(DigestAuthenticator a) {
        return new UaConfig(user, domain, displayName, inspection, ringMillis, answerStatus, mediaAddress, mediaPort, a,
                credentials, glareTimer, ringing, behaviour);
    }

    public UaConfig withCredentials(DigestClient c) {
        return new UaConfig(user, domain, displayName, inspection, ringMillis, answerStatus, mediaAddress, mediaPort, authenticator,
                c, glareTimer, ringing, behaviour);
    }

    public UaConfig withDisplayName(String name) {
        return new UaConfig(user, domain, name, inspection, ringMillis, answerStatus, mediaAddress, mediaPort, authenticator,
                credentials, glareTimer, ringing, behaviour);
    }

    public UaConfig withGlareTimer(GlareTimer t) {
        return new UaConfig(user, domain, displayName, inspection, ringMillis, answerStatus, mediaAddress, mediaPort, authenticator,
                credentials, t, ringing, behaviour);
    }

    /** Answers and extends as {@code p} says (non-INVITE delay, RFC 3262 reliable provisional responses). */
    public UaConfig withBehaviour(UasBehaviour b) {
        return new UaConfig(user, domain, displayName, inspection, ringMillis, answerStatus, mediaAddress, mediaPort, authenticator,
                credentials, glareTimer, ringing, b);
    }

    /** Checks requests and announces capabilities as {@code i} says (§8.2.1 to §8.2.3). */
    public UaConfig withInspection(RequestInspection i) {
        return new UaConfig(user, domain, displayName, i, ringMillis, answerStatus, mediaAddress, mediaPort, authenticator,
                credentials, glareTimer, ringing, behaviour);
    }
}
