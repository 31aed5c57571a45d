package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.device.ActiveProfile;
import io.sipspec.device.DeviceProfile;
import io.sipspec.device.Profiles;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Retransmissions;
import io.sipspec.tester.Transport;
import io.sipspec.transaction.TimerConfig;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The device steps: the device from the profile, the skip reasons, the Timer A/E check and its failure message. */
class DeviceStepsTest {

    private static final TimerConfig T1_50 = TimerConfig.scaled(Duration.ofMillis(50));

    private final WireContext wire = new WireContext();
    private final DeviceSteps steps = new DeviceSteps(wire);

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void theScheduleCountsSevenInvitesAndElevenNonInvitesWithin64T1() {
        assertEquals(7, DeviceSteps.transmissionsBefore(Retransmissions.timerA(T1_50), Duration.ofMillis(64 * 50)));
        assertEquals(11, DeviceSteps.transmissionsBefore(Retransmissions.timerE(T1_50), Duration.ofMillis(64 * 50)));
        assertEquals(4, DeviceSteps.transmissionsBefore(Retransmissions.timerA(T1_50), Duration.ofMillis(400)));
    }

    @Test
    void theEmbeddedDeviceListensOnAFreePortWithTheProfilesTimersAndVariables() {
        steps.theDeviceIs("registrar");
        assertEquals("127.0.0.1", wire.deviceAddress().getHostString());
        assertTrue(wire.deviceAddress().getPort() > 0);
        assertEquals(ActiveProfile.get().timers().t1(), wire.timers().t1());
        assertEquals("device (embedded registrar)", wire.deviceLabel());
        assertEquals(ActiveProfile.get().aor(), wire.variables().value("device.aor"));
    }

    @Test
    void aDeviceStartedElsewhereOrStoodInForIsTheScenariosToo() {
        InetSocketAddress somewhere = new InetSocketAddress("127.0.0.1", 5999);
        wire.device(somewhere, "uas");
        assertEquals(somewhere, wire.deviceAddress());
        assertEquals("device (stand-in uas)", wire.deviceLabel());
        assertThrows(TestAbortedException.class, () -> wire.device().trigger("INVITE",
                new io.sipspec.device.TriggerTarget("bob", somewhere, "udp")));
        io.sipspec.server.ReferenceServer server = io.sipspec.server.ReferenceServer.start("--role=uas", "--listen=udp:127.0.0.1:0",
                "--t1=50");
        wire.device(server, "uas");
        assertEquals(server.listeningPoints().get(0).address(), wire.deviceAddress());
        assertEquals("device (embedded uas)", wire.deviceLabel());
        wire.close();
        assertTrue(server.isClosed(), "closed with the scenario");
    }

    @Test
    void aRoleTheDeviceDoesNotHaveIsSkippedWithTheReason() {
        DeviceProfile phone = Profiles.load(null, Map.of("device", "external", "port", "5060", "roles", "uas", "name", "phone"));
        try (ActiveProfile.Scope ignored = ActiveProfile.use(phone)) {
            TestAbortedException e = assertThrows(TestAbortedException.class, () -> steps.theDeviceIs("registrar"));
            assertEquals("skipped: phone is not a registrar (its roles: uas)", e.getMessage());
        }
    }

    @Test
    void theEmbeddedStackCanBeTheProxy() {
        DeviceProfile withProxy = Profiles.load(null, Map.of("roles", "proxy"));
        try (ActiveProfile.Scope ignored = ActiveProfile.use(withProxy)) {
            steps.theDeviceIs("proxy");
            assertEquals("device (embedded proxy)", wire.deviceLabel());
        }
    }

    private static final TimerConfig T1_500 = TimerConfig.DEFAULT;
    private static final Retransmissions TIMER_A = Retransmissions.timerA(T1_500);
    private static final Retransmissions TIMER_E = Retransmissions.timerE(T1_500);
    private static final Duration TIMER_B = Duration.ofSeconds(32);

    private static List<Duration> ms(long... millis) {
        return java.util.Arrays.stream(millis).mapToObj(Duration::ofMillis).toList();
    }

    private static void check(Retransmissions schedule, List<Duration> times) {
        DeviceSteps.checkTransmissions("INVITE on Timer A (T1 = 500 ms)", times, schedule, DeviceSteps.tolerance(T1_500), TIMER_B);
    }

    @Test
    void sevenInvitesOnScheduleBeforeTimerBPass() {
        check(TIMER_A, ms(0, 500, 1500, 3500, 7500, 15500, 31500));
        // Ticks drifting late: the seventh would only come after Timer B, on the device's clock; that is not a miss.
        check(TIMER_A, ms(0, 560, 1620, 3680, 7740, 15900));
        check(TIMER_E, ms(0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500));
    }

