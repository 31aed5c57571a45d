package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.HeaderName;
import io.sipspec.message.SipRequest;
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

/** RFC 3261 §13.2.1: the header fields of the INVITE a reference UA sends; two UAs on 127.0.0.1. */
class UacInviteHeadersTest {

    private static final TimerConfig FAST = TimerConfig.scaled(Duration.ofMillis(50));

    private SipStack aliceStack;
    private SipStack bobStack;

    @AfterEach
    void stop() {
        if (aliceStack != null) {
            aliceStack.close();
        }
        if (bobStack != null) {
            bobStack.close();
        }
    }

    @Test
    @DisplayName("§13.2.1: the INVITE has Allow (with ACK, CANCEL, BYE) and Supported")
    void inviteHasAllowAndSupported() throws Exception {
        UserAgent[] a = new UserAgent[1];
        aliceStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .user(s -> a[0] = new UserAgent(s, UaConfig.of("alice", "atlanta.example.com", "127.0.0.1"))).build();
        bobStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .user(s -> new UserAgent(s, UaConfig.of("bob", "biloxi.example.com", "127.0.0.1"))).build();
        OutgoingCall call = a[0].uac().call(SipUri.of("bob", "127.0.0.1", bobStack.transport().localAddress(TransportType.UDP).getPort()));
        call.established().get(5, TimeUnit.SECONDS);

        SipRequest invite = call.invite();
        assertNotNull(invite.headerValue(HeaderName.SUPPORTED), "Supported in " + invite);
        String allow = invite.headerValue(HeaderName.ALLOW);
        assertTrue(allow != null && allow.contains("ACK") && allow.contains("CANCEL") && allow.contains("BYE"), "Allow in " + invite);
    }
}
