package io.sipspec.transport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.sipspec.parser.SipLimits;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Transport layers for the socket tests: all on loopback, ephemeral ports, one shared event loop group (injected, so
 * the layers leave it running), TLS contexts from a certificate made at test time. {@link #close()} closes them all.
 */
final class Layers implements AutoCloseable {

    static final String V4 = "127.0.0.1";
    static final String V6 = "::1";

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final List<SipTransportLayer> layers = new ArrayList<>();

    /** Made on first use only: TLS set-up is the slowest part of these tests. */
    private static final class Tls {
        static final TestTls CONTEXTS = make();

        private static TestTls make() {
            try {
                return new TestTls();
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the test certificate", e);
            }
        }
    }

    /** A layer listening on {@code host} with each transport given (all three when none is). */
    SipTransportLayer create(String host, TransportListener listener, SipLimits limits, TransportType... transports) {
        SipTransportLayer.Builder b = SipTransportLayer.builder().listener(listener).limits(limits).eventLoopGroup(group);
        List<TransportType> ts = transports.length == 0 ? List.of(TransportType.values()) : List.of(transports);
        for (TransportType t : ts) {
            b.listen(t, new InetSocketAddress(host, 0));
        }
        if (ts.contains(TransportType.TLS)) {
            b.tlsServer(Tls.CONTEXTS.server).tlsClient(Tls.CONTEXTS.client);
        }
        SipTransportLayer layer = b.build();
        layers.add(layer);
        return layer;
    }

    SipTransportLayer create(String host, TransportListener listener, TransportType... transports) {
        return create(host, listener, SipLimits.DEFAULT, transports);
    }

    /** Skips the calling test when the IPv6 loopback cannot be bound. */
    static void assumeAvailable(String host) {
        if (host.equals(V6)) {
            assumeTrue(ipv6Loopback(), "IPv6 is not available on this machine: cannot bind a socket to [::1]");
        }
    }

    private static boolean ipv6Loopback() {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(V6), 0))) {
            return s.getLocalPort() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        layers.forEach(SipTransportLayer::close);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
