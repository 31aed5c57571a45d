package io.sipspec.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.sipspec.parser.SipLimits;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Opens client connections (TCP, or TLS over TCP) for the transport layer. A connection leaves from the bound address
 * of this stack's listening point of the same transport and address family (ephemeral port), so that its source
 * address is the one the Via names. For TLS the future completes when the handshake has.
 */
final class Connector {

    private final EventLoopGroup group;
    private final SipLimits limits;
    private final SslContext tlsClient;
    private final int connectTimeoutMillis;
    private final ConnectionTable table;
    private final StreamHandler tcpHandler;
    private final StreamHandler tlsHandler;
    private final List<Flow> listeningPoints;

    Connector(EventLoopGroup group, SipLimits limits, SslContext tlsClient, int connectTimeoutMillis,
            ConnectionTable table, StreamHandler tcpHandler, StreamHandler tlsHandler, List<Flow> listeningPoints) {
        this.group = group;
        this.limits = limits;
        this.tlsClient = tlsClient;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.table = table;
        this.tcpHandler = tcpHandler;
        this.tlsHandler = tlsHandler;
        this.listeningPoints = listeningPoints;
    }

    CompletableFuture<Channel> connect(Destination d) {
        CompletableFuture<Channel> out = new CompletableFuture<>();
        boolean tls = d.transport() == TransportType.TLS;
        if (tls && tlsClient == null) {
            out.completeExceptionally(new TransportException("no TLS client context configured: cannot connect to " + d));
            return out;
        }
        Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
                .handler(Pipelines.stream(limits, tls ? tlsClient : null, d.address(), tls ? tlsHandler : tcpHandler));
        InetAddress local = localAddressFor(d);
        if (local != null) {
            b.localAddress(new InetSocketAddress(local, 0));
        }
        ChannelFuture cf = b.connect(d.address());
        cf.addListener(f -> {
            if (!f.isSuccess()) {
                out.completeExceptionally(new TransportException("cannot connect to " + d + ": " + f.cause(), f.cause()));
                return;
            }
            Channel ch = cf.channel();
            StreamHandler.register(d.transport(), ch, table);
            if (!tls) {
                out.complete(ch);
                return;
            }
            ch.pipeline().get(SslHandler.class).handshakeFuture().addListener(h -> {
                if (h.isSuccess()) {
                    out.complete(ch);
                } else {
                    ch.close();
                    out.completeExceptionally(new TransportException("TLS handshake with " + d + " failed: " + h.cause(),
                            h.cause()));
                }
            });
        });
        return out;
    }

    /** The specific address this stack listens on for the transport, in the destination's family and scope; else null. */
    private InetAddress localAddressFor(Destination d) {
        InetAddress to = d.address().getAddress();
        boolean v6 = to instanceof Inet6Address;
        for (Flow p : listeningPoints) {
            InetAddress a = p.local().getAddress();
            if (p.transport() == d.transport() && (a instanceof Inet6Address) == v6 && !a.isAnyLocalAddress()
                    && a.isLoopbackAddress() == to.isLoopbackAddress()) {
                return a;
            }
        }
        return null;
    }
}
