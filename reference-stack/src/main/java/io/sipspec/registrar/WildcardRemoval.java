package io.sipspec.registrar;

import io.sipspec.ua.Rejection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The change a valid {@code Contact: *} with {@code Expires: 0} makes (RFC 3261 §10.3 step 6): every binding of the
 * address-of-record is removed, unless one was set by a later request of the same Call-ID, in which case nothing is.
 */
final class WildcardRemoval implements UnaryOperator<List<Binding>> {

    private final String callId;
    private final long cseq;

    WildcardRemoval(String callId, long cseq) {
        this.callId = callId;
        this.cseq = cseq;
    }

    /**
     * RFC 3261 §10.3 step 6: "If not, the registrar checks whether the Call-ID agrees with the value stored for each
     * binding.  If not, it MUST remove the binding.  If it does agree, it MUST remove the binding only if the CSeq in
     * the request is higher than the value stored for that binding.  Otherwise, the update MUST be aborted and the
     * request fails."
     */
    @Override
    public List<Binding> apply(List<Binding> current) {
        for (Binding b : current) {
            // §20.8: "Call-IDs are case-sensitive and are simply compared byte-by-byte."
            if (b.callId().equals(callId) && cseq <= b.cseq()) {
                throw new RegistrationFailure(new Rejection(500, List.of(),
                        "CSeq " + cseq + " is not higher than " + b.cseq() + " stored for " + b.uri() + " with Call-ID " + callId));
            }
        }
        return List.of();
    }
}
