package io.sipspec.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.auth.DigestClient;
import io.sipspec.message.Address;
import io.sipspec.message.AuthValue;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.registrar.AddressOfRecord;
import io.sipspec.registrar.Binding;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registrar role on a real stack (UDP, 127.0.0.1, an ephemeral port), driven by a plain UDP socket. */
class RegistrarElementTest {

    private static final String AOR = "sip:alice@127.0.0.1";

    private ReferenceServer server;
    private UdpPeer alice;

    @BeforeEach
    void start() {
        server = ReferenceServer.start("--role=registrar", "--listen=udp:127.0.0.1:0", "--domain=127.0.0.1",
                "--users=alice:secret,bob:hunter2", "--t1=100");
        InetSocketAddress address = server.listeningPoints().get(0).address();
        alice = new UdpPeer(address);
    }

    @AfterEach
    void stop() {
        alice.close();
        server.close();
    }

    private SipRequest register(String to) {
        return alice.request("REGISTER", "sip:127.0.0.1", to)
                .header("Contact", "<sip:alice@192.0.2.10:5070>")
                .header("Expires", "600")
                .build();
    }

    @Test
    void registerWithoutCredentialsIsChallenged() {
        SipResponse r = alice.exchange(register(AOR));

        assertEquals(401, r.statusCode());
        List<AuthValue> challenges = r.headerValues(SipHeaders.WWW_AUTHENTICATE);
        assertEquals(List.of("SHA-256", "MD5"), challenges.stream().map(c -> c.parameter("algorithm")).toList());
        assertTrue(challenges.stream().allMatch(c -> "127.0.0.1".equals(c.parameter("realm"))), challenges::toString);
        assertTrue(bindings().isEmpty());
    }

    @Test
    void registerWithDigestCredentialsBindsTheContact() {
        SipRequest first = register(AOR);
        SipResponse challenge = alice.exchange(first);
        SipRequest retry = DigestClient.of("alice", "secret").retry(first, challenge).orElseThrow();

        SipResponse ok = alice.exchange(retry);

        assertEquals(200, ok.statusCode(), ok::toString);
        List<Address> contacts = ok.contacts();
        assertEquals(1, contacts.size(), ok::toString);
        assertEquals("sip:alice@192.0.2.10:5070", contacts.get(0).uri().toString());
        long expires = Long.parseLong(contacts.get(0).parameter("expires"));
        assertTrue(expires > 590 && expires <= 600, "expires=" + expires);
        assertEquals(1, bindings().size());
    }

    @Test
    void aWrongPasswordIsChallengedAgain() {
        SipRequest first = register(AOR);
        SipResponse challenge = alice.exchange(first);
        SipRequest retry = DigestClient.of("alice", "wrong").retry(first, challenge).orElseThrow();

        assertEquals(401, alice.exchange(retry).statusCode());
        assertTrue(bindings().isEmpty());
    }

    @Test
    void aUserMayNotChangeTheBindingsOfAnother() {
        SipRequest first = register("sip:bob@127.0.0.1");
        SipResponse challenge = alice.exchange(first);
        SipRequest retry = DigestClient.of("alice", "secret").retry(first, challenge).orElseThrow();

        assertEquals(403, alice.exchange(retry).statusCode());
    }

    @Test
    void optionsListsTheCapabilities() {
        SipResponse r = alice.exchange(alice.request("OPTIONS", "sip:127.0.0.1", AOR).build());

        assertEquals(200, r.statusCode());
        assertEquals(List.of("REGISTER", "OPTIONS", "CANCEL"), r.headerValues(SipHeaders.ALLOW));
        assertEquals("application/sdp", r.headers().value("Accept"));
        assertTrue(r.headers().contains(SipHeaders.SUPPORTED.name()), r::toString);
    }

    @Test
    void otherMethodsGet405WithAllow() {
        SipResponse r = alice.exchange(alice.request("INVITE", "sip:alice@127.0.0.1", AOR).build());

        assertEquals(405, r.statusCode());
        assertEquals(List.of("REGISTER", "OPTIONS", "CANCEL"), r.headerValues(SipHeaders.ALLOW));
    }

    @Test
    void anUnknownMethodGets501() {
        assertEquals(501, alice.exchange(alice.request("FOO", "sip:127.0.0.1", AOR).build()).statusCode());
    }

    @Test
    void cancelWithNothingToCancelGets481() {
        assertEquals(481, alice.exchange(alice.request("CANCEL", "sip:alice@127.0.0.1", AOR).build()).statusCode());
    }

    @Test
    void cancelMatchingAnAnsweredInviteGets200() {
        SipRequest invite = alice.request("INVITE", "sip:alice@127.0.0.1", AOR).build();
        SipResponse refused = alice.exchange(invite);
        SipRequest cancel = invite.toBuilder().method("CANCEL").header("CSeq", "1 CANCEL").build();

        SipResponse r = alice.exchange(cancel);

        assertEquals(200, r.statusCode());
        // RFC 3261 §9.2: "the To tag of the response to the CANCEL and the To tag in the response to the original
        // request SHOULD be the same."
        assertEquals(refused.to().tag(), r.to().tag());
    }

    @Test
    void aMalformedHeaderFieldGets400NamingIt() {
        SipResponse r = alice.exchange(alice.request("OPTIONS", "sip:127.0.0.1", AOR).header("Max-Forwards", "seventy").build());

        assertEquals(400, r.statusCode());
        assertTrue(r.reasonPhrase().startsWith("Bad Request (Max-Forwards: "), r.reasonPhrase());
    }

    @Test
    void aMalformedToGets400WithTheRowsCopied() {
        SipRequest bad = alice.request("OPTIONS", "sip:127.0.0.1", AOR).header("To", "<sip:alice@127.0.0.1").build();

        SipResponse r = alice.exchange(bad);

        assertEquals(400, r.statusCode());
        assertEquals("<sip:alice@127.0.0.1", r.headers().value("To"));
        assertTrue(r.reasonPhrase().contains("To"), r.reasonPhrase());
    }

    private List<Binding> bindings() {
        return ((RegistrarElement) server.element()).locations().lookup(AddressOfRecord.parse(AOR));
    }
}
