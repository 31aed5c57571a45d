package io.sipspec.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Identifiers;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.parser.SipLimits;
import io.sipspec.parser.SipMessageParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The transport layer against plain JDK sockets playing a foreign peer: response routing by received/rport
 * (RFC 3261 §18.2.2, RFC 3581 §4) when the Via lies, §18.1.2 discarding, malformed input, framing loss, and the
 * reopened connection of §18.2.2. Every socket read has a timeout.
 */
class RawSocketTransportTest {

    private static final long WAIT = RecordingListener.WAIT_SECONDS;
    private static final int TIMEOUT_MS = (int) TimeUnit.SECONDS.toMillis(WAIT);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final Layers layers = new Layers();
    private final RecordingListener events = new RecordingListener();

    @AfterEach
    void close() {
        layers.close();
    }

    private static DatagramSocket udpSocket() throws IOException {
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(Layers.V4, 0));
        s.setSoTimeout(TIMEOUT_MS);
        return s;
    }

    private static SipMessage receive(DatagramSocket s) throws IOException {
        DatagramPacket p = new DatagramPacket(new byte[65_535], 65_535);
        s.receive(p);
        return new SipMessageParser(SipLimits.DEFAULT).parseDatagram(p.getData(), 0, p.getLength());
    }

    private static void send(DatagramSocket s, byte[] bytes, InetSocketAddress to) throws IOException {
        s.send(new DatagramPacket(bytes, bytes.length, to));
    }

    @Test
    void responseFollowsReceivedAndRportWhenTheViaSentByIsWrong() throws Exception {
        SipTransportLayer server = layers.create(Layers.V4, events, TransportType.UDP);
        try (DatagramSocket client = udpSocket()) {
            // sent-by names neither the client's address nor its port: only received/rport can find it.
            send(client, TestMessages.optionsBytes("SIP/2.0/UDP 192.0.2.1:9;branch=z9hG4bKnat1;rport"),
                    server.localAddress(TransportType.UDP));
            RecordingListener.Received<SipRequest> in = events.request();
            Via top = in.message().topVia();
            assertEquals("127.0.0.1", top.received());
            assertEquals(client.getLocalPort(), top.rport());

            Flow out = server.sendResponse(in.message().createResponse(200).build(), in.flow()).get(WAIT, TimeUnit.SECONDS);
            assertEquals(new InetSocketAddress(LOOPBACK, client.getLocalPort()), out.remote());
            SipResponse response = (SipResponse) receive(client);
            assertEquals(200, response.statusCode());
            assertEquals("z9hG4bKnat1", response.topVia().branch());
            assertEquals(client.getLocalPort(), response.topVia().rport());
        }
    }

    @Test
    void responseFollowsReceivedWithTheSentByPortWithoutRport() throws Exception {
        SipTransportLayer server = layers.create(Layers.V4, events, TransportType.UDP);
        try (DatagramSocket client = udpSocket()) {
            send(client, TestMessages.optionsBytes("SIP/2.0/UDP 192.0.2.1:" + client.getLocalPort() + ";branch=z9hG4bKrcv1"),
                    server.localAddress(TransportType.UDP));
            RecordingListener.Received<SipRequest> in = events.request();
            assertEquals("127.0.0.1", in.message().topVia().received());
            assertFalse(in.message().topVia().hasRport());

            server.sendResponse(in.message().createResponse(486).build(), in.flow()).get(WAIT, TimeUnit.SECONDS);
            assertEquals(486, ((SipResponse) receive(client)).statusCode());
        }
    }

    @Test
    void aRequestFillingTheLargestDatagramIsReceivedWhole() throws Exception {
        // RFC 3261 §18.1.1: "However, implementations MUST be able to handle messages up to the maximum datagram packet
        // size. For UDP, this size is 65,535 bytes, including IP and UDP headers."
        SipTransportLayer server = layers.create(Layers.V4, events, TransportType.UDP);
        Via via = Via.parse("SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKbig1");
        // 65,507 bytes of UDP payload; the Content-Length of the small one has 1 digit, of the large one 5.
        int bodyBytes = 65_507 - (TestMessages.options(via, 1).toByteArray().length - 1 + 4);
        byte[] bytes = TestMessages.options(via, bodyBytes).toByteArray();
        assertTrue(bytes.length > 65_000 && bytes.length <= 65_507, "length " + bytes.length);
        try (DatagramSocket client = udpSocket()) {
            send(client, bytes, server.localAddress(TransportType.UDP));
            RecordingListener.Received<SipRequest> in = events.request();
            assertEquals("z9hG4bKbig1", in.message().topVia().branch());
            assertEquals(bodyBytes, in.message().body().length);
        }
    }

    @Test
    void responseWhoseSentByIsNotThisStacksIsDiscarded() throws Exception {
        SipTransportLayer stack = layers.create(Layers.V4, events, TransportType.UDP);
        InetSocketAddress own = stack.localAddress(TransportType.UDP);
        SipResponse foreign = TestMessages.options(Via.parse("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKforeign"))
                .createResponse(200).build();
        SipResponse ours = TestMessages.options(stack.localVia(TransportType.UDP, "z9hG4bKours")).createResponse(200).build();
        try (DatagramSocket peer = udpSocket()) {
            send(peer, foreign.toByteArray(), own);
            send(peer, ours.toByteArray(), own);
            // Datagrams from one socket are read in order: had the first not been dropped it would come first.
            assertEquals("z9hG4bKours", events.response().message().topVia().branch());
            assertTrue(events.noMessages());
        }
    }

    @Test
    void malformedDatagramGoesToMalformedReceived() throws Exception {
        SipTransportLayer stack = layers.create(Layers.V4, events, TransportType.UDP);
        try (DatagramSocket peer = udpSocket()) {
            send(peer, "this is not SIP\r\n\r\n".getBytes(StandardCharsets.US_ASCII), stack.localAddress(TransportType.UDP));
            RecordingListener.Received<MalformedSipMessage> m = events.malformed();
            assertEquals(new Flow(TransportType.UDP, stack.localAddress(TransportType.UDP),
                    new InetSocketAddress(LOOPBACK, peer.getLocalPort())), m.flow());
            assertEquals(400, m.message().cause().status());
        }
    }

    @Test
    void tcpMalformedHeadIsReportedAndClosesTheConnectionUnread() throws Exception {
        SipTransportLayer stack = layers.create(Layers.V4, events, TransportType.TCP);
        try (Socket s = new Socket(LOOPBACK, stack.localAddress(TransportType.TCP).getPort())) {
            s.setSoTimeout(TIMEOUT_MS);
            OutputStream out = s.getOutputStream();
            out.write("NOT A START LINE\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(TestMessages.optionsBytes("SIP/2.0/TCP 127.0.0.1:" + s.getLocalPort() + ";branch=z9hG4bKafter"));
            out.flush();
            RecordingListener.Received<MalformedSipMessage> m = events.malformed();
            assertEquals(400, m.message().cause().status());
            assertEquals(m.flow(), events.closed());
            assertEquals(-1, s.getInputStream().read(), "the server closed the connection");
            assertTrue(events.noMessages(), "nothing after the malformed head is taken for a message");
        }
    }

    @Test
    void tcpGarbageThatBreaksTheFramingClosesTheConnection() throws Exception {
        SipTransportLayer stack = layers.create(Layers.V4, events, new SipLimits(1024, 64, 4096), TransportType.TCP);
        try (Socket s = new Socket(LOOPBACK, stack.localAddress(TransportType.TCP).getPort())) {
            s.setSoTimeout(TIMEOUT_MS);
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 'g');
            s.getOutputStream().write(garbage);
            s.getOutputStream().flush();

            RecordingListener.Received<MalformedSipMessage> m = events.malformed();
            assertEquals(513, m.message().cause().status());
            assertEquals(m.flow(), events.closed());
            assertEquals(-1, s.getInputStream().read(), "the server closed the connection");
            assertEquals(0, stack.connectionCount());
        }
    }

    @Test
    void tcpBodyOverTheLimitClosesTheConnection() throws Exception {
        SipTransportLayer stack = layers.create(Layers.V4, events, new SipLimits(1024, 64, 4096), TransportType.TCP);
        try (Socket s = new Socket(LOOPBACK, stack.localAddress(TransportType.TCP).getPort())) {
            s.setSoTimeout(TIMEOUT_MS);
            String head = new String(TestMessages.optionsBytes("SIP/2.0/TCP 127.0.0.1;branch=z9hG4bKbig"),
                    StandardCharsets.US_ASCII).replace("Content-Length: 0", "Content-Length: 100000");
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            assertEquals(413, events.malformed().message().cause().status());
            events.closed();
            assertEquals(-1, s.getInputStream().read());
        }
    }

    @Test
    void responseOpensANewConnectionToReceivedAndSentByPortWhenTheRequestConnectionClosed() throws Exception {
        SipTransportLayer server = layers.create(Layers.V4, events, TransportType.TCP);
        try (ServerSocket clientListener = new ServerSocket(0, 1, LOOPBACK)) {
            clientListener.setSoTimeout(TIMEOUT_MS);
            String via = "SIP/2.0/TCP client.invalid:" + clientListener.getLocalPort() + ";branch=z9hG4bKreopen";
            try (Socket s = new Socket(LOOPBACK, server.localAddress(TransportType.TCP).getPort())) {
                s.getOutputStream().write(TestMessages.optionsBytes(via));
                s.getOutputStream().flush();
            }
            RecordingListener.Received<SipRequest> in = events.request();
            assertEquals(in.flow(), events.closed());

            Flow out = server.sendResponse(in.message().createResponse(200).build(), in.flow()).get(WAIT, TimeUnit.SECONDS);
            assertEquals(new InetSocketAddress(LOOPBACK, clientListener.getLocalPort()), out.remote());
            try (Socket accepted = clientListener.accept()) {
                accepted.setSoTimeout(TIMEOUT_MS);
                String text = readMessage(accepted.getInputStream());
                assertTrue(text.startsWith("SIP/2.0 200 OK\r\n"), text);
                assertTrue(text.contains("branch=z9hG4bKreopen"), text);
            }
        }
    }

    @Test
    void connectionRefusedFailsTheSendFuture() throws Exception {
        SipTransportLayer client = layers.create(Layers.V4, events, TransportType.TCP);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
            closedPort = s.getLocalPort();
        }
        SipRequest r = TestMessages.options(client.localVia(TransportType.TCP, Identifiers.newBranch()));
        ExecutionException e = assertThrows(ExecutionException.class, () -> client
                .sendRequest(r, new Destination(TransportType.TCP, new InetSocketAddress(LOOPBACK, closedPort)))
                .get(WAIT, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof TransportException, e.getCause().toString());
    }

    @Test
    void tlsWithoutAClientContextFailsTheSendFuture() throws Exception {
        SipTransportLayer noTls = SipTransportLayer.builder().listener(events)
                .listen(TransportType.TCP, new InetSocketAddress(Layers.V4, 0)).build();
        try (noTls) {
            SipRequest r = TestMessages.options(noTls.localVia(TransportType.TCP, Identifiers.newBranch()));
            ExecutionException e = assertThrows(ExecutionException.class, () -> noTls
                    .send(r, new Destination(TransportType.TLS, new InetSocketAddress(LOOPBACK, 5061))).get(WAIT, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof TransportException, e.getCause().toString());
        }
    }

    @Test
    void bindingATakenPortFailsNamingTheAddress() {
        SipTransportLayer first = layers.create(Layers.V4, events, TransportType.TCP);
        InetSocketAddress taken = first.localAddress(TransportType.TCP);
        TransportException e = assertThrows(TransportException.class, () -> SipTransportLayer.builder().listener(events)
                .listen(TransportType.TCP, taken).build());
        assertTrue(e.getMessage().contains(taken.toString()), e.getMessage());
    }

    /** One message of the stream: the head up to the blank line, then Content-Length bytes. */
    private static String readMessage(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        while (!buf.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            buf.write(c);
        }
        String head = buf.toString(StandardCharsets.US_ASCII);
        int cl = Integer.parseInt(head.replaceAll("(?s).*Content-Length: *(\\d+).*", "$1"));
        return head + new String(in.readNBytes(cl), StandardCharsets.US_ASCII);
    }
}
