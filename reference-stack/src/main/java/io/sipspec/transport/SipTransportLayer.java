package io.sipspec.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslContext;
import io.sipspec.message.Host;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import io.sipspec.parser.SipLimits;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport layer of RFC 3261 §18: UDP, TCP and TLS listening points on IPv4 and IPv6, client connections, the
 * connection table, request sending (§18.1.1) and response routing (§18.2.2, RFC 3581).
 *
 * <p>RFC 3261 §18: "The transport layer is responsible for the actual transmission of requests and responses over
 * network transports. This includes determination of the connection to use for a request or response in the case
 * of connection-oriented transports."
 *
 * <p>Incoming requests reach the {@link TransportListener} with their top Via stamped ({@link ReceivedStamping});
 * responses whose top Via is not this stack's are discarded ({@link SentByCheck}); undecodable input goes to
 * {@link TransportListener#malformedReceived}. <b>Threading:</b> listener callbacks run on Netty event-loop threads,
 * any of them, concurrently for different sockets; a listener must not block. The send methods may be called from
 * any thread and never block; they report through their futures. Listener callbacks for one connection or one UDP
 * socket come in order, from one thread at a time.
 *
 * <p>Connections stay open until the peer or {@link #close()} closes them (no idle timer).
 */
public final class SipTransportLayer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SipTransportLayer.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    /** The remote address of a listening point's {@link Flow}: 0.0.0.0:0. */
    public static final InetSocketAddress NO_REMOTE = new InetSocketAddress(IpAddresses.literal("0.0.0.0"), 0);

    private final EventLoopGroup group;
    private final boolean ownGroup;
    private final ListeningPoints points;
    private final ConnectionTable table;
    private final Connector connector;
    private final SentByCheck sentByCheck;
    private final String viaHost;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SipTransportLayer(Builder b, EventLoopGroup group, boolean ownGroup) {
        this.group = group;
        this.ownGroup = ownGroup;
        this.viaHost = b.viaHost;
        this.table = new ConnectionTable();
        Dispatcher dispatcher = new Dispatcher(b.listener);
        StreamHandler tcp = new StreamHandler(TransportType.TCP, table, dispatcher);
        StreamHandler tls = new StreamHandler(TransportType.TLS, table, dispatcher);
        DatagramHandler udp = new DatagramHandler(dispatcher);
        try {
            this.points = ListeningPoints.bind(b.listens,
                    new ListeningPoints.Binder(group, b.limits, b.tlsServer, udp, tcp, tls));
        } catch (RuntimeException e) {
            if (ownGroup) {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            }
            throw e;
        }
        points.flows().forEach(p -> LOG.info("Listening on {} {}", p.transport(), p.local()));
        this.sentByCheck = new SentByCheck(points.flows().stream().map(Flow::local).toList(),
                viaHost == null ? null : Host.parse(viaHost));
        dispatcher.sentByCheck(sentByCheck);
        this.connector = new Connector(group, b.limits, b.tlsClient, (int) b.connectTimeout.toMillis(), table, tcp, tls,
                points.flows());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One flow per bound socket; its remote is {@link #NO_REMOTE}. */
    public List<Flow> listeningPoints() {
        return points.flows();
    }

    /**
     * The bound address of the first listening point of transport {@code t} (for Via sent-by and Contact).
     *
     * @throws IllegalStateException if this stack does not listen on {@code t}
     */
    public InetSocketAddress localAddress(TransportType t) {
        InetSocketAddress a = points.localAddress(t);
        if (a == null) {
            throw new IllegalStateException("not listening on " + t);
        }
        return a;
    }

    /** True if this stack has a listening point of transport {@code t}. */
    public boolean listensOn(TransportType t) {
        return points.localAddress(t) != null;
    }

    /**
     * The Via this stack puts in its requests: {@code SIP/2.0/<T> host:port;branch=...;rport}. RFC 3261 §18.1.1:
     * "Before a request is sent, the client transport MUST insert a value of the "sent-by" field into the Via header
     * field." RFC 3581 §3: a client "MAY include an "rport" parameter in the top Via header field value of requests it
     * generates. This parameter MUST have no value". The host is the configured Via host, else the bound address.
     */
    public Via localVia(TransportType t, String branch) {
        return Via.of(t.viaName(), sentByHost(t), localAddress(t).getPort(), branch).withParameter("rport", null);
    }

    private String sentByHost(TransportType t) {
        return viaHost != null ? viaHost : IpAddresses.hostText(localAddress(t).getAddress());
    }

    /**
     * The transport a request goes over. RFC 3261 §18.1.1: "If a request is within 200 bytes of the path MTU, or if it
     * is larger than 1300 bytes and the path MTU is unknown, the request MUST be sent using an RFC 2914 [43]
     * congestion controlled transport protocol, such as TCP." See {@link TransportSelection}.
     */
    public Destination selectTransport(SipRequest request, Destination d) {
        return TransportSelection.select(request, d);
    }

    /**
     * Sends a request: {@link #selectTransport}, then, if the transport changed, the top Via is rewritten (RFC 3261
     * §18.1.1: "If this causes a change in the transport protocol from the one indicated in the top Via, the value in
     * the top Via MUST be changed."; a sent-by naming this stack's UDP socket becomes its TCP one), then
     * {@link #send}. An open connection to the destination is reused ("If a request is destined to an IP address,
     * port, and transport to which an existing connection is open, it is RECOMMENDED that this connection be used to
     * send the request").
     *
     * <p>"If an element sends a request over TCP because of these message size constraints, and that request would
     * have otherwise been sent over UDP, if the attempt to establish the connection generates either an ICMP Protocol
     * Not Supported, or results in a TCP reset, the element SHOULD retry the request, using UDP." A refused
     * connection is retried once over UDP with the original request.
     *
     * @return completes with the flow used; exceptionally with a {@link TransportException} when the connection
     *         cannot be opened or the write fails (ICMP errors on UDP are not observable on an unconnected socket)
     */
    public CompletableFuture<Flow> sendRequest(SipRequest request, Destination d) {
        Destination chosen = selectTransport(request, d);
        if (chosen.equals(d)) {
            return send(request, d);
        }
        SipRequest rewritten;
        try {
            rewritten = withTransport(request, chosen.transport());
        } catch (SipParseException e) {
            return failed(new TransportException("cannot rewrite the top Via for " + chosen.transport() + ": " + e, e));
        }
        LOG.debug("Request of {} bytes goes over {} instead of {} (RFC 3261 §18.1.1)", request.length(),
                chosen.transport(), d.transport());
        return send(rewritten, chosen).handle((flow, e) -> {
            if (e == null) {
                return CompletableFuture.completedFuture(flow);
            }
            if (isRefused(e)) {
                LOG.info("Connection to {} refused; retrying the request over UDP (RFC 3261 §18.1.1)", chosen);
                return send(request, d);
            }
            return SipTransportLayer.<Flow>failed(e);
        }).thenCompose(f -> f);
    }

    private SipRequest withTransport(SipRequest request, TransportType t) {
        Via top = request.topVia();
        if (top == null) {
            return request;
        }
        String sentBy = sentByCheck.isOwn(top) && listensOn(t) ? sentByHost(t) + ':' + localAddress(t).getPort()
                : top.sentBy();
        return ViaRewriting.replaceTop(request, ViaRewriting.with(top, t, sentBy));
    }

    private static boolean isRefused(Throwable e) {
        Throwable c = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        Throwable root = c.getCause() != null ? c.getCause() : c;
        return root instanceof ConnectException && !(root instanceof io.netty.channel.ConnectTimeoutException);
    }

    /**
     * Sends a response where RFC 3261 §18.2.2 and RFC 3581 §4 say (see {@link ResponseRouting}): over the request's
     * connection if it is still open, else to the route's destination (a new connection for TCP/TLS, to the received
     * address and sent-by port); over UDP from the socket the request arrived on. A maddr response goes to the maddr
     * address from the shared UDP socket: the multicast TTL of the route is not applied. When a sent-by host name must
     * be resolved, only its A/AAAA records are used (no RFC 3263 §5 SRV procedure).
     */
    public CompletableFuture<Flow> sendResponse(SipResponse response, Flow requestFlow) {
        if (closed.get()) {
            return failed(new TransportException("transport layer closed"));
        }
        ResponseRoute route;
        try {
            Via top = response.topVia();
            if (top == null) {
                return failed(new TransportException("response without a Via: nowhere to send it"));
            }
            route = ResponseRouting.route(top, requestFlow);
        } catch (SipParseException e) {
            return failed(new TransportException("response with a malformed top Via: " + e.getMessage(), e));
        }
        if (route.connection() != null) {
            Channel ch = table.open(route.connection());
            if (ch != null) {
                return ChannelWrites.stream(ch, route.connection().transport(), response);
            }
            LOG.debug("Connection {} is closed; sending the response to {} (RFC 3261 §18.2.2)", route.connection(),
                    route.destination());
        }
        if (route.destination().transport() == TransportType.UDP) {
            return ChannelWrites.resolve(route.destination().address())
                    .thenCompose(to -> ChannelWrites.datagram(points.datagramChannel(to, route.sendFrom()), response, to));
        }
        return send(response, route.destination());
    }

    /**
     * Sends a message as it is to {@code d}: no transport selection, no Via rewriting (ACKs, retransmissions,
     * forwarded messages). TCP and TLS reuse an open connection to {@code d}, else open one.
     */
    public CompletableFuture<Flow> send(SipMessage message, Destination d) {
        Objects.requireNonNull(message, "message");
        if (closed.get()) {
            return failed(new TransportException("transport layer closed"));
        }
        return ChannelWrites.resolve(d.address()).thenCompose(to -> {
            if (d.transport() == TransportType.UDP) {
                return ChannelWrites.datagram(points.datagramChannel(to, null), message, to);
            }
            Destination resolved = new Destination(d.transport(), to);
            return table.connection(resolved, connector::connect)
                    .thenCompose(ch -> ChannelWrites.stream(ch, d.transport(), message));
        });
    }

    private static <T> CompletableFuture<T> failed(Throwable e) {
        return CompletableFuture.failedFuture(e);
    }

    /** The number of open TCP and TLS connections. */
    public int connectionCount() {
        return table.size();
    }

    /** Closes every socket and connection, waiting a bounded time; shuts down the event loop group if it is its own. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<ChannelFuture> closing = new ArrayList<>();
        points.channels().forEach(ch -> closing.add(ch.close()));
        table.channels().forEach(ch -> closing.add(ch.close()));
        long deadline = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
        for (ChannelFuture f : closing) {
            f.awaitUninterruptibly(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        if (ownGroup) {
            group.shutdownGracefully(0, CLOSE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .awaitUninterruptibly(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        LOG.info("Transport layer closed: {}", points.flows());
    }

    /** Configures and binds a {@link SipTransportLayer}. */
    public static final class Builder {
        private final List<ListeningPoints.Spec> listens = new ArrayList<>();
        private TransportListener listener;
        private SipLimits limits = SipLimits.DEFAULT;
        private SslContext tlsServer;
        private SslContext tlsClient;
        private EventLoopGroup group;
        private String viaHost;
        private Duration connectTimeout = Duration.ofSeconds(5);

        private Builder() {
        }

        /** A listening point (repeatable). Port 0 binds an ephemeral port; {@link #localAddress} tells which. */
        public Builder listen(TransportType transport, InetSocketAddress address) {
            listens.add(new ListeningPoints.Spec(Objects.requireNonNull(transport, "transport"), Objects.requireNonNull(address, "address")));
            return this;
        }

        /** Receives what arrives; required. Called on event-loop threads. */
        public Builder listener(TransportListener l) {
            this.listener = l;
            return this;
        }

        public Builder limits(SipLimits l) {
            this.limits = Objects.requireNonNull(l, "limits");
            return this;
        }

        /** The server context of TLS listening points; required when listening on TLS. */
        public Builder tlsServer(SslContext ctx) {
            this.tlsServer = ctx;
            return this;
        }

        /** The client context of outgoing TLS connections; without it, sending over TLS fails. */
        public Builder tlsClient(SslContext ctx) {
            this.tlsClient = ctx;
            return this;
        }

        /** An event loop group to share (not shut down by {@link #close()}); by default the layer makes its own. */
        public Builder eventLoopGroup(EventLoopGroup g) {
            this.group = g;
            return this;
        }

        /** The host written into Via sent-by (an FQDN, RFC 3261 §18.1.1: "The usage of an FQDN is RECOMMENDED."). */
        public Builder viaHost(String host) {
            Host.parse(host);
            this.viaHost = host;
            return this;
        }

        /** How long opening a TCP connection may take (default 5 s). */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = Objects.requireNonNull(d, "connectTimeout");
            return this;
        }

        /**
         * Binds every listening point, waiting up to 10 s for each.
         *
         * @throws TransportException naming the address when a socket cannot be bound
         * @throws IllegalStateException when the configuration is incomplete
         */
        public SipTransportLayer build() {
            if (listener == null) {
                throw new IllegalStateException("a TransportListener is required");
            }
            if (tlsServer == null && listens.stream().anyMatch(l -> l.transport() == TransportType.TLS)) {
                throw new IllegalStateException("listening on TLS needs tlsServer(SslContext)");
            }
            if (tlsServer != null && !tlsServer.isServer() || tlsClient != null && !tlsClient.isClient()) {
                throw new IllegalStateException("tlsServer needs a server SslContext and tlsClient a client one");
            }
            boolean own = group == null;
            EventLoopGroup g = own ? new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory()) : group;
            return new SipTransportLayer(this, g, own);
        }
    }
}
