package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.sipspec.message.Methods;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import io.sipspec.ua.sdp.Origin;
import io.sipspec.ua.sdp.SessionDescription;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §14: re-INVITE between two reference UAs on 127.0.0.1 (T1 = 50 ms), and the glare rules. */
class ReInviteTest {

    private static final TimerConfig FAST = TimerConfig.scaled(Duration.ofMillis(50));

    private final Recorder aliceLog = new Recorder();
    private final Recorder bobLog = new Recorder();
    private final Queue<Boolean> aliceGlare = new ConcurrentLinkedQueue<>();
    private final Queue<Boolean> bobGlare = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<IncomingCall> bobCall = new CompletableFuture<>();
    private EventLoopGroup group;
    private SipStack aliceStack;
    private SipStack bobStack;
    private UserAgent alice;

    /**
     * Alice and Bob share one event loop, so that a task on it can start both re-INVITEs before either side reads the
     * other's. Their 491 timers are recorded and short: 300 ms for the Call-ID's owner, 0 for the other.
     */
    private void start() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        UserAgent[] a = new UserAgent[1];
        UaConfig aliceConfig = UaConfig.of("alice", "atlanta.example.com", "127.0.0.1")
                .withGlareTimer(owner -> record(aliceGlare, owner));
        UaConfig bobConfig = UaConfig.of("bob", "biloxi.example.com", "127.0.0.1")
                .withGlareTimer(owner -> record(bobGlare, owner));
        aliceStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .eventLoopGroup(group).log(aliceLog).user(s -> a[0] = new UserAgent(s, aliceConfig)).build();
        bobStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .eventLoopGroup(group).log(bobLog).user(s -> {
                    UserAgent bob = new UserAgent(s, bobConfig);
                    bob.onIncomingCall(bobCall::complete);
                    return bob;
                }).build();
        alice = a[0];
    }

    private static long record(Queue<Boolean> calls, boolean owner) {
        calls.add(owner);
        return owner ? 300 : 0;
    }

    @AfterEach
    void stop() {
        if (aliceStack != null) {
            aliceStack.close();
        }
        if (bobStack != null) {
            bobStack.close();
        }
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    private SipUri bobUri() {
        return SipUri.of("bob", "127.0.0.1", bobStack.transport().localAddress(TransportType.UDP).getPort());
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(5, TimeUnit.SECONDS);
    }

    private static Origin origin(SipMessage m) {
        return SessionDescription.parse(m.body()).origin();
    }

    @Test
    @DisplayName("§14.1: a re-INVITE carries a new offer, its o= version one up; the 2xx answers with the next version and is ACKed")
    void reinviteAccepted() throws Exception {
        start();
        OutgoingCall call = alice.uac().call(bobUri());
        await(call.established());

        SipResponse ok = await(call.reinvite());

        assertEquals(200, ok.statusCode());
        List<io.sipspec.message.SipRequest> invites = bobLog.requests(Methods.INVITE);
        Origin firstOffer = origin(invites.get(0));
        Origin secondOffer = origin(invites.get(invites.size() - 1));
        assertEquals(firstOffer.nextVersion(), secondOffer, "RFC 3264 §8: same o= line, version + 1");
        Origin firstAnswer = origin(aliceLog.responses(200, Methods.INVITE).get(0));
        assertEquals(firstAnswer.nextVersion(), origin(ok), "the UAS's answer to the re-INVITE: its o= version + 1");
        assertEquals(ok.cseq().sequence(), invites.get(invites.size() - 1).cseq().sequence());
        assertEquals(await(call.established()).localCseq().getAsLong(), ok.cseq().sequence(), "the re-INVITE took the next CSeq");
        // §13.2.2.4: both 2xx are acknowledged; the session is still up
        IncomingCall incoming = await(bobCall);
        assertEquals(IncomingCall.State.CONFIRMED, incoming.state());
        assertEquals(OutgoingCall.State.CONFIRMED, call.state());
        call.hangup();
        assertEquals(200, await(call.ended()).statusCode());
        assertEquals(2, bobLog.requests(Methods.ACK).stream().map(r -> r.cseq().sequence()).distinct().count());
    }

    @Test
    @DisplayName("§14.1: the callee re-INVITEs too; a re-INVITE of an unestablished call fails")
    void calleeReinvitesAndUnestablishedFails() throws Exception {
        start();
        OutgoingCall call = alice.uac().call(bobUri());
        await(call.established());
        IncomingCall incoming = await(bobCall);

        assertEquals(200, await(incoming.reinvite()).statusCode());
        assertEquals(1, aliceLog.requests(Methods.INVITE).size());

        call.hangup();
        await(call.ended());
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(call.reinvite()));
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    @Test
    @DisplayName("§14.2 glare: both re-INVITE at once, both get 491; §14.1: each retries after its timer, and both succeed")
    void glare() throws Exception {
        start();
        OutgoingCall call = alice.uac().call(bobUri());
        await(call.established());
        IncomingCall incoming = await(bobCall);
        // wait (bounded) for Bob to have Alice's ACK, so that his re-INVITE is not held back by §14.1 rule 2
        await(incoming.reinvite());
        int invitesAtAlice = aliceLog.requests(Methods.INVITE).size();
        int invitesAtBob = bobLog.requests(Methods.INVITE).size();

        CompletableFuture<CompletableFuture<SipResponse>> aliceResult = new CompletableFuture<>();
        CompletableFuture<CompletableFuture<SipResponse>> bobResult = new CompletableFuture<>();
        group.next().execute(() -> {
            aliceResult.complete(call.reinvite());
            bobResult.complete(incoming.reinvite());
        });

        assertEquals(200, await(await(aliceResult)).statusCode());
        assertEquals(200, await(await(bobResult)).statusCode());
        assertEquals(1, aliceLog.responses(491, Methods.INVITE).size(), "Bob answered Alice's re-INVITE 491");
        assertEquals(1, bobLog.responses(491, Methods.INVITE).size(), "Alice answered Bob's re-INVITE 491");
        // Alice generated the Call-ID (she called): she owns it; Bob does not
        assertEquals(List.of(true), List.copyOf(aliceGlare));
        assertEquals(List.of(false), List.copyOf(bobGlare));
        assertEquals(invitesAtAlice + 2, aliceLog.requests(Methods.INVITE).size(), "Bob's re-INVITE and its retry");
        assertEquals(invitesAtBob + 2, bobLog.requests(Methods.INVITE).size(), "Alice's re-INVITE and its retry");
        assertEquals(OutgoingCall.State.CONFIRMED, call.state());
    }

    @Test
    @DisplayName("§14.1: the 491 timer: 2.1 to 4 s for the Call-ID's owner, 0 to 2 s for the other, in units of 10 ms")
    void glareTimerRanges() {
        GlareTimer low = GlareTimer.rfc3261(new Extreme(false));
        GlareTimer high = GlareTimer.rfc3261(new Extreme(true));
        assertEquals(2100, low.delayMillis(true));
        assertEquals(4000, high.delayMillis(true));
        assertEquals(0, low.delayMillis(false));
        assertEquals(2000, high.delayMillis(false));

        GlareTimer random = GlareTimer.rfc3261(new java.util.SplittableRandom(3261));
        for (int i = 0; i < 10_000; i++) {
            long owner = random.delayMillis(true);
            long other = random.delayMillis(false);
            assertTrue(owner >= 2100 && owner <= 4000 && owner % 10 == 0, "owner: " + owner);
            assertTrue(other >= 0 && other <= 2000 && other % 10 == 0, "other: " + other);
        }
    }

    /** A random source that always draws the lowest or the highest value of a range. */
    private record Extreme(boolean highest) implements RandomGenerator {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only bounded draws");
        }

        @Override
        public int nextInt(int origin, int bound) {
            return highest ? bound - 1 : origin;
        }
    }
}
