package io.sipspec.registrar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A {@link LocationService} in memory. Thread-safe: each address-of-record's bindings are an immutable list replaced
 * atomically ({@link ConcurrentMap#compute}). Expired bindings are dropped when their address-of-record is next read
 * or updated, and all at once by {@link #purgeExpired()}. Time comes from the {@link Clock} given.
 */
public final class InMemoryLocationService implements LocationService {

    private final Clock clock;
    private final ConcurrentMap<AddressOfRecord, List<Binding>> bindings = new ConcurrentHashMap<>();

    public InMemoryLocationService(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<Binding> lookup(AddressOfRecord aor) {
        List<Binding> stored = bindings.get(aor);
        if (stored == null) {
            return List.of();
        }
        Instant now = clock.instant();
        if (stored.stream().anyMatch(b -> b.isExpired(now))) {
            stored = bindings.computeIfPresent(aor, (k, old) -> orNull(current(old, now)));
        }
        return stored == null ? List.of() : byQ(stored);
    }

    @Override
    public List<Binding> update(AddressOfRecord aor, UnaryOperator<List<Binding>> change) {
        Objects.requireNonNull(change, "change");
        Instant now = clock.instant();
        List<Binding> stored = bindings.compute(aor, (k, old) -> {
            List<Binding> next = List.copyOf(change.apply(current(old, now)));
            return orNull(current(next, now));
        });
        return stored == null ? List.of() : byQ(stored);
    }

    @Override
    public void removeAll(AddressOfRecord aor) {
        bindings.remove(aor);
    }

    @Override
    public int purgeExpired() {
        Instant now = clock.instant();
        AtomicInteger purged = new AtomicInteger();
        for (AddressOfRecord aor : bindings.keySet()) {
            bindings.computeIfPresent(aor, (k, old) -> {
                List<Binding> kept = current(old, now);
                purged.addAndGet(old.size() - kept.size());
                return orNull(kept);
            });
        }
        return purged.get();
    }

    /** The bindings of {@code list} that have not expired at {@code now}, in order; never null. */
    private static List<Binding> current(List<Binding> list, Instant now) {
        if (list == null) {
            return List.of();
        }
        List<Binding> out = new ArrayList<>(list.size());
        for (Binding b : list) {
            if (!b.isExpired(now)) {
                out.add(b);
            }
        }
        return out.size() == list.size() ? list : List.copyOf(out);
    }

    private static List<Binding> orNull(List<Binding> list) {
        return list.isEmpty() ? null : list;
    }

    private static List<Binding> byQ(List<Binding> list) {
        List<Binding> sorted = new ArrayList<>(list);
        sorted.sort(Binding.BY_Q_DESCENDING);
        return List.copyOf(sorted);
    }
}
