package io.sipspec.fault;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The faults an element commits: immutable, usually {@link #NONE}. Elements ask {@link #has} at the few places a
 * fault changes what they do; with no faults each question is one lookup in an empty set.
 */
public final class FaultSet {

    /** The system property whose value is the default of the reference server's {@code faults} key. */
    public static final String PROPERTY = "sipspec.faults";

    /** No fault: the element behaves as RFC 3261 says. */
    public static final FaultSet NONE = new FaultSet(EnumSet.noneOf(Fault.class));

    private final Set<Fault> faults;

    private FaultSet(EnumSet<Fault> faults) {
        this.faults = Collections.unmodifiableSet(faults);
    }

    public static FaultSet of(Fault... faults) {
        EnumSet<Fault> set = EnumSet.noneOf(Fault.class);
        set.addAll(Arrays.asList(faults));
        return set.isEmpty() ? NONE : new FaultSet(set);
    }

    /**
     * The faults named in {@code ids}, comma-separated ({@code no-to-tag, wrong-via}); blank names are ignored.
     *
     * @throws IllegalArgumentException naming the first id that is not a fault
     */
    public static FaultSet parse(String ids) {
        EnumSet<Fault> set = EnumSet.noneOf(Fault.class);
        for (String id : ids.split(",")) {
            if (id.isBlank()) {
                continue;
            }
            set.add(Fault.byId(id).orElseThrow(() -> new IllegalArgumentException("'" + id.trim() + "' is not a fault; one of "
                    + Arrays.stream(Fault.values()).map(Fault::id).collect(Collectors.joining(", ")))));
        }
        return set.isEmpty() ? NONE : new FaultSet(set);
    }

    public boolean has(Fault fault) {
        return faults.contains(fault);
    }

    public boolean isEmpty() {
        return faults.isEmpty();
    }

    public Set<Fault> faults() {
        return faults;
    }

    /**
     * True if a UAS or registrar with these faults skips the §8.2 check that rejects a request with {@code status}:
     * 405 or 501 ({@link Fault#UNKNOWN_METHOD_ACCEPTED}), 416 ({@link Fault#UNSUPPORTED_SCHEME_ACCEPTED}), 420
     * ({@link Fault#REQUIRE_IGNORED}).
     */
    public boolean skipsRejection(int status) {
        return switch (status) {
            case 405, 501 -> has(Fault.UNKNOWN_METHOD_ACCEPTED);
            case 416 -> has(Fault.UNSUPPORTED_SCHEME_ACCEPTED);
            case 420 -> has(Fault.REQUIRE_IGNORED);
            default -> false;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaultSet other && faults.equals(other.faults);
    }

    @Override
    public int hashCode() {
        return faults.hashCode();
    }

    /** The ids, comma-separated, in declaration order: the value {@link #parse} reads back. */
    @Override
    public String toString() {
        return faults.stream().map(Fault::id).collect(Collectors.joining(","));
    }
}
