package io.sipspec.registrar;

import io.sipspec.fault.Fault;
import io.sipspec.fault.FaultSet;
import io.sipspec.message.Address;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Uri;
import io.sipspec.ua.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The change the Contact header field values of a REGISTER make to the bindings of its address-of-record (RFC 3261
 * §10.3 step 7): each contact address is added, refreshed or removed, or the whole request fails and nothing changes.
 *
 * <p>Each Contact is checked against the bindings as they were before this request ("the list of current
 * bindings"), so a URI listed twice in one request is not refused as out of order; the later value wins.
 */
final class ContactUpdate implements UnaryOperator<List<Binding>> {

    private final List<Address> contacts;
    private final Long expiresHeader;
    private final String callId;
    private final long cseq;
    private final Instant now;
    private final ExpiryPolicy policy;
    private final boolean exactUris;
    private final boolean notAtomic;

    /**
     * @param contacts      the Contact values of the request, none of them {@code *}, each "q" a qvalue
     * @param expiresHeader the Expires header field value, or null when absent
     * @param faults        {@link Fault#URI_CASE_SENSITIVE}: URIs compared as strings; {@link Fault#REGISTER_NOT_ATOMIC}:
     *                      a contact whose update must fail is skipped, the others are committed
     */
    ContactUpdate(List<Address> contacts, Long expiresHeader, String callId, long cseq, Instant now, ExpiryPolicy policy,
            FaultSet faults) {
        this.contacts = List.copyOf(contacts);
        this.expiresHeader = expiresHeader;
        this.callId = callId;
        this.cseq = cseq;
        this.now = now;
        this.policy = policy;
        this.exactUris = faults.has(Fault.URI_CASE_SENSITIVE);
        this.notAtomic = faults.has(Fault.REGISTER_NOT_ATOMIC);
    }

    /** RFC 3261 §10.3 step 7: "The registrar now processes each contact address in the Contact header field in turn." */
    @Override
    public List<Binding> apply(List<Binding> current) {
        List<Binding> next = new ArrayList<>(current);
        for (Address contact : contacts) {
            long chosen = interval(contact);
            // "For each address, the registrar then searches the list of current bindings using the URI comparison
            // rules.  If the binding does not exist, it is tentatively added.  If the binding does exist, the
            // registrar checks the Call-ID value.  If the Call-ID value in the existing binding differs from the
            // Call-ID value in the request, the binding MUST be removed if the expiration time is zero and updated
            // otherwise.  If they are the same, the registrar compares the CSeq value.  If the value is higher than
            // that of the existing binding, it MUST update or remove the binding as above.  If not, the update MUST
            // be aborted and the request fails."
            Binding existing = find(current, contact.uri());
            // §20.8: "Call-IDs are case-sensitive and are simply compared byte-by-byte."
            if (existing != null && existing.callId().equals(callId) && cseq <= existing.cseq()) {
                if (notAtomic) {
                    continue;
                }
                throw new RegistrationFailure(new Rejection(500, List.of(), "CSeq " + cseq + " is not higher than "
                        + existing.cseq() + " stored for " + existing.uri() + " with Call-ID " + callId));
            }
            int at = indexOf(next, contact.uri());
            if (chosen == 0) {
                if (at >= 0) {
                    next.remove(at);
                }
                continue;
            }
            Binding binding = Binding.of(contact, now.plusSeconds(chosen), callId, cseq);
            if (at >= 0) {
                next.set(at, binding);
            } else {
                next.add(binding);
            }
        }
        return next;
    }

    /**
     * The interval granted to {@code contact}, or a 423. RFC 3261 §10.3 step 7: "This response MUST contain a
     * Min-Expires header field that states the minimum expiration interval the registrar is willing to honor.  It then
     * skips the remaining steps."
     */
    private long interval(Address contact) {
        long requested = policy.requested(contact, expiresHeader);
        if (policy.isTooBrief(requested)) {
            throw new RegistrationFailure(new Rejection(423,
                    List.of(new HeaderField(HeaderName.MIN_EXPIRES, Long.toString(policy.minSeconds()))),
                    "expiration " + requested + " s of " + contact.uri() + " is below the minimum " + policy.minSeconds() + " s"));
        }
        return policy.chosen(requested);
    }

    private Binding find(List<Binding> bindings, Uri uri) {
        int i = indexOf(bindings, uri);
        return i < 0 ? null : bindings.get(i);
    }

    /** §10.3 step 7 searches "using the URI comparison rules" (§19.1.4, {@link Uri#equals}). */
    private int indexOf(List<Binding> bindings, Uri uri) {
        for (int i = 0; i < bindings.size(); i++) {
            Uri bound = bindings.get(i).uri();
            if (exactUris ? bound.toString().equals(uri.toString()) : bound.equals(uri)) {
                return i;
            }
        }
        return -1;
    }
}
