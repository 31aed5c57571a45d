package io.sipspec.server;

import io.sipspec.message.Identifiers;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import io.sipspec.parser.SipMessageParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A plain UDP socket that plays the client of the tests: builds requests, sends them, waits (bounded) for answers. */
final class UdpPeer implements AutoCloseable {

    private static final int WAIT_MILLIS = 5000;

    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private final SipMessageParser parser = new SipMessageParser();

    UdpPeer(InetSocketAddress server) {
        this.server = server;
        try {
            this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            socket.setSoTimeout(WAIT_MILLIS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** A request from this peer: new branch, From tag and Call-ID; To is {@code to}. */
    SipRequest.Builder request(String method, String requestUri, String to) {
        return SipRequest.builder(method, Uri.parse(requestUri))
                .header("Via", "SIP/2.0/UDP 127.0.0.1:" + port() + ";branch=" + Identifiers.newBranch() + ";rport")
                .header("Max-Forwards", "70")
                .header("From", "<" + to + ">;tag=" + Identifiers.newTag())
                .header("To", "<" + to + ">")
                .header("Call-ID", Identifiers.newCallId("127.0.0.1"))
                .header("CSeq", "1 " + method);
    }

    void send(SipMessage m) {
        send(m.toByteArray());
    }

    void send(String wire) {
        send(wire.getBytes(StandardCharsets.UTF_8));
    }

    private void send(byte[] b) {
        try {
            socket.send(new DatagramPacket(b, b.length, server));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next final response to a request with this top Via branch and CSeq method, waiting at most 5 s. */
    SipResponse finalResponse(String branch, String method) {
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
        while (System.nanoTime() < deadline) {
            SipResponse r = receive();
            if (r.isFinal() && branch.equals(r.topVia().branch()) && method.equals(r.cseq().method())) {
                return r;
            }
        }
        throw new AssertionError("no final response to " + method + " " + branch + " within " + WAIT_MILLIS + " ms");
    }

    /** Sends {@code r} and returns its final response. */
    SipResponse exchange(SipRequest r) {
        send(r);
        return finalResponse(r.topVia().branch(), r.method());
    }

    /** The next response received, whatever it answers, waiting at most 5 s. */
    SipResponse receive() {
        byte[] buf = new byte[65535];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
            socket.receive(p);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("nothing received within " + WAIT_MILLIS + " ms");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (SipResponse) parser.parseDatagram(p.getData(), p.getOffset(), p.getLength());
    }

    @Override
    public void close() {
        socket.close();
    }
}
