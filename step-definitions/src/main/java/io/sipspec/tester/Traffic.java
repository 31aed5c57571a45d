package io.sipspec.tester;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered log of everything the peers of one scenario sent and received, for the ladder diagram and the pcap
 * of the report. Thread-safe: peers append from their reader threads. Times are on one {@link TesterClock}, shown
 * relative to the moment the log was created.
 */
public final class Traffic {

    private final TesterClock clock;
    private final long origin;
    private final List<TrafficEvent> events = new ArrayList<>();

    public Traffic(TesterClock clock) {
        this.clock = clock;
        this.origin = clock.nanos();
    }

    public Traffic() {
        this(TesterClock.SYSTEM);
    }

    public TesterClock clock() {
        return clock;
    }

    /** Now, on the scenario's clock. */
    public long now() {
        return clock.nanos();
    }

    /** The time since the log was created, for a timestamp of its clock. */
    public Duration since(long nanos) {
        return Duration.ofNanos(nanos - origin);
    }

    void record(TrafficEvent event) {
        synchronized (events) {
            events.add(event);
        }
    }

    /** A snapshot of all events so far, in the order they were recorded. */
    public List<TrafficEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }
}
