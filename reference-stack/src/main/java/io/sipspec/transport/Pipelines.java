package io.sipspec.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.ssl.SslContext;
import io.sipspec.parser.SipDatagramDecoder;
import io.sipspec.parser.SipLimits;
import io.sipspec.parser.SipMessageEncoder;
import io.sipspec.parser.SipStreamDecoder;
import java.net.InetSocketAddress;

/**
 * The Netty pipelines of the three transports. UDP: {@link SipDatagramDecoder}, {@link DatagramHandler} (outgoing
 * datagrams are written as {@link io.netty.channel.socket.DatagramPacket}s). TCP: {@link SipStreamDecoder},
 * {@link SipMessageEncoder}, {@link StreamHandler}. TLS: the same behind an {@link io.netty.handler.ssl.SslHandler}
 * (RFC 3261 §26.2.1: "TLS provides transport-layer security over connection-oriented protocols (for the purposes
 * of this document, TCP)").
 */
final class Pipelines {

    private static final SipMessageEncoder ENCODER = new SipMessageEncoder();

    private Pipelines() {
    }

    static ChannelInitializer<Channel> datagram(SipLimits limits, DatagramHandler handler) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                ch.pipeline().addLast("sip-decoder", new SipDatagramDecoder(limits)).addLast("sip-handler", handler);
            }
        };
    }

    /**
     * A TCP or TLS connection's pipeline. {@code ssl} is null for TCP; {@code peer} is the server a client
     * connection goes to (for SNI and host name checks), null on an accepted connection.
     */
    static ChannelInitializer<Channel> stream(SipLimits limits, SslContext ssl, InetSocketAddress peer,
            StreamHandler handler) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                if (ssl != null) {
                    ch.pipeline().addLast("tls", peer == null ? ssl.newHandler(ch.alloc())
                            : ssl.newHandler(ch.alloc(), peer.getHostString(), peer.getPort()));
                }
                ch.pipeline().addLast("sip-decoder", new SipStreamDecoder(limits)).addLast("sip-encoder", ENCODER)
                        .addLast("sip-handler", handler);
            }
        };
    }
}
