package io.sipspec.transport;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The open TCP and TLS connections, keyed by {@link Flow}, with an index by far end. RFC 3261 §18: "These connections
 * are indexed by the tuple formed from the address, port, and transport protocol at the far end of the connection.
 * When a connection is opened by the transport layer, this index is set to the destination IP, port and transport.
 * When the connection is accepted by the transport layer, this index is set to the source IP address, port number,
 * and transport."
 *
 * <p>Entries leave the table when their channel closes. Thread-safe: used from every event-loop thread and from
 * callers' threads.
 */
final class ConnectionTable {

    private final ConcurrentMap<Flow, Channel> byFlow = new ConcurrentHashMap<>();
    private final ConcurrentMap<Destination, Channel> byFarEnd = new ConcurrentHashMap<>();
    private final ConcurrentMap<Destination, CompletableFuture<Channel>> connecting = new ConcurrentHashMap<>();

    /** The flow of a connected stream channel. */
    static Flow flowOf(TransportType transport, Channel ch) {
        return new Flow(transport, (InetSocketAddress) ch.localAddress(), (InetSocketAddress) ch.remoteAddress());
    }

    /** Adds a connection (idempotent); it is removed again when the channel closes. */
    void add(Flow flow, Channel ch) {
        Destination farEnd = new Destination(flow.transport(), flow.remote());
        if (byFlow.put(flow, ch) == null) {
            ch.closeFuture().addListener(f -> {
                byFlow.remove(flow, ch);
                byFarEnd.remove(farEnd, ch);
            });
        }
        if (ch.isActive()) {
            byFarEnd.put(farEnd, ch);
        }
    }

    /** The connection of {@code flow} if it is still open, else null. */
    Channel open(Flow flow) {
        Channel ch = byFlow.get(flow);
        return ch != null && ch.isActive() ? ch : null;
    }

    /** An open connection to {@code d}'s address over {@code d}'s transport, else null. */
    Channel open(Destination d) {
        Channel ch = byFarEnd.get(d);
        if (ch != null && ch.isActive()) {
            return ch;
        }
        for (var e : byFlow.entrySet()) {
            Flow f = e.getKey();
            if (f.transport() == d.transport() && f.remote().equals(d.address()) && e.getValue().isActive()) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * An open connection to {@code d}, or the one being opened, or a new one from {@code connector}. Concurrent callers
     * for the same destination share one connection attempt.
     */
    CompletableFuture<Channel> connection(Destination d, Function<Destination, CompletableFuture<Channel>> connector) {
        Channel ch = open(d);
        if (ch != null) {
            return CompletableFuture.completedFuture(ch);
        }
        CompletableFuture<Channel> attempt = connecting.computeIfAbsent(d, connector);
        attempt.whenComplete((c, e) -> connecting.remove(d, attempt));
        return attempt;
    }

    /** A snapshot of the connections. */
    List<Channel> channels() {
        return new ArrayList<>(byFlow.values());
    }

    int size() {
        return byFlow.size();
    }
}