    @Test
    void aMissingRetransmissionFailsNamingTheCountAndTheTimes() {
        // SIPp's default: it gives up after five retransmissions.
        AssertionError e = assertThrows(AssertionError.class, () -> check(TIMER_A, ms(0, 416, 1420, 3413, 7418, 15440)));
        assertEquals("INVITE on Timer A (T1 = 500 ms): saw 6 transmissions, the last at 15440 ms; transmission 7 was due 16000 ms"
                + " later, before the transaction times out at 32000 ms (the schedule has 7); the transmissions came at"
                + " [0 ms, 416 ms, 1420 ms, 3413 ms, 7418 ms, 15440 ms]", e.getMessage());
    }

    @Test
    void anIntervalOffScheduleFailsNamingIt() {
        AssertionError e = assertThrows(AssertionError.class, () -> check(TIMER_A, ms(0, 500, 2000)));
        assertEquals("Timer A: interval 2 (between transmissions 2 and 3) was 1500 ms, expected 2*T1 = 1000 ms \u00b1 350 ms;"
                + " the transmissions came at [0 ms, 500 ms, 2000 ms]", e.getMessage());
        AssertionError capped = assertThrows(AssertionError.class, () -> check(TIMER_E, ms(0, 500, 1500, 3500, 7500, 15500)));
        assertTrue(capped.getMessage().startsWith("Timer E: interval 5 (between transmissions 5 and 6) was 8000 ms, expected T2 = 4000 ms"),
                capped.getMessage());
    }

    @Test
    void aTransmissionAfterTheTimeoutFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> check(TIMER_A, ms(0, 500, 1500, 3500, 7500, 15500, 31500, 63500)));
        assertTrue(e.getMessage().startsWith("INVITE on Timer A (T1 = 500 ms): transmission 8 came at 63500 ms, after the transaction"
                + " timed out at 32000 ms"), e.getMessage());
    }

    @Test
    void theStepCollectsAPeersTransmissionsOnTheWire() throws Exception {
        withProfileT1of200(() -> {
            sendInviteAt(List.of(0L, 200L, 600L));
            steps.receivesRetransmissions("bob", "A", Duration.ofMillis(1000));
        });
    }

    @Test
    void noRetransmissionAtAllFails() throws Exception {
        withProfileT1of200(() -> {
            sendInviteAt(List.of(0L));
            AssertionError e = assertThrows(AssertionError.class, () -> steps.receivesRetransmissions("bob", "A", Duration.ofMillis(1000)));
            assertEquals("Timer A: 1 transmission(s) seen, no retransmission to check; the transmissions came at [0 ms]", e.getMessage());
        });
    }

    /** T1 = 200 ms: the tolerance (40 ms + 10 %) stays above the scheduling jitter of a test machine. */
    private void withProfileT1of200(ThrowingRunnable body) throws Exception {
        try (ActiveProfile.Scope ignored = ActiveProfile.use(Profiles.load(null, Map.of("t1", "200")))) {
            wire.peer(Peer.open("bob", Transport.UDP, wire.traffic()));
            body.run();
        }
    }

    /** A "device" socket sends the same INVITE to bob at these times (ms), then bob takes the first one. */
    private void sendInviteAt(List<Long> millis) throws Exception {
        InetSocketAddress bob = wire.peer("bob").address();
        byte[] invite = ("INVITE sip:bob@" + bob.getHostString() + ":" + bob.getPort() + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bKdevicesteps\r\nMax-Forwards: 70\r\nTo: <sip:bob@127.0.0.1>\r\n"
                + "From: <sip:alice@127.0.0.1>;tag=1\r\nCall-ID: devicesteps\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        ScheduledExecutorService device = Executors.newSingleThreadScheduledExecutor();
        DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        // A first datagram to itself, so that the sending thread and socket are warm when the timed ones go.
        device.submit(() -> {
            socket.send(new DatagramPacket(new byte[1], 1, socket.getLocalSocketAddress()));
            return null;
        }).get();
        for (long at : millis) {
            device.schedule(() -> {
                socket.send(new DatagramPacket(invite, invite.length, bob));
                return null;
            }, at, TimeUnit.MILLISECONDS);
        }
        device.schedule(socket::close, millis.get(millis.size() - 1) + 100, TimeUnit.MILLISECONDS);
        device.shutdown();
        wire.last(wire.peer("bob").mailbox().expect(r -> r.isRequest("INVITE"), Duration.ofSeconds(2), "bob receives an INVITE"));
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
