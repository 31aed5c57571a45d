package io.sipspec.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.sipspec.parser.SipLimits;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bound sockets of a transport layer: UDP sockets and TCP/TLS server sockets, each with the {@link Flow} that
 * names it (remote {@link SipTransportLayer#NO_REMOTE}).
 *
 * <p>RFC 3261 §18.2.1: "For any port and interface that a server listens on for UDP, it MUST listen on that same port
 * and interface for TCP." So a UDP and a TCP point asked on the same address with port 0 share one ephemeral port:
 * TCP is bound first, then UDP on its port (a few tries, should that UDP port be taken).
 */
final class ListeningPoints {

    private static final Duration BIND_TIMEOUT = Duration.ofSeconds(10);

    /** A read buffer no UDP payload overflows (over IPv4 at most 65,507 bytes, over IPv6 65,527). */
    static final int MAX_DATAGRAM_BYTES = 65_535;

    private static final int TWIN_ATTEMPTS = 5;

    /** A socket to bind. */
    record Spec(TransportType transport, InetSocketAddress address) {
    }

    private final List<Flow> flows;
    private final List<Channel> channels;

    private ListeningPoints(List<Flow> flows, List<Channel> channels) {
        this.flows = flows;
        this.channels = channels;
    }

    /** Binds every spec, in order; on a failure closes what was bound and throws. */
    static ListeningPoints bind(List<Spec> specs, Binder binder) {
        Channel[] bound = new Channel[specs.size()];
        try {
            bindAll(specs, bound, binder);
        } catch (RuntimeException e) {
            for (Channel ch : bound) {
                if (ch != null) {
                    ch.close();
                }
            }
            throw e;
        }
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < bound.length; i++) {
            flows.add(new Flow(specs.get(i).transport(), (InetSocketAddress) bound[i].localAddress(),
                    SipTransportLayer.NO_REMOTE));
        }
        return new ListeningPoints(List.copyOf(flows), List.of(bound));
    }

    private static void bindAll(List<Spec> specs, Channel[] out, Binder binder) {
        int[] twin = twins(specs);
        for (int i = 0; i < specs.size(); i++) {
            if (out[i] != null) {
                continue;
            }
            if (twin[i] < 0) {
                out[i] = binder.bind(specs.get(i));
                continue;
            }
            int u = specs.get(i).transport() == TransportType.UDP ? i : twin[i];
            int t = twin[u];
            for (int attempt = 1; out[u] == null; attempt++) {
                out[t] = binder.bind(specs.get(t));
                int port = ((InetSocketAddress) out[t].localAddress()).getPort();
                try {
                    out[u] = binder.bind(new Spec(TransportType.UDP, new InetSocketAddress(specs.get(u).address().getAddress(), port)));
                } catch (TransportException e) {
                    out[t].close();
                    out[t] = null;
                    if (attempt == TWIN_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }

    /** For each UDP spec with port 0, the index of a TCP spec with the same address and port 0 (and back); else -1. */
    private static int[] twins(List<Spec> specs) {
        int[] twin = new int[specs.size()];
        Arrays.fill(twin, -1);
        for (int u = 0; u < specs.size(); u++) {
            Spec udp = specs.get(u);
            if (udp.transport() != TransportType.UDP || udp.address().getPort() != 0) {
                continue;
            }
            for (int t = 0; t < specs.size(); t++) {
                Spec c = specs.get(t);
                if (c.transport() == TransportType.TCP && twin[t] < 0 && c.address().equals(udp.address())) {
                    twin[u] = t;
                    twin[t] = u;
                    break;
                }
            }
        }
        return twin;
    }

    List<Flow> flows() {
        return flows;
    }

    List<Channel> channels() {
        return channels;
    }

    /** The bound address of the first point of transport {@code t}, or null. */
    InetSocketAddress localAddress(TransportType t) {
        for (Flow p : flows) {
            if (p.transport() == t) {
                return p.local();
            }
        }
        return null;
    }

    /**
     * The UDP socket to send from: the one bound to {@code from} if given (RFC 3581 §4: "The response MUST be sent
     * from the same address and port that the corresponding request was received on."), else one of the
     * destination's address family, else any; null without UDP sockets.
     */
    Channel datagramChannel(InetSocketAddress to, InetSocketAddress from) {
        Channel any = null;
        Channel family = null;
        boolean v6 = to.getAddress() instanceof Inet6Address;
        for (int i = 0; i < flows.size(); i++) {
            Flow p = flows.get(i);
            if (p.transport() != TransportType.UDP) {
                continue;
            }
            Channel ch = channels.get(i);
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

    /** Binds one socket with the pipelines of its transport, waiting a bounded time. */
    static final class Binder {
        private final EventLoopGroup group;
        private final SipLimits limits;
        private final SslContext tlsServer;
        private final DatagramHandler udp;
        private final StreamHandler tcp;
        private final StreamHandler tls;

        Binder(EventLoopGroup group, SipLimits limits, SslContext tlsServer, DatagramHandler udp, StreamHandler tcp,
                StreamHandler tls) {
            this.group = group;
            this.limits = limits;
            this.tlsServer = tlsServer;
            this.udp = udp;
            this.tcp = tcp;
            this.tls = tls;
        }

        /** @throws TransportException naming the address when the socket cannot be bound */
        Channel bind(Spec spec) {
            ChannelFuture f;
            InetAddress ip = spec.address().getAddress();
            if (spec.transport() == TransportType.UDP) {
                SocketProtocolFamily family = ip instanceof Inet6Address ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
                // RFC 3261 §18.1.1: "However, implementations MUST be able to handle messages up to the maximum datagram
                // packet size. For UDP, this size is 65,535 bytes, including IP and UDP headers." Netty reads 2,048
                // bytes of a datagram by default and drops the rest.
                f = new Bootstrap().group(group).channelFactory(() -> new NioDatagramChannel(family))
                        .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_DATAGRAM_BYTES))
                        .handler(Pipelines.datagram(limits, udp)).bind(spec.address());
            } else {
                boolean secure = spec.transport() == TransportType.TLS;
                f = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                        .childHandler(Pipelines.stream(limits, secure ? tlsServer : null, null, secure ? tls : tcp))
                        .bind(spec.address());
            }
            boolean done = f.awaitUninterruptibly(BIND_TIMEOUT.toMillis());
            if (!done || !f.isSuccess()) {
                f.channel().close();
                String why = done ? String.valueOf(f.cause()) : "no answer within " + BIND_TIMEOUT.toSeconds() + " s";
                throw new TransportException("cannot listen on " + spec.transport() + " " + spec.address() + ": " + why,
                        f.cause());
            }
            return f.channel();
        }
    }
}
