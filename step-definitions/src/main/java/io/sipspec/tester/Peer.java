package io.sipspec.tester;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/**
 * A named tester endpoint (alice, bob, a registrar, a proxy...) bound to its own address and port. It sends bytes
 * exactly as given, malformed ones included, and puts everything it receives, retransmissions included, in its
 * {@link Mailbox} with a timestamp. Both directions go to the scenario's {@link Traffic} log.
 *
 * <p>The peer frames and parses with the message layer only; there is no transaction layer here, so nothing is
 * retransmitted, absorbed or answered on the tester's behalf.
 */
public abstract sealed class Peer implements AutoCloseable permits UdpPeer, TcpPeer {

    /** The default host a peer binds: the loopback address. */
    public static final String LOOPBACK = "127.0.0.1";

    private final String name;
    private final Traffic traffic;
    private final Mailbox mailbox;

    Peer(String name, Traffic traffic) {
        this.name = name;
        this.traffic = traffic;
        this.mailbox = new Mailbox(traffic);
    }

    /**
     * Binds a peer; port 0 picks a free one.
     *
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static Peer open(String name, Transport transport, InetSocketAddress bind, Traffic traffic) {
        try {
            return switch (transport) {
                case UDP -> new UdpPeer(name, bind, traffic);
                case TCP -> new TcpPeer(name, bind, traffic);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(name + " cannot bind " + transport + " " + bind + ": " + e.getMessage(), e);
        }
    }

    /** Binds a peer on a free port of {@link #LOOPBACK}. */
    public static Peer open(String name, Transport transport, Traffic traffic) {
        return open(name, transport, new InetSocketAddress(LOOPBACK, 0), traffic);
    }

    public String name() {
        return name;
    }

    public abstract Transport transport();

    /** The bound address: where the device reaches this peer. */
    public abstract InetSocketAddress address();

    public Mailbox mailbox() {
        return mailbox;
    }

    /** This peer's addresses for a template addressed to {@code sut}. */
    public Endpoints endpoints(InetSocketAddress sut) {
        return new Endpoints(address(), sut, transport());
    }

    /**
     * Sends {@code bytes} unchanged to {@code to}: one datagram, or written to the TCP connection with {@code to}
     * (the one the device opened, or one this peer opens and then reuses). The {@link Sent} record is logged just
     * before the bytes go to the socket, so that it precedes their reception in the {@link Traffic} log.
     *
     * @throws UncheckedIOException if the bytes cannot be sent (e.g. the device refuses the connection)
     */
    public abstract void send(byte[] bytes, InetSocketAddress to);

    /** Stops receiving and releases the address. Closing is not reported as a close by the other side. */
    @Override
    public abstract void close();

    final Traffic traffic() {
        return traffic;
    }

    final void sent(Sent s) {
        traffic.record(s);
    }

    final void received(Received r) {
        traffic.record(r);
        mailbox.deliver(r);
    }

    final void closedByRemote(Closed c) {
        traffic.record(c);
        mailbox.closed(c);
    }

    final UncheckedIOException sendFailed(InetSocketAddress to, IOException e) {
        return new UncheckedIOException(name + " could not send to " + Mailbox.address(to) + " over " + transport() + ": "
                + e.getMessage(), e);
    }

    final Thread daemon(String role, Runnable body) {
        Thread t = new Thread(body, "tester-" + name + "-" + role);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public String toString() {
        return name + " (" + transport() + " " + Mailbox.address(address()) + ")";
    }
}
