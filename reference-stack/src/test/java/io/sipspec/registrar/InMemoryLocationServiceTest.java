package io.sipspec.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryLocationServiceTest {

    private static final AddressOfRecord CAROL = AddressOfRecord.parse("sip:carol@chicago.com");
    private static final AddressOfRecord BOB = AddressOfRecord.parse("sip:bob@biloxi.com");

    private final MutableClock clock = MutableClock.fixed();
    private final InMemoryLocationService store = new InMemoryLocationService(clock);

    private Binding binding(String contact, long seconds) {
        return Binding.of(Address.parse(contact), clock.instant().plusSeconds(seconds), "c", 1);
    }

    private void add(AddressOfRecord aor, Binding b) {
        store.update(aor, current -> {
            List<Binding> next = new ArrayList<>(current);
            next.add(b);
            return next;
        });
    }

    @Test
    @DisplayName("lookup gives the current bindings highest q first, equal q in the order added")
    void lookupOrdersByQ() {
        add(CAROL, binding("<sip:a@x>;q=0.5", 60));
        add(CAROL, binding("<sip:b@x>", 60));
        add(CAROL, binding("<sip:c@x>;q=0.5", 60));
        add(CAROL, binding("<sip:d@x>;q=1.0", 60));
        assertEquals(List.of("sip:b@x", "sip:d@x", "sip:a@x", "sip:c@x"),
                store.lookup(CAROL).stream().map(b -> b.uri().toString()).toList());
    }

    @Test
    @DisplayName("a binding is current until its expiry instant, then lookup drops it")
    void expiredBindingsAreNotReturned() {
        add(CAROL, binding("<sip:a@x>", 60));
        add(CAROL, binding("<sip:b@x>", 120));
        clock.advanceSeconds(59);
        assertEquals(2, store.lookup(CAROL).size());
        clock.advanceSeconds(1);
        assertEquals(List.of("sip:b@x"), store.lookup(CAROL).stream().map(b -> b.uri().toString()).toList());
        // The lookup dropped the expired binding: nothing is left for purgeExpired.
        assertEquals(0, store.purgeExpired());
    }

    @Test
    @DisplayName("purgeExpired drops every expired binding of every address-of-record and counts them")
    void purgeExpired() {
        add(CAROL, binding("<sip:a@x>", 60));
        add(CAROL, binding("<sip:b@x>", 600));
        add(BOB, binding("<sip:c@x>", 30));
        clock.advanceSeconds(60);
        assertEquals(2, store.purgeExpired());
        assertEquals(0, store.purgeExpired());
        assertEquals(1, store.lookup(CAROL).size());
        assertTrue(store.lookup(BOB).isEmpty());
    }

    @Test
    @DisplayName("update hands the change only current bindings and stores what it returns")
    void updateSeesOnlyCurrentBindings() {
        add(CAROL, binding("<sip:a@x>", 60));
        add(CAROL, binding("<sip:b@x>", 600));
        clock.advanceSeconds(60);
        List<Binding> seen = new ArrayList<>();
        List<Binding> after = store.update(CAROL, current -> {
            seen.addAll(current);
            return List.of();
        });
        assertEquals(List.of("sip:b@x"), seen.stream().map(b -> b.uri().toString()).toList());
        assertTrue(after.isEmpty());
        assertTrue(store.lookup(CAROL).isEmpty());
    }

    @Test
    @DisplayName("§10.3: \"a particular REGISTER request is either processed completely or not at all\": a throwing change stores nothing")
    void aThrowingChangeStoresNothing() {
        add(CAROL, binding("<sip:a@x>", 60));
        IllegalStateException boom = new IllegalStateException("abort");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.update(CAROL, current -> {
            throw boom;
        }));
        assertEquals(boom, thrown);
        assertEquals(1, store.lookup(CAROL).size());
    }

    @Test
    @DisplayName("removeAll empties one address-of-record and leaves the others")
    void removeAll() {
        add(CAROL, binding("<sip:a@x>", 60));
        add(BOB, binding("<sip:b@x>", 60));
        store.removeAll(CAROL);
        assertTrue(store.lookup(CAROL).isEmpty());
        assertEquals(1, store.lookup(BOB).size());
    }

    @Test
    @DisplayName("§10.3: \"REGISTER requests MUST also be processed atomically\": concurrent updates of one AoR all land")
    void concurrentUpdatesAreAtomic() throws Exception {
        int threads = 8;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        add(CAROL, binding("<sip:u" + id + "-" + i + "@x>", 600));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * perThread, store.lookup(CAROL).size());
    }
}
