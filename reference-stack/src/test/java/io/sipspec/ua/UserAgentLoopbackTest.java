package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.auth.DigestAuthenticator;
import io.sipspec.auth.DigestClient;
import io.sipspec.auth.InMemoryCredentialStore;
import io.sipspec.auth.StoredCredential;
import io.sipspec.dialog.Dialog;
import io.sipspec.message.Methods;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two reference UAs on 127.0.0.1 calling each other over UDP, with scaled timers (T1 = 50 ms). */
class UserAgentLoopbackTest {

    private static final TimerConfig FAST = TimerConfig.scaled(Duration.ofMillis(50));

    private SipStack aliceStack;
    private SipStack bobStack;
    private UserAgent alice;
    private UserAgent bob;

    private void start(UaConfig aliceConfig, UaConfig bobConfig) {
        UserAgent[] a = new UserAgent[1];
        UserAgent[] b = new UserAgent[1];
        aliceStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .user(s -> a[0] = new UserAgent(s, aliceConfig)).build();
        bobStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .user(s -> b[0] = new UserAgent(s, bobConfig)).build();
        alice = a[0];
        bob = b[0];
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

    private static int onLoop(SipStack s, java.util.concurrent.Callable<Integer> c) throws Exception {
        return s.executor().submit(c).get(5, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("§13: INVITE, 180, 200 with an SDP answer, ACK; §15: BYE, 200; both dialogs gone")
    void callAndHangUp() throws Exception {
        start(UaConfig.of("alice", "atlanta.example.com", "127.0.0.1"), UaConfig.of("bob", "biloxi.example.com", "127.0.0.1"));
        OutgoingCall call = alice.uac().call(bobUri());
        Dialog d = await(call.established());
        assertEquals(Dialog.State.CONFIRMED, d.state());
        assertEquals(OutgoingCall.State.CONFIRMED, call.state());
        assertEquals(1, onLoop(bobStack, bob::dialogCount));
        call.hangup();
        SipResponse byeAnswer = await(call.ended());
        assertEquals(200, byeAnswer.statusCode());
        assertEquals(0, onLoop(aliceStack, alice::dialogCount));
        assertEquals(0, onLoop(bobStack, bob::dialogCount));
    }

    @Test
    @DisplayName("§9: a call hung up while ringing is CANCELled: 200 to the CANCEL, 487 to the INVITE")
    void cancelWhileRinging() throws Exception {
        start(UaConfig.of("alice", "atlanta.example.com", "127.0.0.1"),
                UaConfig.of("bob", "biloxi.example.com", "127.0.0.1").withRing(10_000, 200));
        OutgoingCall call = alice.uac().call(bobUri());
        // wait (bounded) for the 180 that creates the early dialog
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (call.state() != OutgoingCall.State.EARLY && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(OutgoingCall.State.EARLY, call.state());
        call.hangup();
        assertEquals(487, await(call.ended()).statusCode());
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> await(call.established()));
        assertInstanceOf(CallFailedException.class, e.getCause());
    }

    @Test
    @DisplayName("§22.2: a UAS that demands Digest answers 401; the UAC retries with credentials and the call is set up")
    void digestChallengeAndRetry() throws Exception {
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        store.put("alice", StoredCredential.ofPassword("secret"));
        DigestAuthenticator auth = DigestAuthenticator.builder("biloxi.example.com", store).build();
        start(UaConfig.of("alice", "atlanta.example.com", "127.0.0.1").withCredentials(DigestClient.of("alice", "secret")),
                UaConfig.of("bob", "biloxi.example.com", "127.0.0.1").withAuthenticator(auth));
        OutgoingCall call = alice.uac().call(bobUri());
        await(call.established());
        assertNotNull(call.invite().headerValue("Authorization"), "the INVITE that got through carried credentials");
        call.hangup();
        assertEquals(200, await(call.ended()).statusCode());
    }

    @Test
    @DisplayName("§13.3.1.3: a busy UAS refuses with 486; the call fails with that response")
    void busy() throws Exception {
        start(UaConfig.of("alice", "atlanta.example.com", "127.0.0.1"),
                UaConfig.of("bob", "biloxi.example.com", "127.0.0.1").withRing(0, 486));
        OutgoingCall call = alice.uac().call(bobUri());
        assertEquals(486, await(call.ended()).statusCode());
        assertEquals(0, onLoop(aliceStack, alice::dialogCount));
    }

    @Test
    @DisplayName("§11.2: OPTIONS gets 200 with Allow, Accept and Supported; §8.2.1: an unsupported method gets 405 with Allow")
    void optionsAndMethodNotAllowed() throws Exception {
        start(UaConfig.of("alice", "atlanta.example.com", "127.0.0.1"), UaConfig.of("bob", "biloxi.example.com", "127.0.0.1"));
        SipResponse options = await(alice.uac().send(alice.uac().newRequest(Methods.OPTIONS, bobUri()).build()));
        assertEquals(200, options.statusCode());
        assertTrue(options.headerValue("Allow").contains("INVITE"), options.toString());
        assertEquals("application/sdp", options.headerValue("Accept"));
        SipResponse message = await(alice.uac().send(alice.uac().newRequest(Methods.MESSAGE, bobUri()).build()));
        assertEquals(405, message.statusCode());
        assertTrue(message.headerValue("Allow").contains("OPTIONS"));
    }

    @Test
    @DisplayName("§15.1.2: a BYE matching no dialog gets 481")
    void byeWithoutDialog() throws Exception {
        start(UaConfig.of("alice", "atlanta.example.com", "127.0.0.1"), UaConfig.of("bob", "biloxi.example.com", "127.0.0.1"));
        SipResponse r = await(alice.uac().send(alice.uac().newRequest(Methods.BYE, bobUri()).build()));
        assertEquals(481, r.statusCode());
    }
}
