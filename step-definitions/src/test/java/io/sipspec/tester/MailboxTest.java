package io.sipspec.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailboxTest {

    private static final InetSocketAddress DEVICE = new InetSocketAddress("127.0.0.1", 5060);
    private static final InetSocketAddress ALICE = new InetSocketAddress("127.0.0.1", 5070);
    private static final Duration SHORT = Duration.ofMillis(100);

    private final FakeClock clock = new FakeClock();
    private final Traffic traffic = new Traffic(clock);
    private final Mailbox mailbox = new Mailbox(traffic);

    private Received arrive(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Received r = Received.of("alice", clock.nanos(), Transport.UDP, ALICE, DEVICE, bytes, Decoding.datagram(bytes));
        mailbox.deliver(r);
        return r;
    }

    private static String response(int code, String reason) {
        return "SIP/2.0 " + code + " " + reason + "\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1\r\nCall-ID: c\r\n"
                + "CSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
    }

    @Test
    void expectTakesTheFirstUnconsumedMatchThenTheNext() {
        Received first = arrive(response(180, "Ringing"));
        arrive(response(100, "Trying"));
        Received second = arrive(response(180, "Ringing"));
        assertSame(first, mailbox.expect(r -> r.isResponse(180), SHORT, "a 180"));
        assertSame(second, mailbox.expect(r -> r.isResponse(180), SHORT, "another 180"));
        assertEquals(3, mailbox.all(r -> true).size(), "all() sees consumed messages too");
    }

    @Test
    void expectSeesAMessageDeliveredByAnotherThread() throws InterruptedException {
        Thread device = new Thread(() -> arrive(response(200, "OK")));
        device.start();
        Received r = mailbox.expect(m -> m.isResponse(200), Duration.ofSeconds(1), "a 200");
        device.join();
        assertEquals("SIP/2.0 200 OK", r.startLine());
    }

    @Test
    void hasWaiterIsTrueOnlyWhileAStepWaits() throws InterruptedException {
        assertEquals(false, mailbox.hasWaiter());
        Thread device = new Thread(() -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (!mailbox.hasWaiter() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            arrive(response(200, "OK"));
        });
        device.start();
        ExpectationFailed e = assertThrows(ExpectationFailed.class,
                () -> mailbox.expectNothing(m -> m.isResponse(200), Duration.ofSeconds(2), "no 200"));
        device.join();
        assertEquals(true, e.getMessage().startsWith("no 200: expected nothing within 2000 ms, but received"), e.getMessage());
        assertEquals(false, mailbox.hasWaiter());
    }

    @Test
    void aSilentDeviceFailsNamingTheStepTheBoundAndNothingAtAll() {
        ExpectationFailed e = assertThrows(ExpectationFailed.class,
                () -> mailbox.expect(r -> r.isResponse(180), SHORT, "alice receives a 180 response"));
        assertEquals("alice receives a 180 response: nothing matching within 100 ms; last message seen: nothing at all",
                e.getMessage());
    }

    @Test
    void aFailureNamesTheLastMessageSeenWithItsTime() {
        clock.advance(Duration.ofMillis(120));
        arrive(response(100, "Trying"));
        ExpectationFailed e = assertThrows(ExpectationFailed.class,
                () -> mailbox.expect(r -> r.isResponse(180), SHORT, "alice receives a 180 response"));
        assertEquals("alice receives a 180 response: nothing matching within 100 ms; last message seen: "
                + "\"SIP/2.0 100 Trying\" (UDP from 127.0.0.1:5060 at 120 ms; CSeq: 1 INVITE; Call-ID: c)", e.getMessage());
    }

    @Test
    void garbageIsShownEscapedWithTheParseError() {
        clock.advance(Duration.ofMillis(7));
        Received garbage = arrive("\u0001\u0002HELLO\tWORLD\r\n\r\n");
        ExpectationFailed e = assertThrows(ExpectationFailed.class,
                () -> mailbox.expect(r -> r.isResponse(200), SHORT, "a 200"));
        assertEquals("a 200: nothing matching within 100 ms; last message seen: \"\\x01\\x02HELLO\\x09WORLD [malformed: "
                + garbage.malformed().cause().reason() + "]\" (UDP from 127.0.0.1:5060 at 7 ms)", e.getMessage());
    }

    @Test
    void aClosedConnectionIsReported() {
        clock.advance(Duration.ofMillis(30));
        mailbox.closed(new Closed("alice", clock.nanos(), Transport.TCP, ALICE, DEVICE, "closed"));
        mailbox.closed(new Closed("alice", clock.nanos(), Transport.TCP, ALICE, DEVICE, "Connection reset"));
        ExpectationFailed e = assertThrows(ExpectationFailed.class, () -> mailbox.expect(r -> true, SHORT, "a request"));
        assertEquals("a request: nothing matching within 100 ms; last message seen: nothing at all; the TCP connection with "
                + "127.0.0.1:5060 was closed by the other side at 30 ms; the TCP connection with 127.0.0.1:5060 was lost "
                + "(Connection reset) at 30 ms", e.getMessage());
    }

    @Test
    void bytesThatAreNotYetAMessageAreShownUntilAMessageArrives() {
        mailbox.unframed(new Unframed(clock.nanos(), DEVICE, 5, "HELLO".getBytes(StandardCharsets.UTF_8)));
        ExpectationFailed e = assertThrows(ExpectationFailed.class, () -> mailbox.expect(r -> false, SHORT, "a 200"));
        assertEquals("a 200: nothing matching within 100 ms; last message seen: nothing at all; then 5 bytes from 127.0.0.1:5060 "
                + "that are not a complete message: \"HELLO\" (at 0 ms)", e.getMessage());
        arrive(response(100, "Trying"));
        e = assertThrows(ExpectationFailed.class, () -> mailbox.expect(r -> false, SHORT, "a 200"));
        assertEquals("a 200: nothing matching within 100 ms; last message seen: \"SIP/2.0 100 Trying\" (UDP from 127.0.0.1:5060 "
                + "at 0 ms; CSeq: 1 INVITE; Call-ID: c)", e.getMessage());
    }

    @Test
    void expectCloseFailsWhenTheConnectionStaysOpen() {
        ExpectationFailed e = assertThrows(ExpectationFailed.class, () -> mailbox.expectClose(SHORT, "the device closes"));
        assertEquals("the device closes: no connection closed within 100 ms; last message seen: nothing at all", e.getMessage());
    }

    @Test
    void expectNothingPassesWhenOnlyOtherMessagesArrive() {
        arrive(response(100, "Trying"));
        mailbox.expectNothing(r -> r.isResponse(180), SHORT);
        assertEquals(List.of(), mailbox.all(r -> r.isResponse(180)));
    }

    @Test
    void expectNothingFailsNamingTheUnwantedMessage() {
        clock.advance(Duration.ofMillis(5));
        arrive(response(180, "Ringing"));
        ExpectationFailed e = assertThrows(ExpectationFailed.class,
                () -> mailbox.expectNothing(r -> r.isResponse(180), Duration.ofSeconds(1), "no retransmission"));
        assertEquals("no retransmission: expected nothing within 1000 ms, but received \"SIP/2.0 180 Ringing\" "
                + "(UDP from 127.0.0.1:5060 at 5 ms; CSeq: 1 INVITE; Call-ID: c)", e.getMessage());
    }

    @Test
    void expectNothingIgnoresConsumedMessages() {
        arrive(response(180, "Ringing"));
        mailbox.expect(r -> r.isResponse(180), SHORT, "a 180");
        mailbox.expectNothing(r -> r.isResponse(180), SHORT, "no second 180");
        assertEquals(1, mailbox.all(r -> r.isResponse(180)).size());
    }
}
