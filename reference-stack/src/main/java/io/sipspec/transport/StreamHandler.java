package io.sipspec.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import io.sipspec.parser.MalformedSipMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a TCP or TLS connection, accepted or opened: enters the connection in the
 * {@link ConnectionTable} when it becomes active, hands decoded messages to the {@link Dispatcher}, reports the close
 * ({@link TransportListener#flowClosed}), and closes a connection whose framing is lost.
 *
 * <p>RFC 3261 §18.3: "In the case of stream-oriented transports such as TCP, the Content-Length header field
 * indicates the size of the body." When the head or the body is too large to be read (status 513 or 413 from
 * {@link io.sipspec.parser.SipStreamDecoder}), or the decoder itself failed (500), the next message cannot be
 * found: the decoder discards the rest and this handler closes the connection.
 */
@ChannelHandler.Sharable
final class StreamHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(StreamHandler.class);
    static final AttributeKey<Flow> FLOW = AttributeKey.valueOf("io.sipspec.transport.flow");

    private final TransportType transport;
    private final ConnectionTable table;
    private final Dispatcher dispatcher;

    StreamHandler(TransportType transport, ConnectionTable table, Dispatcher dispatcher) {
        this.transport = transport;
        this.table = table;
        this.dispatcher = dispatcher;
    }

    /** The flow of a connection, set when it became active. */
    static Flow flow(Channel ch) {
        return ch.attr(FLOW).get();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        Flow flow = ConnectionTable.flowOf(transport, ctx.channel());
        ctx.channel().attr(FLOW).set(flow);
        table.add(flow, ctx.channel());
        LOG.debug("Connection open: {}", flow);
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Flow flow = flow(ctx.channel());
        dispatcher.dispatch(msg, flow);
        if (msg instanceof MalformedSipMessage m && framingLost(m.cause().status())) {
            LOG.info("Closing {}: the stream cannot be framed any more ({})", flow, m.cause().getMessage());
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        Flow flow = flow(ctx.channel());
        if (flow != null) {
            LOG.debug("Connection closed: {}", flow);
            dispatcher.flowClosed(flow);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.info("Closing {} after an error: {}", flow(ctx.channel()), cause.toString());
        ctx.close();
    }

    /** 413 and 513: a body or head beyond the limits, not buffered; 500: the decoder failed. All leave it FAILED. */
    static boolean framingLost(int status) {
        return status == 413 || status == 513 || status == 500;
    }
}
