package io.sipspec.registrar;

import io.sipspec.message.Address;
import io.sipspec.message.Uri;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One binding of an address-of-record to a contact address (RFC 3261 §10): the Contact value as registered (display
 * name, URI and parameters), its preference, when it expires, and the Call-ID and CSeq of the REGISTER that last set
 * it (§10.3 step 7: "Each binding record records the Call-ID and CSeq values from the request.").
 *
 * @param contact the Contact header field value as registered
 * @param q       its "q" parameter, or {@link QValue#DEFAULT} when it has none
 * @param expires the instant the binding expires; it is current before that instant
 * @param callId  the Call-ID of the request that set it
 * @param cseq    the CSeq sequence number of that request
 */
public record Binding(Address contact, QValue q, Instant expires, String callId, long cseq) {

    /** Highest q first; a stable sort keeps bindings of equal q in the order they were added. */
    public static final Comparator<Binding> BY_Q_DESCENDING = Comparator.comparing(Binding::q).reversed();

    public Binding {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(callId, "callId");
        if (contact.isWildcard()) {
            throw new IllegalArgumentException("\"*\" is not a contact address");
        }
    }

    /**
     * A binding of {@code contact}, ranked by its "q" parameter.
     *
     * @throws IllegalArgumentException if the "q" parameter is not a qvalue
     */
    public static Binding of(Address contact, Instant expires, String callId, long cseq) {
        String q = contact.parameter("q");
        return new Binding(contact, q == null ? QValue.DEFAULT : QValue.parse(q), expires, callId, cseq);
    }

    /** The contact URI, compared with §19.1.4 rules to find the binding a Contact refers to. */
    public Uri uri() {
        return contact.uri();
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expires);
    }

    /** The seconds left at {@code now}, rounded up (a current binding never shows 0); 0 once expired. */
    public long remainingSeconds(Instant now) {
        if (isExpired(now)) {
            return 0;
        }
        Duration left = Duration.between(now, expires);
        return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
    }

    /**
     * The Contact value to list in a response: as registered, with its "expires" parameter set to the seconds left
     * (§10.3 step 8: "Each Contact value MUST feature an "expires" parameter indicating its expiration interval
     * chosen by the registrar.").
     */
    public Address contactWithExpires(Instant now) {
        return contact.withParameter("expires", Long.toString(remainingSeconds(now)));
    }
}
