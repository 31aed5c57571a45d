package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §11.1 (Accept in OPTIONS) and §13.2.1 (CANCEL when the INVITE's Expires is reached); a UA on 127.0.0.1. */
class UacExpiresAndAcceptTest {

    private static final TimerConfig FAST = TimerConfig.scaled(Duration.ofMillis(50));

    private SipStack aliceStack;
    private UserAgent alice;

    private void start() {
        UserAgent[] a = new UserAgent[1];
        aliceStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .user(s -> a[0] = new UserAgent(s, UaConfig.of("alice", "atlanta.example.com", "127.0.0.1"))).build();
        alice = a[0];
    }

    @AfterEach
    void stop() {
        if (aliceStack != null) {
            aliceStack.close();
        }
    }

    @Test
    @DisplayName("§11.1: the OPTIONS of the UAC has Accept: application/sdp; an INVITE has none")
    void optionsHasAccept() {
        start();
        SipRequest options = alice.uac().newRequest(Methods.OPTIONS, SipUri.of("bob", "127.0.0.1", 5060)).build();
        assertEquals("application/sdp", options.headerValue(HeaderName.ACCEPT));
        assertNull(alice.uac().newRequest(Methods.INVITE, SipUri.of("bob", "127.0.0.1", 5060)).build().headerValue(HeaderName.ACCEPT));
    }

    @Test
    @DisplayName("§13.2.1: an INVITE with Expires: 1 still ringing after 1 s is cancelled")
    void expiredInviteIsCancelled() throws Exception {
        start();
        // bob is a raw socket that rings and never answers: a reference UAS would end the INVITE itself when its Expires
        // passes (§13.3.1), and the CANCEL of the UAC is what this test is about.
        try (DatagramSocket raw = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            raw.setSoTimeout(5000);
            assertTrue(alice.uac().sendFromUri("sip:bob@127.0.0.1:" + raw.getLocalPort() + "?Expires=1"));
            DatagramPacket p = new DatagramPacket(new byte[65535], 65535);
            SipRequest invite = (SipRequest) receive(raw, p);
            long sent = System.nanoTime();
            byte[] ringing = invite.createResponse(180, "bob-1").build().toByteArray();
            raw.send(new DatagramPacket(ringing, ringing.length, p.getSocketAddress()));
            SipMessage m;
            do {
                m = receive(raw, p);
            } while (!(m instanceof SipRequest r && r.isMethod(Methods.CANCEL)));
            long after = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            assertEquals(invite.cseq().sequence(), m.cseq().sequence());
            assertTrue(after >= 900, "the CANCEL came " + after + " ms after the INVITE");
        }
    }

    private static SipMessage receive(DatagramSocket raw, DatagramPacket p) throws Exception {
        raw.receive(p);
        return new SipMessageParser().parse(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
    }
}
