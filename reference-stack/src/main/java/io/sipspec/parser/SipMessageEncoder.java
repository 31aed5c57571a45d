package io.sipspec.parser;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import io.sipspec.message.SipMessage;

/** Writes a {@link SipMessage}'s exact bytes, for stream transports. */
@ChannelHandler.Sharable
public final class SipMessageEncoder extends MessageToByteEncoder<SipMessage> {

    public SipMessageEncoder() {
        super(SipMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, SipMessage msg, ByteBuf out) {
        msg.writeTo(out);
    }
}
