package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.parser.SipMessageParser;
import io.sipspec.tester.Deliveries;
import io.sipspec.tester.Received;
import io.sipspec.tester.Retransmissions;
import io.sipspec.tester.Transport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timing steps on copies of a response delivered at chosen times (T1 = 50 ms, T2 = 400 ms, as the embedded device). */
class TimingStepsTest {

    private static final byte[] REFUSAL = ("SIP/2.0 420 Bad Extension\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1\r\n"
            + "Call-ID: c\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8);

    private final FakeDevice fake = new FakeDevice();
    private final TimingSteps timing = new TimingSteps(fake.wire);
    private final Retransmissions timerG = fake.parameters.timer("Timer G");

    @AfterEach
    void close() {
        fake.close();
    }

    /** Copies of the 420 arriving at these times (ms) after {@code origin}; the first becomes "it". */
    private void copiesAt(long origin, long... millis) {
        for (int i = 0; i < millis.length; i++) {
            Received r = new Received("alice", origin + millis[i] * 1_000_000, Transport.UDP, fake.alice().address(),
                    fake.device.address(), REFUSAL, new SipMessageParser().parse(REFUSAL), null);
            Deliveries.deliver(fake.alice(), r);
            if (i == 0) {
                fake.wire.last(r);
            }
        }
    }

    private String fails(Runnable step) {
        return assertThrows(AssertionError.class, step::run).getMessage();
    }

    @Test
    void timerGIntervalsDoubleUpToT2() {
        copiesAt(fake.wire.traffic().now(), 0, 50, 150, 350, 750, 1150);
        timing.followTimer(timerG);
    }

    @Test
    void constantIntervalsAreNotTimerG() {
        copiesAt(fake.wire.traffic().now(), 0, 50, 100, 150);
        assertEquals("the retransmissions of \"SIP/2.0 420 Bad Extension\" follow the timer: Timer G: interval 3 (between "
                + "transmissions 3 and 4) was 50 ms, expected 4*T1 = 200 ms ± 80 ms; received at 0 ms, 50 ms, 100 ms, 150 ms",
                fails(() -> timing.followTimer(timerG)));
    }

    @Test
    void noRetransmissionIsNothingToCheck() {
        copiesAt(fake.wire.traffic().now(), 0);
        String m = fails(() -> timing.followTimer(timerG));
        assertTrue(m.contains("Timer G: 1 transmission(s) seen, no retransmission to check"), m);
    }

    @Test
    void retransmissionsThatStopBeforeTimerHPass() {
        long past = fake.wire.traffic().now() - Duration.ofSeconds(10).toNanos();
        copiesAt(past, 0, 50, 150, 350, 750, 1150, 1550, 1950, 2350, 2750, 3150);
        timing.stopWithin(fake.parameters.duration("64*T1"));
    }

    @Test
    void aCopyAfterTimerHFails() {
        long past = fake.wire.traffic().now() - Duration.ofSeconds(10).toNanos();
        copiesAt(past, 0, 50, 150, 350, 750, 1150, 1550, 1950, 2350, 2750, 3150, 3550);
        String m = fails(() -> timing.stopWithin(fake.parameters.duration("64*T1")));
        assertEquals("the retransmissions of \"SIP/2.0 420 Bad Extension\" stop within 3200 ms (+ 200 ms) of the first: a copy "
                + "arrived at 3550 ms; received at 0 ms, 50 ms, 150 ms, 350 ms, 750 ms, 1150 ms, 1550 ms, 1950 ms, 2350 ms, 2750 ms, "
                + "3150 ms, 3550 ms", m);
    }

    @Test
    void stopWithinWatchesUntilTheDevicePassedTwoMoreT2() {
        long start = fake.wire.traffic().now();
        copiesAt(start, 0);
        timing.stopWithin(Duration.ZERO);
        assertTrue(fake.wire.traffic().now() - start >= Duration.ofMillis(800).toNanos(), "watched for 2*T2");
    }
}
