package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.HeaderName;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §11.1 (Accept in OPTIONS) and §13.2.1 (CANCEL when the INVITE's Expires is reached); UAs on 127.0.0.1. */
class UacExpiresAndAcceptTest {

    private static final TimerConfig FAST = TimerConfig.scaled(Duration.ofMillis(50));

    private final Recorder bobLog = new Recorder();
    private SipStack aliceStack;
    private SipStack bobStack;
    private UserAgent alice;
    private UserAgent bob;

    private void start(UaConfig bobConfig) {
        UserAgent[] a = new UserAgent[1];
        aliceStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .user(s -> a[0] = new UserAgent(s, UaConfig.of("alice", "atlanta.example.com", "127.0.0.1"))).build();
        UserAgent[] b = new UserAgent[1];
        bobStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST).log(bobLog)
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

    private String bob() {
        return "sip:bob@127.0.0.1:" + bobStack.transport().localAddress(TransportType.UDP).getPort();
    }

    @Test
    @DisplayName("§11.1: the OPTIONS of the UAC has Accept: application/sdp; an INVITE has none")
    void optionsHasAccept() {
        start(UaConfig.of("bob", "biloxi.example.com", "127.0.0.1"));
        SipRequest options = alice.uac().newRequest(Methods.OPTIONS, SipUri.of("bob", "127.0.0.1", 5060)).build();
        assertEquals("application/sdp", options.headerValue(HeaderName.ACCEPT));
        assertNull(alice.uac().newRequest(Methods.INVITE, SipUri.of("bob", "127.0.0.1", 5060)).build().headerValue(HeaderName.ACCEPT));
    }

    @Test
    @DisplayName("§13.2.1: an INVITE with Expires: 1 still ringing after 1 s is cancelled")
    void expiredInviteIsCancelled() throws Exception {
        start(UaConfig.of("bob", "biloxi.example.com", "127.0.0.1").withRing(10_000, 200));
        CompletableFuture<IncomingCall> incoming = new CompletableFuture<>();
        bob.onIncomingCall(incoming::complete);
        long sent = System.nanoTime();
        assertTrue(alice.uac().sendFromUri(bob() + "?Expires=1"));
        // §9.2: the CANCEL ends bob's INVITE with 487.
        SipMessage end = incoming.get(5, TimeUnit.SECONDS).ended().get(5, TimeUnit.SECONDS);
        assertEquals(487, assertInstanceOf(SipResponse.class, end).statusCode());
        long after = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        assertEquals(1, bobLog.requests(Methods.CANCEL).size());
        assertTrue(after >= 1000, "the CANCEL came after " + after + " ms");
    }
}
