package io.sipspec.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.sipspec.message.Host;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import io.sipspec.parser.SipLimits;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
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
 * any thread and never block; they report through their futures.
 *
 * <p>Connections stay open until the peer or {@link #close()} closes them (no idle timer).
 */
public final class SipTransportLayer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SipTransportLayer.class);
    private static final Duration BIND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    /** The remote address of a listening point's {@link Flow}: 0.0.0.0:0. */
    public static final InetSocketAddress NO_REMOTE = new InetSocketAddress(IpAddresses.literal("0.0.0.0"), 0);

    private final EventLoopGroup group;
    private final boolean ownGroup;
    private final List<Flow> points;
    private final List<Channel> listeningChannels;
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
        List<Flow> bound = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        try {
            for (Listen l : b.listens) {
                Channel ch = bind(l, b, udp, tcp, tls);
                channels.add(ch);
                bound.add(new Flow(l.transport(), (InetSocketAddress) ch.localAddress(), NO_REMOTE));
                LOG.info("Listening on {} {}", l.transport(), ch.localAddress());
            }
        } catch (RuntimeException e) {
            channels.forEach(Channel::close);
            if (ownGroup) {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            }
            throw e;
        }
        this.points = List.copyOf(bound);
        this.listeningChannels = List.copyOf(channels);
        this.sentByCheck = new SentByCheck(points.stream().map(Flow::local).toList(),
                viaHost == null ? null : Host.parse(viaHost));
        dispatcher.sentByCheck(sentByCheck);
        this.connector = new Connector(group, b.limits, b.tlsClient, (int) b.connectTimeout.toMillis(), table, tcp, tls,
                points);
    }

    public static Builder builder() {
        return new Builder();
    }

    private Channel bind(Listen l, Builder b, DatagramHandler udp, StreamHandler tcp, StreamHandler tls) {
        ChannelFuture f;
        if (l.transport() == TransportType.UDP) {
            SocketProtocolFamily family = l.address().getAddress() instanceof Inet6Address ? SocketProtocolFamily.INET6
                    : SocketProtocolFamily.INET;
            f = new Bootstrap().group(group).channelFactory(() -> new NioDatagramChannel(family))
                    .handler(Pipelines.datagram(b.limits, udp)).bind(l.address());
        } else {
            boolean secure = l.transport() == TransportType.TLS;
            f = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(Pipelines.stream(b.limits, secure ? b.tlsServer : null, null, secure ? tls : tcp))
                    .bind(l.address());
        }
        boolean done = f.awaitUninterruptibly(BIND_TIMEOUT.toMillis());
        if (!done || !f.isSuccess()) {
            f.channel().close();
            String why = done ? String.valueOf(f.cause()) : "no answer within " + BIND_TIMEOUT.toSeconds() + " s";
            throw new TransportException("cannot listen on " + l.transport() + " " + l.address() + ": " + why, f.cause());
        }
        return f.channel();
    }

    /** One flow per bound socket; its remote is {@link #NO_REMOTE}. */
    public List<Flow> listeningPoints() {
        return points;
    }

    /**
     * The bound address of the first listening point of transport {@code t} (for Via sent-by and Contact).
     *
     * @throws IllegalStateException if this stack does not listen on {@code t}
     */
    public InetSocketAddress localAddress(TransportType t) {
        for (Flow p : points) {
            if (p.transport() == t) {
                return p.local();
            }
        }
        throw new IllegalStateException("not listening on " + t);
    }

    /** True if this stack has a listening point of transport {@code t}. */
    public boolean listensOn(TransportType t) {
        return points.stream().anyMatch(p -> p.transport() == t);
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
     * connection if it is still open, else to the route's destination; over UDP from the socket the request arrived on.
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
                return write(ch, response);
            }
            LOG.debug("Connection {} is closed; sending the response to {} (RFC 3261 §18.2.2)", route.connection(),
                    route.destination());
        }
        if (route.destination().transport() == TransportType.UDP) {
            return resolve(route.destination().address())
                    .thenCompose(to -> sendDatagram(response, datagramChannel(to, route.sendFrom()), to));
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
        return resolve(d.address()).thenCompose(to -> {
            if (d.transport() == TransportType.UDP) {
                return sendDatagram(message, datagramChannel(to, null), to);
            }
            Destination resolved = new Destination(d.transport(), to);
            return table.connection(resolved, connector::connect).thenCompose(ch -> write(ch, message));
        });
    }

    private CompletableFuture<Flow> sendDatagram(SipMessage message, Channel ch, InetSocketAddress to) {
        if (ch == null) {
            return failed(new TransportException("no UDP listening point to send to " + to + " from"));
        }
        Flow flow = new Flow(TransportType.UDP, (InetSocketAddress) ch.localAddress(), to);
        CompletableFuture<Flow> out = new CompletableFuture<>();
        ch.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(message.toByteArray()), to)).addListener(f -> {
            if (f.isSuccess()) {
                out.complete(flow);
            } else {
                out.completeExceptionally(new TransportException("cannot send to " + flow + ": " + f.cause(), f.cause()));
            }
        });
        return out;
    }

    private static CompletableFuture<Flow> write(Channel ch, SipMessage message) {
        CompletableFuture<Flow> out = new CompletableFuture<>();
        ch.writeAndFlush(message).addListener(f -> {
            Flow flow = StreamHandler.flow(ch);
            if (f.isSuccess()) {
                out.complete(flow);
            } else {
                out.completeExceptionally(new TransportException("cannot write to " + flow + ": " + f.cause(), f.cause()));
            }
        });
        return out;
    }

    /**
     * The UDP socket to send from: the one bound to {@code from} if given (RFC 3581 §4), else one of the destination's
     * address family, else any.
     */
    private Channel datagramChannel(InetSocketAddress to, InetSocketAddress from) {
        Channel any = null;
        Channel family = null;
        boolean v6 = to.getAddress() instanceof Inet6Address;
        for (int i = 0; i < points.size(); i++) {
            Flow p = points.get(i);
            if (p.transport() != TransportType.UDP) {
                continue;
            }
            Channel ch = listeningChannels.get(i);
            if (p.local().equals(from)) {
                return ch;
            }
            any = any == null ? ch : any;
            if (family == null && (p.local().getAddress() instanceof Inet6Address) == v6) {
                family = ch;
            }
        }
        return family != null ? family : any;
    }

    /** The address, resolved off the event loop when it is a host name (A/AAAA only; no RFC 3263 NAPTR/SRV). */
    private static CompletableFuture<InetSocketAddress> resolve(InetSocketAddress a) {
        if (!a.isUnresolved()) {
            return CompletableFuture.completedFuture(a);
        }
        return CompletableFuture.supplyAsync(() -> {
            InetSocketAddress r = new InetSocketAddress(a.getHostString(), a.getPort());
            if (r.isUnresolved()) {
                throw new TransportException("cannot resolve " + a.getHostString());
            }
            return r;
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
        listeningChannels.forEach(ch -> closing.add(ch.close()));
        table.channels().forEach(ch -> closing.add(ch.close()));
        long deadline = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
        for (ChannelFuture f : closing) {
            f.awaitUninterruptibly(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        if (ownGroup) {
            group.shutdownGracefully(0, CLOSE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .awaitUninterruptibly(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        LOG.info("Transport layer closed: {}", points);
    }

    private record Listen(TransportType transport, InetSocketAddress address) {
    }

    /** Configures and binds a {@link SipTransportLayer}. */
    public static final class Builder {
        private final List<Listen> listens = new ArrayList<>();
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
            listens.add(new Listen(Objects.requireNonNull(transport, "transport"), Objects.requireNonNull(address, "address")));
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
