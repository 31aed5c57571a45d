package io.sipspec.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.parser.SipStreamDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a TCP or TLS connection, accepted or opened: enters the connection in the
 * {@link ConnectionTable} when it becomes active, hands decoded messages to the {@link Dispatcher}, reports the close
 * ({@link TransportListener#flowClosed}), and closes a connection whose framing is lost.
 *
 * <p>RFC 3261 §18.3: "In the case of stream-oriented transports such as TCP, the Content-Length header field
 * indicates the size of the body." Once {@link SipStreamDecoder} has given up on the stream
 * ({@link SipStreamDecoder#framingLost()}: a malformed head, a missing, unreadable or too large Content-Length, a head
 * beyond the limits), where the next message starts is unknown: the decoder discards the rest and this handler,
 * after handing the malformed message to the listener, closes the connection.
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

    /** Names the connection by its flow and enters it in the table; idempotent. Returns the flow. */
    static Flow register(TransportType transport, Channel ch, ConnectionTable table) {
        Flow flow = ConnectionTable.flowOf(transport, ch);
        Flow before = ch.attr(FLOW).setIfAbsent(flow);
        table.add(flow, ch);
        if (before == null) {
            LOG.debug("Connection open: {}", flow);
        }
        return flow;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        register(transport, ctx.channel(), table);
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Flow flow = flow(ctx.channel());
        dispatcher.dispatch(msg, flow);
        if (msg instanceof MalformedSipMessage m && framingLost(ctx)) {
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

    private static boolean framingLost(ChannelHandlerContext ctx) {
        SipStreamDecoder decoder = ctx.pipeline().get(SipStreamDecoder.class);
        return decoder == null || decoder.framingLost();
    }
}
