package io.sipspec.proxy;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.SipMessageParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.function.Predicate;

/** A UA of the loopback tests: a plain UDP socket on 127.0.0.1 that sends messages and waits (bounded) for one. */
final class UdpEndpoint implements AutoCloseable {

    private static final int WAIT_MILLIS = 5000;

    private final DatagramSocket socket;
    private final SipMessageParser parser = new SipMessageParser();

    UdpEndpoint() {
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            socket.setSoTimeout(WAIT_MILLIS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** "127.0.0.1:port". */
    String hostPort() {
        return "127.0.0.1:" + port();
    }

    void send(SipMessage m, InetSocketAddress to) {
        byte[] b = m.toByteArray();
        try {
            socket.send(new DatagramPacket(b, b.length, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next message that matches, skipping others, within 5 s. */
    SipMessage expect(Predicate<SipMessage> which, String what) {
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
        while (System.nanoTime() < deadline) {
            byte[] buf = new byte[65535];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                break;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SipMessage m = parser.parseDatagram(p.getData(), p.getOffset(), p.getLength());
            if (which.test(m)) {
                return m;
            }
        }
        throw new AssertionError("no " + what + " within " + WAIT_MILLIS + " ms");
    }

    SipRequest request(String method) {
        return (SipRequest) expect(m -> m instanceof SipRequest r && r.isMethod(method), method);
    }

    SipResponse response(int status, String method) {
        return (SipResponse) expect(m -> m instanceof SipResponse r && r.statusCode() == status && r.cseq().method().equals(method),
                status + " to " + method);
    }

    @Override
    public void close() {
        socket.close();
    }
}
