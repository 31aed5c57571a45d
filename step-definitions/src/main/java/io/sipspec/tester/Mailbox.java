package io.sipspec.tester;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Everything one peer received, in arrival order, retransmissions included. A step takes the first message it
 * expects ({@link #expect}), which is then consumed: the next {@code expect} of the same kind gets the next one
 * (e.g. a retransmission). {@link #all} sees consumed ones too, for timing analysis.
 *
 * <p>Waits are bounded and event-driven: a delivery signals the waiting step, nothing polls. The bound is real time.
 */
public final class Mailbox {

    /** The headers a failure message shows of a message: enough to tell which transaction it belongs to. */
    private static final String[] SUMMARY_HEADERS = {"CSeq", "Call-ID"};

    private final Traffic traffic;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Received> received = new ArrayList<>();
    private final List<Boolean> consumed = new ArrayList<>();
    private final List<Closed> closes = new ArrayList<>();
    private Unframed unframed;

    public Mailbox(Traffic traffic) {
        this.traffic = traffic;
    }

    void deliver(Received r) {
        lock.lock();
        try {
            received.add(r);
            consumed.add(false);
            unframed = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void unframed(Unframed u) {
        lock.lock();
        try {
            unframed = u;
        } finally {
            lock.unlock();
        }
    }

    void closed(Closed c) {
        lock.lock();
        try {
            closes.add(c);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The first unconsumed message matching {@code what}, waiting at most {@code within} for it; it is consumed.
     *
     * @param description what the step expects, for the failure message (e.g. "alice receives a 180 response")
     * @throws ExpectationFailed naming the description, the bound, the last message seen (or "nothing at all") and
     *                           any connection the other side closed
     */
    public Received expect(Predicate<Received> what, Duration within, String description) {
        long deadline = System.nanoTime() + within.toNanos();
        lock.lock();
        try {
            int scanned = 0;
            while (true) {
                for (; scanned < received.size(); scanned++) {
                    if (!consumed.get(scanned) && what.test(received.get(scanned))) {
                        consumed.set(scanned, true);
                        return received.get(scanned);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new ExpectationFailed(description + ": nothing matching within " + Durations.format(within)
                            + "; last message seen: " + lastSeen() + unframedText() + closesText());
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExpectationFailed(description + ": interrupted while waiting");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits the whole of {@code during} and fails as soon as an unconsumed message matching {@code what} is there
     * (e.g. "no retransmission after the ACK").
     *
     * @throws ExpectationFailed naming the description, the bound and the unwanted message
     */
    public void expectNothing(Predicate<Received> what, Duration during, String description) {
        long deadline = System.nanoTime() + during.toNanos();
        lock.lock();
        try {
            int scanned = 0;
            while (true) {
                for (; scanned < received.size(); scanned++) {
                    Received r = received.get(scanned);
                    if (!consumed.get(scanned) && what.test(r)) {
                        throw new ExpectationFailed(description + ": expected nothing within " + Durations.format(during)
                                + ", but received " + describe(r));
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExpectationFailed(description + ": interrupted while waiting");
        } finally {
            lock.unlock();
        }
    }

    /** Whether a step is waiting on this mailbox now (an event for tests that must deliver during a wait). */
    public boolean hasWaiter() {
        lock.lock();
        try {
            return lock.hasWaiters(changed);
        } finally {
            lock.unlock();
        }
    }

    /** {@link #expectNothing(Predicate, Duration, String)} described as "no matching message". */
    public void expectNothing(Predicate<Received> what, Duration during) {
        expectNothing(what, during, "no matching message");
    }

    /** Every message received so far that matches, consumed or not, in arrival order. */
    public List<Received> all(Predicate<Received> what) {
        lock.lock();
        try {
            return received.stream().filter(what).toList();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The first connection the other side closed (e.g. a device dropping a connection after garbage), waiting at
     * most {@code within}.
     *
     * @throws ExpectationFailed naming the description, the bound and the last message seen
     */
    public Closed expectClose(Duration within, String description) {
        long deadline = System.nanoTime() + within.toNanos();
        lock.lock();
        try {
            while (closes.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new ExpectationFailed(description + ": no connection closed within " + Durations.format(within)
                            + "; last message seen: " + lastSeen() + unframedText());
                }
                changed.awaitNanos(left);
            }
            return closes.get(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExpectationFailed(description + ": interrupted while waiting");
        } finally {
            lock.unlock();
        }
    }

    /** The connections the other side closed so far. */
    public List<Closed> closes() {
        lock.lock();
        try {
            return List.copyOf(closes);
        } finally {
            lock.unlock();
        }
    }

    /** The last message received, described as in {@link #describe}, or "nothing at all". */
    public String lastSeen() {
        lock.lock();
        try {
            return received.isEmpty() ? "nothing at all" : describe(received.get(received.size() - 1));
        } finally {
            lock.unlock();
        }
    }

    private String unframedText() {
        if (unframed == null) {
            return "";
        }
        return "; then " + unframed.count() + " bytes from " + address(unframed.remote()) + " that are not a complete message: \""
                + Received.escapedFirstLine(unframed.head()) + "\" (at " + Durations.format(traffic.since(unframed.nanos()))
                + ")";
    }

    private String closesText() {
        StringBuilder out = new StringBuilder();
        for (Closed c : closes) {
            out.append("; the ").append(c.transport()).append(" connection with ").append(address(c.remote()))
                    .append(" was ").append(c.how().equals("closed") ? "closed by the other side" : "lost (" + c.how() + ")")
                    .append(" at ").append(Durations.format(traffic.since(c.nanos())));
        }
        return out.toString();
    }

    /**
     * The start line, where from, when, and the headers that say which transaction it belongs to:
     * {@code "SIP/2.0 180 Ringing" (UDP from 127.0.0.1:5060 at 120 ms; CSeq: 1 INVITE; Call-ID: a84b4c76e66710)}.
     */
    public String describe(Received r) {
        StringBuilder out = new StringBuilder().append('"').append(r.startLine()).append("\" (").append(r.transport())
                .append(" from ").append(address(r.remote())).append(" at ").append(Durations.format(traffic.since(r.nanos())));
        if (r.message() != null) {
            for (String name : SUMMARY_HEADERS) {
                String v = r.message().headerValue(name);
                if (v != null) {
                    out.append("; ").append(name).append(": ").append(v);
                }
            }
        }
        return out.append(')').toString();
    }

    static String address(InetSocketAddress a) {
        return a.getHostString() + ":" + a.getPort();
    }
}
