package io.sipspec.tester;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A peer on TCP: it listens on its address and accepts the device's connections, and it opens one connection per
 * destination the first time it sends there, then reuses it. A send to an address reuses any live connection with
 * it, so answering a request goes back on the connection it came in on (RFC 3261 §18.2.2).
 */
final class TcpPeer extends Peer {

    private final ServerSocketChannel server;
    private final InetSocketAddress address;
    private final Map<InetSocketAddress, TcpConnection> connections = new ConcurrentHashMap<>();

    TcpPeer(String name, InetSocketAddress bind, Traffic traffic) throws IOException {
        super(name, traffic);
        server = ServerSocketChannel.open();
        try {
            server.bind(bind);
            address = (InetSocketAddress) server.getLocalAddress();
        } catch (IOException e) {
            server.close();
            throw e;
        }
        daemon("tcp-accept", this::accept);
    }

    @Override
    public Transport transport() {
        return Transport.TCP;
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    @Override
    public void send(byte[] bytes, InetSocketAddress to) {
        try {
            TcpConnection c = connection(to);
            sent(new Sent(name(), traffic().now(), Transport.TCP, c.local(), to, bytes.clone()));
            c.write(bytes);
        } catch (IOException e) {
            throw sendFailed(to, e);
        }
    }

    private synchronized TcpConnection connection(InetSocketAddress to) throws IOException {
        TcpConnection existing = connections.get(to);
        if (existing != null) {
            return existing;
        }
        SocketChannel channel = SocketChannel.open();
        try {
            channel.bind(new InetSocketAddress(address.getAddress(), 0));
            channel.connect(to);
            return register(channel);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private TcpConnection register(SocketChannel channel) throws IOException {
        TcpConnection c = new TcpConnection(this, channel);
        connections.put(c.remote(), c);
        c.start();
        return c;
    }

    void forget(TcpConnection c) {
        connections.remove(c.remote(), c);
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel channel = server.accept();
                register(channel);
            } catch (IOException e) {
                // Closed by close(), or a connection that failed while being accepted: the loop condition decides.
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // Nothing left to release.
        }
        for (TcpConnection c : List.copyOf(connections.values())) {
            c.close();
        }
    }
}
