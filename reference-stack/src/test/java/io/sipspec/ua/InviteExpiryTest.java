package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §13.3.1: an INVITE whose Expires passes while it rings gets 487; two reference UAs on 127.0.0.1. */
class InviteExpiryTest {

    private static final TimerConfig FAST = TimerConfig.scaled(Duration.ofMillis(50));

    private SipStack aliceStack;
    private SipStack bobStack;
    private UserAgent alice;

    private void start(UaConfig bobConfig) {
        UserAgent[] a = new UserAgent[1];
        aliceStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .user(s -> a[0] = new UserAgent(s, UaConfig.of("alice", "atlanta.example.com", "127.0.0.1"))).build();
        bobStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .user(s -> new UserAgent(s, bobConfig)).build();
        alice = a[0];
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

    private SipResponse invite(String expires) throws Exception {
        SipUri bob = SipUri.of("bob", "127.0.0.1", bobStack.transport().localAddress(TransportType.UDP).getPort());
        SipRequest.Builder b = alice.uac().newRequest(Methods.INVITE, bob);
        if (expires != null) {
            b.header(HeaderName.EXPIRES, expires);
        }
        return alice.uac().send(b.build()).get(5, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("§13.3.1: a ringing INVITE with Expires: 1 gets 487 after about a second")
    void expiredInvitationGets487() throws Exception {
        start(UaConfig.of("bob", "biloxi.example.com", "127.0.0.1").withRing(10_000, 200));
        long start = System.nanoTime();
        assertEquals(487, invite("1").statusCode());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 900, "the 487 came after " + millis + " ms, before the INVITE expired");
    }

    @Test
    @DisplayName("§13.3.1: an INVITE answered before it expires gets its 2xx")
    void invitationAnsweredInTimeGets200() throws Exception {
        start(UaConfig.of("bob", "biloxi.example.com", "127.0.0.1").withRing(100, 200));
        assertEquals(200, invite("2").statusCode());
    }
}
