package io.sipspec.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sipspec.auth.DigestClient;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The redirect role on a real stack: clients register, then requests for them get 3xx with their contacts. */
class RedirectElementTest {

    private ReferenceServer server;
    private UdpPeer peer;

    private void start(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "--role=redirect";
        args[1] = "--listen=udp:127.0.0.1:0";
        args[2] = "--t1=100";
        System.arraycopy(extra, 0, args, 3, extra.length);
        server = ReferenceServer.start(args);
        peer = new UdpPeer(server.listeningPoints().get(0).address());
    }

    @AfterEach
    void stop() {
        if (peer != null) {
            peer.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private SipResponse registerAlice() {
        return peer.exchange(peer.request("REGISTER", "sip:127.0.0.1", "sip:alice@127.0.0.1")
                .header("Contact", "<sip:alice@192.0.2.10:5070>").build());
    }

    @Test
    void anInviteForARegisteredUserIsRedirectedToItsContact() {
        start();
        assertEquals(200, registerAlice().statusCode());

        SipResponse r = peer.exchange(peer.request("INVITE", "sip:alice@127.0.0.1", "sip:alice@127.0.0.1").build());

        assertEquals(302, r.statusCode());
        assertEquals(List.of("sip:alice@192.0.2.10:5070"), r.contacts().stream().map(c -> c.uri().toString()).toList());
    }

    @Test
    void anInviteForAnUnknownUserGets404() {
        start();
        assertEquals(404, peer.exchange(peer.request("INVITE", "sip:bob@127.0.0.1", "sip:bob@127.0.0.1").build()).statusCode());
    }

    @Test
    void optionsForTheServerGets200AndForAUserTheAnswerToAnInvite() {
        start();
        registerAlice();

        assertEquals(200, peer.exchange(peer.request("OPTIONS", "sip:127.0.0.1", "sip:127.0.0.1").build()).statusCode());
        assertEquals(302, peer.exchange(peer.request("OPTIONS", "sip:alice@127.0.0.1", "sip:alice@127.0.0.1").build()).statusCode());
    }

    @Test
    void cancelWithNothingToCancelGets481() {
        start();
        assertEquals(481, peer.exchange(peer.request("CANCEL", "sip:alice@127.0.0.1", "sip:alice@127.0.0.1").build()).statusCode());
    }

    @Test
    void aMalformedRequestGets400() {
        start();
        SipRequest bad = peer.request("INVITE", "sip:alice@127.0.0.1", "sip:alice@127.0.0.1").header("Expires", "soon").build();

        SipResponse r = peer.exchange(bad);

        assertEquals(400, r.statusCode());
        assertEquals("Bad Request (Expires", r.reasonPhrase().substring(0, "Bad Request (Expires".length()));
    }

    @Test
    void withUsersRegisterNeedsDigestAndThenRedirects() {
        start("--users=alice:secret");
        SipRequest first = peer.request("REGISTER", "sip:127.0.0.1", "sip:alice@127.0.0.1")
                .header("Contact", "<sip:alice@192.0.2.10:5070>").build();
        SipResponse challenge = peer.exchange(first);
        assertEquals(401, challenge.statusCode());

        SipRequest retry = DigestClient.of("alice", "secret").retry(first, challenge).orElseThrow();
        assertEquals(200, peer.exchange(retry).statusCode());
        assertEquals(302, peer.exchange(peer.request("INVITE", "sip:alice@127.0.0.1", "sip:alice@127.0.0.1").build()).statusCode());
    }
}
