package io.sipspec.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sipspec.message.Address;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import io.sipspec.server.ReferenceServer;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The proxy role of the reference server on real UDP sockets (127.0.0.1): bob registers through the proxy, alice calls
 * bob's address-of-record, and the call is set up and torn down through it (Record-Route, loose routing), statefully
 * and statelessly.
 */
class ProxyLoopbackTest {

    private ReferenceServer server;
    private final UdpEndpoint alice = new UdpEndpoint();
    private final UdpEndpoint bob = new UdpEndpoint();
    private final UdpEndpoint bob2 = new UdpEndpoint();

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
        bob2.close();
        if (server != null) {
            server.close();
        }
    }

    private static SipRequest.Builder request(UdpEndpoint from, String method, String uri, String to, String callId, String fromTag) {
        return SipRequest.builder(method, Uri.parse(uri))
                .header("Via", "SIP/2.0/UDP " + from.hostPort() + ";branch=" + Identifiers.newBranch() + ";rport")
                .header("Max-Forwards", "70")
                .header("From", "<sip:alice@127.0.0.1>;tag=" + fromTag)
                .header("To", to)
                .header("Call-ID", callId)
                .header("CSeq", "1 " + method);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stateful", "stateless"})
    void aCallThroughTheProxy(String mode) {
        server = ReferenceServer.start("--role=proxy", "--listen=udp:127.0.0.1:0", "--proxy.mode=" + mode, "--t1=100", "--log=warn");
        InetSocketAddress proxy = server.listeningPoints().get(0).address();
        String domain = "127.0.0.1:" + proxy.getPort();

        // bob registers through the proxy (its co-located registrar).
        SipRequest register = request(bob, "REGISTER", "sip:" + domain, "<sip:bob@" + domain + ">", Identifiers.newCallId(null), "r1")
                .header("From", "<sip:bob@" + domain + ">;tag=r1")
                .header("Contact", "<sip:bob@" + bob.hostPort() + ">").header("Expires", "600").build();
        bob.send(register, proxy);
        assertEquals(200, bob.response(200, "REGISTER").statusCode());

        // alice calls bob's address-of-record.
        String callId = Identifiers.newCallId(null);
        SipRequest invite = request(alice, "INVITE", "sip:bob@" + domain, "<sip:bob@" + domain + ">", callId, "a1")
                .header("Contact", "<sip:alice@" + alice.hostPort() + ">").build();
        alice.send(invite, proxy);

        SipRequest atBob = bob.request("INVITE");
        assertEquals("sip:bob@" + bob.hostPort(), atBob.requestUri().toString());
        assertEquals(69, atBob.maxForwards());
        assertEquals(2, atBob.via().size());
        assertEquals(proxy.getPort(), atBob.topVia().port());
        List<Address> recordRoute = atBob.recordRoutes();
        assertEquals(List.of(Address.parse("<sip:" + domain + ";lr>")), recordRoute);

        // bob rings and answers, copying Record-Route (§12.1.1); responses go to the proxy's Via.
        bob.send(atBob.createResponse(180, "b1").header(HeaderName.RECORD_ROUTE, atBob.headerValue("Record-Route"))
                .header("Contact", "<sip:bob@" + bob.hostPort() + ">").build(), proxy);
        SipResponse ringing = alice.response(180, "INVITE");
        assertEquals(1, ringing.via().size(), "the proxy's Via is removed");
        bob.send(atBob.createResponse(200, "b1").header(HeaderName.RECORD_ROUTE, atBob.headerValue("Record-Route"))
                .header("Contact", "<sip:bob@" + bob.hostPort() + ">").build(), proxy);
        SipResponse ok = alice.response(200, "INVITE");
        assertEquals(recordRoute, ok.recordRoutes());

        // ACK and BYE follow the route set: the proxy consumes its Route value and sends them to bob's Contact.
        SipRequest ack = request(alice, "ACK", "sip:bob@" + bob.hostPort(), ok.headerValue("To"), callId, "a1")
                .header("CSeq", "1 ACK").header("Route", "<sip:" + domain + ";lr>").build();
        alice.send(ack, proxy);
        SipRequest ackAtBob = bob.request("ACK");
        assertNull(ackAtBob.headerValue("Route"));

        SipRequest bye = request(alice, "BYE", "sip:bob@" + bob.hostPort(), ok.headerValue("To"), callId, "a1")
                .header("CSeq", "2 BYE").header("Route", "<sip:" + domain + ";lr>").build();
        alice.send(bye, proxy);
        SipRequest byeAtBob = bob.request("BYE");
        assertNull(byeAtBob.headerValue("Route"));
        assertEquals(69, byeAtBob.maxForwards());
        bob.send(byeAtBob.createResponse(200).build(), proxy);
        assertEquals(200, alice.response(200, "BYE").statusCode());
    }

    /** §16.6 parallel forking, §16.7 step 5 (2xx forwarded at once) and step 10 (CANCEL to the pending branch). */
    @org.junit.jupiter.api.Test
    void aForkedCallIsAnsweredByOneContactAndCancelledAtTheOther() {
        server = ReferenceServer.start("--role=proxy", "--listen=udp:127.0.0.1:0", "--t1=100", "--log=warn");
        InetSocketAddress proxy = server.listeningPoints().get(0).address();
        String domain = "127.0.0.1:" + proxy.getPort();
        for (UdpEndpoint b : List.of(bob, bob2)) {
            b.send(request(b, "REGISTER", "sip:" + domain, "<sip:bob@" + domain + ">", Identifiers.newCallId(null), "r" + b.port())
                    .header("From", "<sip:bob@" + domain + ">;tag=r" + b.port())
                    .header("Contact", "<sip:bob@" + b.hostPort() + ">").header("Expires", "600").build(), proxy);
            assertEquals(200, b.response(200, "REGISTER").statusCode());
        }

        alice.send(request(alice, "INVITE", "sip:bob@" + domain, "<sip:bob@" + domain + ">", Identifiers.newCallId(null), "a1")
                .header("Contact", "<sip:alice@" + alice.hostPort() + ">").build(), proxy);
        SipRequest atBob = bob.request("INVITE");
        SipRequest atBob2 = bob2.request("INVITE");

        bob.send(atBob.createResponse(180, "b1").build(), proxy);
        assertEquals(180, alice.response(180, "INVITE").statusCode());
        bob2.send(atBob2.createResponse(200, "b2").header("Contact", "<sip:bob@" + bob2.hostPort() + ">").build(), proxy);
        assertEquals("b2", alice.response(200, "INVITE").to().tag());

        // The ringing branch is cancelled with the branch of its INVITE (§9.1).
        SipRequest cancel = bob.request("CANCEL");
        assertEquals(atBob.topVia().branch(), cancel.topVia().branch());
        bob.send(cancel.createResponse(200, "b1").build(), proxy);
        bob.send(atBob.createResponse(487, "b1").build(), proxy);
        // The proxy's client transaction acknowledges the 487 itself (§17.1.1.3); alice never sees it.
        assertEquals(atBob.topVia().branch(), bob.request("ACK").topVia().branch());
    }

    /** §16.5: a contact registered while an INVITE is being forwarded joins its target set, once. */
    @org.junit.jupiter.api.Test
    void aContactRegisteredDuringTheCallGetsTheInviteToo() {
        server = ReferenceServer.start("--role=proxy", "--listen=udp:127.0.0.1:0", "--t1=100", "--log=warn");
        InetSocketAddress proxy = server.listeningPoints().get(0).address();
        String domain = "127.0.0.1:" + proxy.getPort();
        register(bob, domain, proxy);
        alice.send(request(alice, "INVITE", "sip:bob@" + domain, "<sip:bob@" + domain + ">", Identifiers.newCallId(null), "a1")
                .header("Contact", "<sip:alice@" + alice.hostPort() + ">").build(), proxy);
        SipRequest atBob = bob.request("INVITE");
        bob.send(atBob.createResponse(180, "b1").build(), proxy);
        assertEquals(180, alice.response(180, "INVITE").statusCode());

        register(bob2, domain, proxy);
        SipRequest atBob2 = bob2.request("INVITE");
        assertEquals("sip:bob@" + bob2.hostPort(), atBob2.requestUri().toString());
        // bob's own contact, registered again, is already in the target set: no second INVITE for it.
        register(bob, domain, proxy);
        bob2.send(atBob2.createResponse(200, "b2").header("Contact", "<sip:bob@" + bob2.hostPort() + ">").build(), proxy);
        assertEquals("b2", alice.response(200, "INVITE").to().tag());
        assertEquals(atBob.topVia().branch(), bob.request("CANCEL").topVia().branch());
    }

    private static void register(UdpEndpoint b, String domain, InetSocketAddress proxy) {
        b.send(request(b, "REGISTER", "sip:" + domain, "<sip:bob@" + domain + ">", Identifiers.newCallId(null), "r" + b.port())
                .header("From", "<sip:bob@" + domain + ">;tag=r" + b.port())
                .header("Contact", "<sip:bob@" + b.hostPort() + ">").header("Expires", "600").build(), proxy);
        assertEquals(200, b.response(200, "REGISTER").statusCode());
    }
}
