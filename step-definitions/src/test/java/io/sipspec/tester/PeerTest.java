package io.sipspec.tester;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PeerTest {

    private static final Duration WAIT = Duration.ofSeconds(1);

    /** Every reading moves the clock by 1 ms, so that the order of events shows in their timestamps. */
    private final FakeClock clock = new FakeClock(Duration.ofMillis(1));
    private final Traffic traffic = new Traffic(clock);
    private Peer alice;
    private Peer bob;

    @AfterEach
    void close() {
        if (alice != null) {
            alice.close();
        }
        if (bob != null) {
            bob.close();
        }
    }

    private void open(Transport transport) {
        alice = Peer.open("alice", transport, traffic);
        bob = Peer.open("bob", transport, traffic);
    }

    private static byte[] options(int cseq) {
        return ("OPTIONS sip:bob@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1;branch=z9hG4bK" + cseq + "\r\n"
                + "Call-ID: c\r\nCSeq: " + cseq + " OPTIONS\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void messagesArriveByteExactWithTheirAddresses(Transport transport) {
        open(transport);
        byte[] bytes = options(1);
        alice.send(bytes, bob.address());
        Received r = bob.mailbox().expect(m -> m.isRequest("OPTIONS"), WAIT, "bob receives OPTIONS");
        assertArrayEquals(bytes, r.raw());
        assertEquals("OPTIONS sip:bob@127.0.0.1 SIP/2.0", r.startLine());
        assertEquals("bob", r.peer());
        assertEquals(transport, r.transport());
        assertEquals(bob.address(), r.local());
        assertEquals(alice.address().getAddress(), r.remote().getAddress());
        if (transport == Transport.UDP) {
            assertEquals(alice.address(), r.remote());
        }
    }

    @Test
    void aMalformedDatagramIsDeliveredRaw() {
        open(Transport.UDP);
        byte[] garbage = "INVITE\0 sip:x SIP/2.0\r\n\r\n\u0001".getBytes(StandardCharsets.UTF_8);
        alice.send(garbage, bob.address());
        Received r = bob.mailbox().expect(m -> true, WAIT, "bob receives the garbage");
        assertTrue(r.isMalformed());
        assertArrayEquals(garbage, r.raw());
    }

    @Test
    void aMalformedStreamMessageIsDeliveredAsFramed() {
        open(Transport.TCP);
        byte[] garbage = "NOT SIP AT ALL\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        alice.send(garbage, bob.address());
        Received r = bob.mailbox().expect(m -> true, WAIT, "bob receives the garbage");
        assertTrue(r.isMalformed());
        assertArrayEquals(garbage, r.raw());
    }

    @Test
    void tcpFramesSeveralMessagesOfOneWriteAndAnswersOnTheSameConnection() {
        open(Transport.TCP);
        byte[] one = options(1);
        byte[] two = options(2);
        byte[] both = new byte[one.length + two.length];
        System.arraycopy(one, 0, both, 0, one.length);
        System.arraycopy(two, 0, both, one.length, two.length);
        alice.send(both, bob.address());
        Received first = bob.mailbox().expect(m -> m.isRequest("OPTIONS"), WAIT, "bob receives OPTIONS 1");
        Received second = bob.mailbox().expect(m -> m.isRequest("OPTIONS"), WAIT, "bob receives OPTIONS 2");
        assertArrayEquals(one, first.raw());
        assertArrayEquals(two, second.raw());

        byte[] ok = "SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        bob.send(ok, first.remote());
        Received answer = alice.mailbox().expect(m -> m.isResponse(200), WAIT, "alice receives 200");
        // Alice's connection ends at bob's listening address: the answer came back on it.
        assertEquals(bob.address(), answer.remote());
        assertArrayEquals(ok, answer.raw());
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theTrafficLogHasEverySendBeforeItsReceptionInTimeOrder(Transport transport) {
        open(transport);
        for (int i = 1; i <= 3; i++) {
            alice.send(options(i), bob.address());
            bob.mailbox().expect(m -> m.isRequest("OPTIONS"), WAIT, "bob receives OPTIONS " + i);
        }
        List<TrafficEvent> events = traffic.events();
        assertEquals(6, events.size());
        for (int i = 0; i < 6; i += 2) {
            Sent s = assertInstanceOf(Sent.class, events.get(i));
            Received r = assertInstanceOf(Received.class, events.get(i + 1));
            assertArrayEquals(s.bytes(), r.raw());
            assertTrue(s.nanos() < r.nanos());
        }
        for (int i = 1; i < 6; i++) {
            assertTrue(events.get(i - 1).nanos() < events.get(i).nanos(), "timestamps ordered");
        }
    }

    @Test
    void aConnectionClosedByTheDeviceIsReportedInTheFailure() throws IOException {
        FakeClock still = new FakeClock();
        Traffic quiet = new Traffic(still);
        alice = Peer.open("alice", Transport.TCP, quiet);
        try (ServerSocket device = new ServerSocket(0, 1, alice.address().getAddress())) {
            InetSocketAddress deviceAddress = new InetSocketAddress(device.getInetAddress(), device.getLocalPort());
            alice.send(options(1), deviceAddress);
            device.accept().close();
            Closed c = alice.mailbox().expectClose(WAIT, "the device closes the connection");
            assertEquals(deviceAddress, c.remote());
            ExpectationFailed e = assertThrows(ExpectationFailed.class,
                    () -> alice.mailbox().expect(m -> m.isResponse(200), Duration.ofMillis(200), "alice receives 200"));
            assertEquals("alice receives 200: nothing matching within 200 ms; last message seen: nothing at all; the TCP "
                    + "connection with 127.0.0.1:" + device.getLocalPort() + " was closed by the other side at 0 ms",
                    e.getMessage());
        }
    }

    @Test
    void garbageThatNeverBecomesAMessageIsShownInTheFailure() {
        Traffic quiet = new Traffic(new FakeClock());
        alice = Peer.open("alice", Transport.TCP, quiet);
        bob = Peer.open("bob", Transport.TCP, quiet);
        alice.send("HELLO\u0007GARBAGE".getBytes(StandardCharsets.UTF_8), bob.address());
        Sent sent = assertInstanceOf(Sent.class, quiet.events().get(0));
        ExpectationFailed e = assertThrows(ExpectationFailed.class,
                () -> bob.mailbox().expect(m -> true, Duration.ofMillis(300), "bob receives a request"));
        assertEquals("bob receives a request: nothing matching within 300 ms; last message seen: nothing at all; then 13 bytes "
                + "from 127.0.0.1:" + sent.local().getPort()
                + " that are not a complete message: \"HELLO\\x07GARBAGE\" (at 0 ms)",
                e.getMessage());
    }

    @Test
    void aRefusedConnectionIsASendFailureNamingThePeer() throws IOException {
        alice = Peer.open("alice", Transport.TCP, traffic);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, alice.address().getAddress())) {
            port = s.getLocalPort();
        }
        InetSocketAddress nobody = new InetSocketAddress("127.0.0.1", port);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> alice.send(options(1), nobody));
        assertTrue(e.getMessage().startsWith("alice could not send to 127.0.0.1:" + port + " over TCP: "), e.getMessage());
    }
}
