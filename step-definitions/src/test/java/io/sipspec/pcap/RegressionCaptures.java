package io.sipspec.pcap;

import io.sipspec.auth.DigestClient;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.report.PcapWriter;
import io.sipspec.report.WireEvent;
import io.sipspec.server.MessageLog;
import io.sipspec.server.ReferenceServer;
import io.sipspec.server.Role;
import io.sipspec.server.RoleRegistry;
import io.sipspec.server.ServerConfig;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportType;
import io.sipspec.ua.OutgoingCall;
import io.sipspec.ua.UaConfig;
import io.sipspec.ua.UserAgent;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Makes the project's regression captures with the reference stack on both sides: a UA (the client, "alice") and an
 * embedded reference element (the device), over UDP on 127.0.0.1, with RFC 3261's timers (T1 = 500 ms: with the
 * suite's scaled 50 ms, a busy machine retransmits before the device answers, and the capture records that). Every message the client's stack sends or receives is recorded and written with
 * {@link PcapWriter}. {@code RegressionCapturesTest} runs it, and rewrites {@code pcaps/} when asked.
 */
final class RegressionCaptures {

    static final String USER = "alice";
    static final String PASSWORD = "secret";
    static final Duration T1 = Duration.ofMillis(500);
    static final long RING_MILLIS = 2_000;
    static final long HOLD_MILLIS = 300;
    private static final long WAIT_SECONDS = 10;

    private RegressionCaptures() {
    }

    /** REGISTER, 401 with a Digest challenge, REGISTER with credentials, 200. */
    static Path registerDigest(Path file) throws Exception {
        try (ReferenceServer device = ReferenceServer.start("--role=registrar", "--listen=udp:127.0.0.1:0",
                "--t1=" + T1.toMillis(), "--users=" + USER + ":" + PASSWORD)) {
            return record(file, device, (ua, log) -> {
                SipResponse ok = ua.uac().registration(target(device, null)).register(3600).get(WAIT_SECONDS, TimeUnit.SECONDS);
                check(ok.statusCode() == 200, "the registration ended with " + ok.startLine());
            });
        }
    }

    /** INVITE, 100, 180, CANCEL, 200 (CANCEL), 487, ACK: the device rings for {@value #RING_MILLIS} ms. */
    static Path callCancelled(Path file) throws Exception {
        try (ReferenceServer device = ringingUas(RING_MILLIS, 200)) {
            return record(file, device, (ua, log) -> {
                CompletableFuture<Void> ringing = new CompletableFuture<>();
                log.onStatus(180, ringing);
                OutgoingCall call = ua.uac().call(target(device, "bob"));
                ringing.get(WAIT_SECONDS, TimeUnit.SECONDS);
                CompletableFuture<Void> ack = new CompletableFuture<>();
                log.onSent(m -> m instanceof SipRequest r && r.isMethod("ACK"), ack);
                call.hangup();
                SipResponse end = call.ended().get(WAIT_SECONDS, TimeUnit.SECONDS);
                check(end.statusCode() == 487, "the cancelled call ended with " + end.startLine());
                ack.get(WAIT_SECONDS, TimeUnit.SECONDS);
            });
        }
    }

    /** INVITE, 100, 180, 200, ACK, re-INVITE, 100, 200, ACK, BYE, 200. */
    static Path callReinvite(Path file) throws Exception {
        try (ReferenceServer device = ringingUas(0, 200)) {
            return record(file, device, (ua, log) -> {
                OutgoingCall call = ua.uac().call(target(device, "bob"));
                call.established().get(WAIT_SECONDS, TimeUnit.SECONDS);
                SipResponse again = call.reinvite().get(WAIT_SECONDS, TimeUnit.SECONDS);
                check(again.statusCode() == 200, "the re-INVITE got " + again.startLine());
                call.hangup();
                SipResponse end = call.ended().get(WAIT_SECONDS, TimeUnit.SECONDS);
                check(end.statusCode() == 200, "the BYE got " + end.startLine());
            });
        }
    }

    /** INVITE, 180, 200, ACK, then the device hangs up: BYE from the device, 200 from the client. */
    static Path callDeviceHangsUp(Path file) throws Exception {
        try (ReferenceServer device = hangingUpUas(HOLD_MILLIS)) {
            return record(file, device, (ua, log) -> {
                CompletableFuture<Void> ok = new CompletableFuture<>();
                log.onSent(m -> m instanceof SipResponse r && r.cseq().method().equals("BYE"), ok);
                OutgoingCall call = ua.uac().call(target(device, "bob"));
                call.established().get(WAIT_SECONDS, TimeUnit.SECONDS);
                SipResponse end = call.ended().get(WAIT_SECONDS, TimeUnit.SECONDS);
                check(end.statusCode() == 200, "the device's BYE got " + end.startLine());
                ok.get(WAIT_SECONDS, TimeUnit.SECONDS);
            });
        }
    }

