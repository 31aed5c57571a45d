package io.sipspec.tester;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;

/** A peer on UDP: one datagram sent per {@link #send}, one {@link Received} per datagram received (RFC 3261 §18.3). */
final class UdpPeer extends Peer {

    /** The largest UDP payload; RFC 3261 §18.1.1 messages near it are legal, if unwise. */
    private static final int MAX_DATAGRAM = 65_535;

    private final DatagramChannel channel;
    private final InetSocketAddress address;

    UdpPeer(String name, InetSocketAddress bind, Traffic traffic) throws IOException {
        super(name, traffic);
        channel = DatagramChannel.open();
        try {
            channel.bind(bind);
            address = (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        daemon("udp", this::receive);
    }

    @Override
    public Transport transport() {
        return Transport.UDP;
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    @Override
    public void send(byte[] bytes, InetSocketAddress to) {
        sent(new Sent(name(), traffic().now(), Transport.UDP, address, to, bytes.clone()));
        try {
            channel.send(ByteBuffer.wrap(bytes), to);
        } catch (IOException e) {
            throw sendFailed(to, e);
        }
    }

    private void receive() {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
        while (channel.isOpen()) {
            try {
                buffer.clear();
                InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
                long at = traffic().now();
                byte[] bytes = Arrays.copyOf(buffer.array(), buffer.position());
                received(Received.of(name(), at, Transport.UDP, address, from, bytes, Decoding.datagram(bytes)));
            } catch (IOException e) {
                // Closed by close(), or a transient error (e.g. an ICMP report): the loop condition decides.
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing left to release.
        }
    }
}
