package io.sipspec.auth;

/**
 * The outcome of {@link DigestAuthenticator#verify}.
 *
 * @param status   what was found
 * @param username the authenticated user when {@link Status#OK}, else null
 * @param reason   why the request was not authenticated (never a password nor a submitted username), or null
 */
public record Verdict(Status status, String username, String reason) {

    public enum Status {
        /** Valid credentials for the realm. */
        OK,
        /** No credentials for this realm: challenge. */
        MISSING,
        /** The digest is right but the nonce is not usable any more: challenge with stale=true. */
        STALE,
        /** Wrong, malformed, forged or replayed credentials: challenge again or answer 403 (RFC 3261 §22.1). */
        INVALID
    }

    static Verdict ok(String username) {
        return new Verdict(Status.OK, username, null);
    }

    static Verdict missing(String reason) {
        return new Verdict(Status.MISSING, null, reason);
    }

    static Verdict stale(String reason) {
        return new Verdict(Status.STALE, null, reason);
    }

    static Verdict invalid(String reason) {
        return new Verdict(Status.INVALID, null, reason);
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    public boolean isStale() {
        return status == Status.STALE;
    }
}
