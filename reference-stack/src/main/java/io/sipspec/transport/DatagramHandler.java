package io.sipspec.transport;

import io.netty.channel.AddressedEnvelope;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a UDP listening socket: each datagram decoded by {@link io.sipspec.parser.SipDatagramDecoder}
 * goes to the {@link Dispatcher} with its flow (this socket, the sender). Errors are logged and the socket stays open.
 */
@ChannelHandler.Sharable
final class DatagramHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DatagramHandler.class);

    private final Dispatcher dispatcher;

    DatagramHandler(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof AddressedEnvelope<?, ?> envelope && envelope.sender() instanceof InetSocketAddress sender) {
                Flow flow = new Flow(TransportType.UDP, (InetSocketAddress) ctx.channel().localAddress(), sender);
                dispatcher.dispatch(envelope.content(), flow);
            } else {
                LOG.warn("Unexpected object on {}: {}", ctx.channel(), msg);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // RFC 3261 §18.4: ICMP errors on an unconnected UDP socket are not reported to Java; anything else is logged.
        LOG.warn("Error on UDP socket {}", ctx.channel().localAddress(), cause);
    }
}
