package io.sipspec.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The UAS role's settings on the wire: ring, non-invite.delay and 100rel (a UDP peer against the reference server, T1 = 10 ms). */
class UasSettingsElementTest {

    private static final String BOB = "sip:bob@127.0.0.1";

    private static ReferenceServer uas(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "--role=uas";
        args[1] = "--listen=udp:127.0.0.1:0";
        args[2] = "--t1=10";
        System.arraycopy(options, 0, args, 3, options.length);
        return ReferenceServer.start(args);
    }

    private static UdpPeer peer(ReferenceServer server) {
        return new UdpPeer(server.listeningPoints().get(0).address());
    }

    /** The next response that {@code wanted} accepts, skipping others; fails after 5 s of silence. */
    private static SipResponse next(UdpPeer peer, Predicate<SipResponse> wanted) {
        while (true) {
            SipResponse r = peer.receive();
            if (wanted.test(r)) {
                return r;
            }
        }
    }

    private static SipRequest invite(UdpPeer peer, String supported) {
        SipRequest.Builder b = peer.request("INVITE", BOB, BOB).header("Contact", "<sip:alice@127.0.0.1:" + peer.port() + ">");
        if (supported != null) {
            b.header("Supported", supported);
        }
        return b.build();
    }

    @Test
    @DisplayName("non-invite.delay: an OPTIONS gets 100 (Trying) at once, 100 (Still Trying) halfway, then its 200")
    void slowNonInvite() {
        try (ReferenceServer server = uas("--non-invite.delay=400"); UdpPeer peer = peer(server)) {
            long start = System.nanoTime();
            peer.send(peer.request("OPTIONS", BOB, BOB).build());
            SipResponse first = peer.receive();
            SipResponse second = peer.receive();
            SipResponse last = peer.receive();
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals("SIP/2.0 100 Trying", first.startLine());
            assertEquals("SIP/2.0 100 Still Trying", second.startLine());
            assertEquals(200, last.statusCode());
            assertTrue(millis >= 380, "the 200 came after " + millis + " ms");
        }
    }

    @Test
    @DisplayName("ring=forever: the 180 comes again every 120*T1, no 200 comes")
    void ringingForeverRefreshesThe180() {
        try (ReferenceServer server = uas("--ring=forever"); UdpPeer peer = peer(server)) {
            long start = System.nanoTime();
            peer.send(invite(peer, null));
            SipResponse ringing = next(peer, r -> r.statusCode() != 100);
            SipResponse again = next(peer, r -> r.statusCode() != 100);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(180, ringing.statusCode());
            assertEquals(ringing.toString(), again.toString());
            assertTrue(millis >= 1150, "the second 180 came after " + millis + " ms, before 120*T1");
        }
    }

    @Test
    @DisplayName("100rel=required: an INVITE whose Supported lacks 100rel gets 421 with Require: 100rel")
    void required100relWithoutSupport() {
        try (ReferenceServer server = uas("--100rel=required"); UdpPeer peer = peer(server)) {
            SipRequest invite = invite(peer, "timer");
            SipResponse r = peer.exchange(invite);

            assertEquals(421, r.statusCode());
            assertEquals("100rel", r.headerValue("Require"));
        }
    }

    @Test
    @DisplayName("100rel=required: an INVITE that lists 100rel gets a reliable 180 (Require, RSeq) and its 200")
    void required100relWithSupport() {
        try (ReferenceServer server = uas("--100rel=required"); UdpPeer peer = peer(server)) {
            SipRequest invite = invite(peer, "100rel");
            peer.send(invite);
            SipResponse ringing = next(peer, r -> r.statusCode() == 180);
            SipResponse ok = peer.finalResponse(invite.topVia().branch(), "INVITE");

            assertEquals("100rel", ringing.headerValue("Require"));
            long rseq = Long.parseLong(ringing.headerValue("RSeq"));
            assertTrue(rseq >= 1 && rseq < 1L << 31, "RSeq " + rseq);
            assertEquals(200, ok.statusCode());
            assertTrue(ok.headerValue("Supported").contains("100rel"), ok.toString());
            assertTrue(ok.headerValue("Allow").contains("PRACK"), ok.toString());
        }
    }

