package io.sipspec.fault;

import io.sipspec.message.Identifiers;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import io.sipspec.parser.SipDecodeException;
import io.sipspec.parser.SipMessageParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A plain UDP socket playing the tester against a device: builds requests, sends them, and waits (bounded) for what
 * comes back, as bytes or decoded. Bytes that do not decode are not a message (a fault may make them so).
 */
final class ProbePeer implements AutoCloseable {

    private final DatagramSocket socket;
    private final SipMessageParser parser = new SipMessageParser();
    private InetSocketAddress device;

    /** Binds the socket; the device is named once it runs ({@link #device}). */
    ProbePeer() {
        try {
            this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void device(InetSocketAddress address) {
        this.device = address;
    }

    /** Another peer of the same device (a second downstream element behind a proxy); the caller closes it. */
    ProbePeer another() {
        ProbePeer p = new ProbePeer();
        p.device(device);
        return p;
    }

    /** Registers this peer's address as a contact of sip:bob@127.0.0.1 at the device (a proxy with its registrar). */
    boolean registerAsBob() {
        SipRequest register = request("REGISTER", "sip:" + deviceHostPort())
                .header("To", "<sip:bob@127.0.0.1>")
                .header("Call-ID", Identifiers.newCallId("127.0.0.1"))
                .header("Contact", "<sip:bob@127.0.0.1:" + port() + ">")
                .build();
        SipResponse r = exchange(register);
        return r != null && r.statusCode() == 200;
    }

    /** The next request of {@code method} within {@code millis}, or null. */
    SipRequest awaitRequest(String method, long millis) {
        return (SipRequest) await(m -> m instanceof SipRequest r && r.isMethod(method), millis);
    }

    /** The next response with {@code status} within {@code millis}, or null. */
    SipResponse awaitResponse(int status, long millis) {
        return (SipResponse) await(m -> m instanceof SipResponse r && r.statusCode() == status, millis);
    }

    /** Answers {@code request} with {@code status} (§8.2.6), with the extra header field rows {@code name, value...}. */
    void answer(SipRequest request, int status, String... headers) {
        SipResponse.Builder b = request.createResponse(status);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.addHeader(headers[i], headers[i + 1]);
        }
        send(b.build());
    }

    int port() {
        return socket.getLocalPort();
    }

    String deviceHostPort() {
        return "127.0.0.1:" + device.getPort();
    }

    /** A request to the device from this peer: new branch, From tag and Call-ID; To is the Request-URI. */
    SipRequest.Builder request(String method, String requestUri) {
        return SipRequest.builder(method, Uri.parse(requestUri))
                .header("Via", "SIP/2.0/UDP 127.0.0.1:" + port() + ";branch=" + Identifiers.newBranch())
                .header("Max-Forwards", "70")
                .header("From", "<sip:alice@127.0.0.1>;tag=" + Identifiers.newTag())
                .header("To", "<" + requestUri + ">")
                .header("Call-ID", Identifiers.newCallId("127.0.0.1"))
                .header("CSeq", "1 " + method);
    }

    /** A request to bob at the device. */
    SipRequest.Builder request(String method) {
        return request(method, "sip:bob@" + deviceHostPort());
    }

    void send(SipMessage m) {
        byte[] b = m.toByteArray();
        try {
            socket.send(new DatagramPacket(b, b.length, device));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the next datagram, or null if none arrives within {@code millis}. */
    byte[] receiveRaw(long millis) {
        byte[] buf = new byte[65535];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
            socket.setSoTimeout((int) Math.max(1, millis));
            socket.receive(p);
        } catch (SocketTimeoutException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.copyOfRange(buf, p.getOffset(), p.getOffset() + p.getLength());
    }

    /** The first decodable message matching {@code wanted} within {@code millis}, or null. */
    SipMessage await(Predicate<SipMessage> wanted, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return null;
            }
            byte[] raw = receiveRaw(left);
            if (raw == null) {
                return null;
            }
            SipMessage m = decode(raw);
            if (m != null && wanted.test(m)) {
                return m;
            }
        }
    }

    /** The first final response within 2 s, or null. */
    SipResponse finalResponse() {
        return (SipResponse) await(ProbePeer::isFinal, 2000);
    }

    /** Sends {@code r} and returns its final response, or null. */
    SipResponse exchange(SipRequest r) {
        send(r);
        return finalResponse();
    }

    /** The message {@code raw} holds, or null when it does not decode. */
    SipMessage decode(byte[] raw) {
        try {
            return parser.parseDatagram(raw, 0, raw.length);
        } catch (SipDecodeException e) {
            return null;
        }
    }

    static boolean isFinal(SipMessage m) {
        return m instanceof SipResponse r && r.statusCode() >= 200;
    }

    @Override
    public void close() {
        socket.close();
    }
}