    /** The embedded UAS, answering at once and hanging up {@code holdMillis} later. */
    static ReferenceServer hangingUpUas(long holdMillis) {
        ServerConfig config = ServerConfig.fromArgs("--role=uas", "--listen=udp:127.0.0.1:0", "--t1=" + T1.toMillis());
        return ReferenceServer.start(config, RoleRegistry.defaults().register(Role.UAS, (stack, c) -> {
            UserAgent bob = new UserAgent(stack, UaConfig.of("bob", "127.0.0.1", "127.0.0.1"));
            bob.onIncomingCall(call -> call.established().thenRun(
                    () -> stack.executor().schedule(call::hangup, holdMillis, TimeUnit.MILLISECONDS)));
            return bob;
        }));
    }

    /** The embedded UAS, ringing {@code ringMillis} before answering {@code status}. */
    static ReferenceServer ringingUas(long ringMillis, int status) {
        ServerConfig config = ServerConfig.fromArgs("--role=uas", "--listen=udp:127.0.0.1:0", "--t1=" + T1.toMillis());
        RoleRegistry roles = RoleRegistry.defaults().register(Role.UAS,
                (stack, c) -> new UserAgent(stack, UaConfig.of("bob", "127.0.0.1", "127.0.0.1").withRing(ringMillis, status)));
        return ReferenceServer.start(config, roles);
    }

    private interface Script {
        void run(UserAgent ua, Recorder log) throws Exception;
    }

    private static Path record(Path file, ReferenceServer device, Script script) throws Exception {
        Recorder log = new Recorder();
        UserAgent[] ua = new UserAgent[1];
        UaConfig config = UaConfig.of(USER, "127.0.0.1", "127.0.0.1").withCredentials(DigestClient.of(USER, PASSWORD));
        try (SipStack client = SipStack.builder().timers(TimerConfig.scaled(T1)).log(log)
                .listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0))
                .user(s -> ua[0] = new UserAgent(s, config)).build()) {
            script.run(ua[0], log);
            List<WireEvent> events = log.events();
            check(!events.isEmpty(), "nothing was recorded");
            PcapWriter.write(events, file);
            return file;
        }
    }

    private static SipUri target(ReferenceServer device, String user) {
        InetSocketAddress a = device.listeningPoints().get(0).address();
        return SipUri.of(user, a.getAddress().getHostAddress(), a.getPort());
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    /** Records what the client's stack sends and receives, as the tester would see it. */
    private static final class Recorder implements MessageLog {

        private final List<WireEvent> events = Collections.synchronizedList(new ArrayList<>());
        private volatile int awaitedStatus;
        private volatile CompletableFuture<Void> awaited;
        private volatile Predicate<SipMessage> awaitedMessage;
        private volatile CompletableFuture<Void> awaitedSend;

        /** Completes {@code f} when a response with {@code status} arrives. */
        void onStatus(int status, CompletableFuture<Void> f) {
            awaitedStatus = status;
            awaited = f;
        }

        @Override
        public void received(SipMessage message, Flow flow) {
            events.add(new WireEvent(Instant.now(), WireEvent.Transport.UDP, flow.remote(), flow.local(), message.toByteArray(),
                    WireEvent.Direction.RECEIVED, USER));
            CompletableFuture<Void> f = awaited;
            if (f != null && message instanceof SipResponse r && r.statusCode() == awaitedStatus) {
                f.complete(null);
            }
        }

        /** Completes {@code f} when a message {@code what} accepts has been sent. */
        void onSent(Predicate<SipMessage> what, CompletableFuture<Void> f) {
            awaitedMessage = what;
            awaitedSend = f;
        }

        @Override
        public void sent(SipMessage message, Flow flow) {
            if (flow != null) {
                events.add(new WireEvent(Instant.now(), WireEvent.Transport.UDP, flow.local(), flow.remote(),
                        message.toByteArray(), WireEvent.Direction.SENT, USER));
            }
            CompletableFuture<Void> f = awaitedSend;
            if (f != null && awaitedMessage.test(message)) {
                f.complete(null);
            }
        }

        List<WireEvent> events() {
            synchronized (events) {
                return List.copyOf(events);
            }
        }
    }

    /** Writes the three captures into {@code folder} (e.g. {@code pcaps}). */
    static List<Path> all(Path folder) throws Exception {
        return List.of(registerDigest(folder.resolve("register-digest.pcap")), callCancelled(folder.resolve("call-cancel.pcap")),
                callReinvite(folder.resolve("call-reinvite.pcap")), callDeviceHangsUp(folder.resolve("call-device-bye.pcap")));
    }

}