    @Test
    @DisplayName("100rel=on: the reliable 180 is retransmitted until its PRACK; a PRACK that matches nothing gets 481")
    void reliable180RetransmittedUntilPrack() {
        try (ReferenceServer server = uas("--100rel=on", "--ring=forever"); UdpPeer peer = peer(server)) {
            SipRequest invite = invite(peer, "100rel");
            peer.send(invite);
            SipResponse ringing = next(peer, r -> r.statusCode() == 180);
            SipResponse again = next(peer, r -> r.statusCode() == 180);
            assertEquals(ringing.toString(), again.toString());

            SipRequest.Builder prack = peer.request("PRACK", BOB, BOB).header("To", ringing.headerValue("To"))
                    .header("From", invite.headerValue("From")).header("Call-ID", invite.callId()).header("CSeq", "2 PRACK");
            SipRequest wrong = prack.header("RAck", (Long.parseLong(ringing.headerValue("RSeq")) + 1) + " 1 INVITE").build();
            assertEquals(481, peer.exchange(wrong).statusCode());
            SipRequest right = prack.header("CSeq", "3 PRACK").header("RAck", ringing.headerValue("RSeq") + " 1 INVITE")
                    .header("Via", wrong.headerValue("Via").replaceAll("branch=[^;]+", "branch=z9hG4bKprack3")).build();
            assertEquals(200, peer.exchange(right).statusCode());
        }
    }

    @Test
    @DisplayName("100rel=on: an INVITE that does not list 100rel gets its 180 unreliably (baseline SIP)")
    void noReliable180WithoutSupport() {
        try (ReferenceServer server = uas("--100rel=on"); UdpPeer peer = peer(server)) {
            SipRequest invite = invite(peer, null);
            peer.send(invite);
            SipResponse ringing = next(peer, r -> r.statusCode() == 180);

            assertNull(ringing.headerValue("Require"));
            assertNull(ringing.headerValue("RSeq"));
            assertNotEquals(421, peer.finalResponse(invite.topVia().branch(), "INVITE").statusCode());
        }
    }

    @Test
    @DisplayName("accept=bob: a Request-URI of another user gets 404, bob's and the UA's own user's get 200")
    void acceptedUsers() {
        try (ReferenceServer server = uas("--accept=bob"); UdpPeer peer = peer(server)) {
            assertEquals(404, peer.exchange(peer.request("OPTIONS", "sip:carol@127.0.0.1", "sip:carol@127.0.0.1").build()).statusCode());
            assertEquals(200, peer.exchange(peer.request("OPTIONS", BOB, BOB).build()).statusCode());
            assertEquals(200, peer.exchange(peer.request("OPTIONS", "sip:sipspec@127.0.0.1", BOB).build()).statusCode());
            assertEquals(416, peer.exchange(peer.request("OPTIONS", "tel:+15551234", BOB).build()).statusCode(),
                    "the scheme is checked before the address");
        }
    }

    @Test
    @DisplayName("foreign-to: accept takes a request to bob whose To is carol's; reject answers it 403")
    void foreignTo() {
        try (ReferenceServer server = uas("--accept=bob", "--foreign-to=reject"); UdpPeer peer = peer(server)) {
            assertEquals(403, peer.exchange(peer.request("OPTIONS", BOB, "sip:carol@127.0.0.1").build()).statusCode());
            assertEquals(200, peer.exchange(peer.request("OPTIONS", BOB, BOB).build()).statusCode());
        }
        try (ReferenceServer server = uas("--accept=bob"); UdpPeer peer = peer(server)) {
            assertEquals(200, peer.exchange(peer.request("OPTIONS", BOB, "sip:carol@127.0.0.1").build()).statusCode());
        }
    }

    @Test
    @DisplayName("body.limit: a larger body gets 413, with Retry-After when the limit is temporary; a body within it is processed")
    void bodyLimit() {
        byte[] body = "x".repeat(101).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (ReferenceServer server = uas("--body.limit=100", "--body.limit.retry-after=60"); UdpPeer peer = peer(server)) {
            SipResponse r = peer.exchange(peer.request("OPTIONS", BOB, BOB).body("application/sdp", body).build());
            assertEquals(413, r.statusCode());
            assertEquals("60", r.headerValue("Retry-After"));
            assertEquals(200, peer.exchange(peer.request("OPTIONS", BOB, BOB).build()).statusCode());
        }
        try (ReferenceServer server = uas("--body.limit=100"); UdpPeer peer = peer(server)) {
            SipResponse r = peer.exchange(peer.request("OPTIONS", BOB, BOB).body("application/sdp", body).build());
            assertEquals(413, r.statusCode());
            assertNull(r.headerValue("Retry-After"));
        }
    }
}
