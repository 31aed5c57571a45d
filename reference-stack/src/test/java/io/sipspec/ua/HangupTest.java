package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.sipspec.message.Methods;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §15: who may send BYE when; two reference UAs on 127.0.0.1 (T1 = 50 ms). */
class HangupTest {

    private static final TimerConfig FAST = TimerConfig.scaled(Duration.ofMillis(50));

    private final Recorder aliceLog = new Recorder();
    private final CompletableFuture<IncomingCall> bobCall = new CompletableFuture<>();
    private SipStack aliceStack;
    private SipStack bobStack;
    private UserAgent alice;
    private UserAgent bob;

    private void start(UaConfig bobConfig) {
        UserAgent[] a = new UserAgent[1];
        UserAgent[] b = new UserAgent[1];
        aliceStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST).log(aliceLog)
                .user(s -> a[0] = new UserAgent(s, UaConfig.of("alice", "atlanta.example.com", "127.0.0.1"))).build();
        bobStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .user(s -> b[0] = new UserAgent(s, bobConfig)).build();
        alice = a[0];
        bob = b[0];
        bob.onIncomingCall(bobCall::complete);
    }

    @AfterEach
    void stop() {
        if (aliceStack != null) {
            aliceStack.close();
        }
        if (bobStack != null) {
            bobStack.close();
        }
    }

    private SipUri bobUri() {
        return SipUri.of("bob", "127.0.0.1", bobStack.transport().localAddress(TransportType.UDP).getPort());
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(5, TimeUnit.SECONDS);
    }

    private static int dialogs(UserAgent ua) throws Exception {
        return ua.stack().executor().submit(ua::dialogCount).get(5, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("§15: the callee hanging up a ringing call sends no BYE on the early dialog, but refuses the INVITE with 403")
    void calleeRefusesWhileRinging() throws Exception {
        start(UaConfig.of("bob", "biloxi.example.com", "127.0.0.1").withRing(10_000, 200));
        OutgoingCall call = alice.uac().call(bobUri());
        IncomingCall incoming = await(bobCall);

        incoming.hangup();

        assertEquals(403, await(call.ended()).statusCode());
        SipMessage bobsEnd = await(incoming.ended());
        assertEquals(403, assertInstanceOf(SipResponse.class, bobsEnd).statusCode());
        assertEquals(IncomingCall.State.ENDED, incoming.state());
        assertEquals(List.of(), aliceLog.requests(Methods.BYE));
        assertEquals(0, dialogs(alice));
        assertEquals(0, dialogs(bob));
    }

    @Test
    @DisplayName("§15: the callee hangs up an answered call with BYE; the caller answers 200 and its call ends")
    void calleeHangsUpWithBye() throws Exception {
        start(UaConfig.of("bob", "biloxi.example.com", "127.0.0.1"));
        OutgoingCall call = alice.uac().call(bobUri());
        await(call.established());
        IncomingCall incoming = await(bobCall);
        await(incoming.established());

        incoming.hangup();

        assertEquals(200, assertInstanceOf(SipResponse.class, await(incoming.ended())).statusCode());
        SipResponse aliceAnswered = await(call.ended());
        assertEquals(200, aliceAnswered.statusCode());
        assertEquals(Methods.BYE, aliceAnswered.cseq().method());
        List<SipRequest> byes = aliceLog.requests(Methods.BYE);
        assertEquals(1, byes.size());
        assertEquals(OutgoingCall.State.ENDED, call.state());
        assertEquals(0, dialogs(alice));
        assertEquals(0, dialogs(bob));
    }

    @Test
    @DisplayName("§15: the caller may BYE an early dialog; §15.1.2: the callee answers 200 and its pending INVITE 487")
    void callerByeOnEarlyDialog() throws Exception {
        start(UaConfig.of("bob", "biloxi.example.com", "127.0.0.1").withRing(10_000, 200));
        OutgoingCall call = alice.uac().call(bobUri());
        IncomingCall incoming = await(bobCall);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (call.state() != OutgoingCall.State.EARLY && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(OutgoingCall.State.EARLY, call.state());

        // the early dialog the 180 made at Alice, and a BYE built from it (§12.2.1.1)
        SipRequest invite = call.invite();
        SipRequest bye = aliceStack.executor().submit(() -> alice.uac().dialogs()
                .dialogsOf(invite.callId(), invite.from().tag()).get(0).createRequest(Methods.BYE).build()).get(5, TimeUnit.SECONDS);
        SipResponse byeAnswer = await(alice.uac().send(bye));

        assertEquals(200, byeAnswer.statusCode());
        assertEquals(487, await(call.ended()).statusCode());
        assertEquals(487, assertInstanceOf(SipResponse.class, await(incoming.ended())).statusCode());
        assertEquals(0, dialogs(bob));
    }
}
