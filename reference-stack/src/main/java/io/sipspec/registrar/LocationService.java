package io.sipspec.registrar;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The bindings of addresses-of-record to contact addresses (RFC 3261 §10.1: "a location service for a particular
 * domain"), written by a registrar and read by proxies and redirect servers (§8.3: "This location service is
 * effectively a database containing mappings between a single URI and a set of one or more alternative locations at
 * which the target of that URI can be found.").
 *
 * <p>A binding is current until its expiry instant; an implementation never returns an expired one. Implementations
 * are thread-safe, and {@link #update} is atomic per address-of-record, as §10.3 requires: "REGISTER requests MUST
 * also be processed atomically, meaning that a particular REGISTER request is either processed completely or not at
 * all."
 */
public interface LocationService {

    /** The current bindings of {@code aor}, highest q first (equal q in the order they were added); empty if none. */
    List<Binding> lookup(AddressOfRecord aor);

    /**
     * Replaces the bindings of {@code aor} with what {@code change} returns when given the current ones (in the order
     * they were added), atomically: no other update of {@code aor} runs in between, and readers see either the old
     * bindings or the new ones. If {@code change} throws, nothing is stored and the exception propagates unchanged.
     * {@code change} must be quick and free of side effects; it may be called more than once.
     *
     * @return the current bindings after the update, as {@link #lookup} orders them
     * @throws LocationServiceException if the store fails; nothing is stored then
     */
    List<Binding> update(AddressOfRecord aor, UnaryOperator<List<Binding>> change);

    /** Removes every binding of {@code aor}. */
    void removeAll(AddressOfRecord aor);

    /** Drops every expired binding; returns how many it dropped. A server may call this on a schedule. */
    int purgeExpired();
}
