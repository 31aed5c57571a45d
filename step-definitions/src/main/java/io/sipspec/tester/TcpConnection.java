package io.sipspec.tester;

import io.sipspec.message.SipMessage;
import io.sipspec.parser.MalformedSipMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * One TCP connection of a {@link TcpPeer}, opened by either side. A reader thread frames what arrives (RFC 3261
 * §18.3) into the peer's mailbox and reports the other side closing it; writes are whole and serialized.
 */
final class TcpConnection {

    private static final int READ_BUFFER = 16_384;

    private final TcpPeer peer;
    private final SocketChannel channel;
    private final InetSocketAddress local;
    private final InetSocketAddress remote;
    private final StreamFraming framing = new StreamFraming();
    private volatile boolean closing;

    TcpConnection(TcpPeer peer, SocketChannel channel) throws IOException {
        this.peer = peer;
        this.channel = channel;
        this.local = (InetSocketAddress) channel.getLocalAddress();
        this.remote = (InetSocketAddress) channel.getRemoteAddress();
    }

    InetSocketAddress local() {
        return local;
    }

    InetSocketAddress remote() {
        return remote;
    }

    void start() {
        peer.daemon("tcp-" + remote.getPort(), this::read);
    }

    synchronized void write(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    private void read() {
        byte[] buffer = new byte[READ_BUFFER];
        ByteBuffer wrapped = ByteBuffer.wrap(buffer);
        String how = "closed";
        try {
            while (true) {
                wrapped.clear();
                int n = channel.read(wrapped);
                if (n < 0) {
                    break;
                }
                long at = peer.traffic().now();
                for (Object framed : framing.feed(buffer, n)) {
                    Object decoded = Decoding.strict(framed);
                    byte[] raw = decoded instanceof SipMessage m ? m.toByteArray() : ((MalformedSipMessage) decoded).raw();
                    peer.received(Received.of(peer.name(), at, Transport.TCP, local, remote, raw, decoded));
                }
                if (framing.unframed() > 0) {
                    peer.mailbox().unframed(new Unframed(at, remote, framing.unframed(), framing.unframedHead()));
                }
            }
        } catch (IOException e) {
            how = String.valueOf(e.getMessage());
        } finally {
            framing.close();
            peer.forget(this);
            if (!closing) {
                peer.closedByRemote(new Closed(peer.name(), peer.traffic().now(), Transport.TCP, local, remote, how));
            }
            close();
        }
    }

    void close() {
        closing = true;
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing left to release.
        }
    }
}
