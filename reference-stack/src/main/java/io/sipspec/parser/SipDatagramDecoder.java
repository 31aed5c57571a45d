package io.sipspec.parser;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultAddressedEnvelope;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Decodes each {@link DatagramPacket} into one SIP message (RFC 3261 §18.3), emitted as an
 * {@code AddressedEnvelope<Object, InetSocketAddress>} whose content is a {@link io.sipspec.message.SipMessage}
 * or a {@link MalformedSipMessage}. Datagrams holding only CRLFs (keep-alives) are dropped.
 */
public final class SipDatagramDecoder extends MessageToMessageDecoder<DatagramPacket> {

    private final SipMessageParser parser;

    public SipDatagramDecoder(SipLimits limits) {
        super(DatagramPacket.class);
        this.parser = new SipMessageParser(limits);
    }

    public SipDatagramDecoder() {
        this(SipLimits.DEFAULT);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, DatagramPacket packet, List<Object> out) {
        ByteBuf buf = packet.content();
        if (isKeepAlive(buf)) {
            return;
        }
        // Leading CRLF are not part of the message (RFC 3261 §7.5: "ignore any CRLF appearing before the
        // start-line"): leave them out so that an error's position indexes the bytes reported with it.
        int start = buf.readerIndex();
        while (buf.getByte(start) == '\r' || buf.getByte(start) == '\n') {
            start++;
        }
        byte[] bytes = ByteBufUtil.getBytes(buf, start, buf.writerIndex() - start);
        Object decoded = decode(parser, bytes);
        out.add(new DefaultAddressedEnvelope<Object, InetSocketAddress>(decoded, packet.recipient(), packet.sender()));
    }

    /** The message in {@code bytes}, or a {@link MalformedSipMessage}; never throws. */
    static Object decode(SipMessageParser parser, byte[] bytes) {
        try {
            return parser.parseDatagram(bytes, 0, bytes.length);
        } catch (SipDecodeException e) {
            return new MalformedSipMessage(bytes, e);
        } catch (RuntimeException e) {
            // A bug of ours must not take the channel down either: report it as undecodable input.
            return new MalformedSipMessage(bytes, new SipDecodeException("internal decoder error: " + e, 0, 500));
        }
    }

    private static boolean isKeepAlive(ByteBuf buf) {
        for (int i = buf.readerIndex(); i < buf.writerIndex(); i++) {
            byte c = buf.getByte(i);
            if (c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }
}
