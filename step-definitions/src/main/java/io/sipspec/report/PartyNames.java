package io.sipspec.report;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Names the parties of a scenario ("alice", "bob", "device") by their socket addresses; the ladder draws one column
 * per name. Several addresses may share a name (the device on UDP and on TCP). Immutable.
 */
public final class PartyNames {

    private static final PartyNames EMPTY = new PartyNames(Map.of());

    private final Map<InetSocketAddress, String> names;

    private PartyNames(Map<InetSocketAddress, String> names) {
        this.names = names;
    }

    public static PartyNames empty() {
        return EMPTY;
    }

    /** A copy that also names {@code address}. */
    public PartyNames with(InetSocketAddress address, String name) {
        Objects.requireNonNull(address, "address");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a party needs a name, got '" + name + "' for " + address);
        }
        Map<InetSocketAddress, String> copy = new LinkedHashMap<>(names);
        copy.put(address, name);
        return new PartyNames(copy);
    }

    /** The name given to {@code address}, or the address itself ({@code 127.0.0.1:5060}) if it has none. */
    public String name(InetSocketAddress address) {
        String name = names.get(address);
        return name != null ? name : Endpoints.text(address);
    }

    /** The column of the sender: the tester's peer label if it sent an unnamed address. */
    public String source(WireEvent event) {
        return nameOr(event.source(), event.direction() == WireEvent.Direction.SENT ? event.peer() : null);
    }

    /** The column of the receiver: the tester's peer label if it received on an unnamed address. */
    public String destination(WireEvent event) {
        return nameOr(event.destination(), event.direction() == WireEvent.Direction.RECEIVED ? event.peer() : null);
    }

    /**
     * The columns of a ladder of {@code events}: the named parties that take part, in the order they were named,
     * then the others in the order they appear. All named parties if there are no events.
     */
    public List<String> columns(List<WireEvent> events) {
        Set<String> appearing = new LinkedHashSet<>();
        for (WireEvent e : events) {
            appearing.add(source(e));
            appearing.add(destination(e));
        }
        Set<String> columns = new LinkedHashSet<>();
        for (String name : names.values()) {
            if (events.isEmpty() || appearing.contains(name)) {
                columns.add(name);
            }
        }
        columns.addAll(appearing);
        return List.copyOf(new ArrayList<>(columns));
    }

    private String nameOr(InetSocketAddress address, String fallback) {
        String name = names.get(address);
        if (name != null) {
            return name;
        }
        return fallback != null ? fallback : Endpoints.text(address);
    }

    @Override
    public String toString() {
        return "PartyNames" + names;
    }
}
