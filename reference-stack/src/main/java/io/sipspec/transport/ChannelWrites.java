package io.sipspec.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.socket.DatagramPacket;
import io.sipspec.message.SipMessage;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * Writes of one message to a channel, reported as a future of the {@link Flow} used, and name resolution off the
 * event loop. RFC 3261 §18.4: "If the transport user asks for a message to be sent over an unreliable transport, and
 * the result is an ICMP error, the behavior depends on the type of ICMP error." An unconnected Java UDP socket does
 * not observe ICMP errors, so a datagram write succeeds once the datagram is handed to the kernel.
 */
final class ChannelWrites {

    private ChannelWrites() {
    }

    /** A datagram from the UDP socket {@code ch} to {@code to}. */
    static CompletableFuture<Flow> datagram(Channel ch, SipMessage message, InetSocketAddress to) {
        if (ch == null) {
            return CompletableFuture.failedFuture(new TransportException("no UDP listening point to send to " + to + " from"));
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

    /** The message on the connection {@code ch}, of transport {@code transport}. */
    static CompletableFuture<Flow> stream(Channel ch, TransportType transport, SipMessage message) {
        Flow known = StreamHandler.flow(ch);
        Flow flow = known != null ? known : ConnectionTable.flowOf(transport, ch);
        CompletableFuture<Flow> out = new CompletableFuture<>();
        ch.writeAndFlush(message).addListener(f -> {
            if (f.isSuccess()) {
                out.complete(flow);
            } else {
                out.completeExceptionally(new TransportException("cannot write to " + flow + ": " + f.cause(), f.cause()));
            }
        });
        return out;
    }

    /** The address, resolved off the event loop when it is a host name (A/AAAA only; no RFC 3263 NAPTR/SRV). */
    static CompletableFuture<InetSocketAddress> resolve(InetSocketAddress a) {
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
}
