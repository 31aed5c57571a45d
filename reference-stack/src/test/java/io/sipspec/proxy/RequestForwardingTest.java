package io.sipspec.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Address;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stateful proxy's request validation (§16.3), route preprocessing (§16.4), targets (§16.5) and forwarding (§16.6). */
class RequestForwardingTest {

    private final ProxyHarness h = new ProxyHarness().bind("sip:bob@example.com", "<sip:bob@192.0.2.20:5062>");

    private SipRequest forwardedInvite() {
        List<SipRequest> invites = h.requests("INVITE");
        assertEquals(1, invites.size(), () -> "INVITEs sent: " + invites);
        return invites.get(0);
    }

    @Test
    void anInviteToARegisteredUserGoesToItsContact() {
        SipRequest invite = ProxyHarness.invite("sip:bob@example.com").build();
        h.fromAlice(invite);

        SipRequest out = forwardedInvite();
        assertEquals("sip:bob@192.0.2.20:5062", out.requestUri().toString());
        assertEquals(new InetSocketAddress("192.0.2.20", 5062), h.sentRequests("INVITE").get(0).destination().address());
        // §16.6 step 3: Max-Forwards decremented by one.
        assertEquals(69, out.maxForwards());
        // §16.6 step 8: the proxy's Via on top, the received ones below, unchanged.
        List<Via> via = out.via();
        assertEquals(2, via.size());
        assertEquals("192.0.2.1", via.get(0).host().text());
        assertTrue(via.get(0).branch().startsWith(Via.MAGIC_COOKIE));
        assertEquals(invite.topVia().branch(), via.get(1).branch());
        // §16.6 step 4: Record-Route with lr.
        assertEquals(List.of(Address.parse("<sip:192.0.2.1;lr>")), out.recordRoutes());
        // §16.6 step 1: every other header field and the body unchanged.
        assertEquals(invite.callId(), out.callId());
        assertEquals(invite.headerValue("From"), out.headerValue("From"));
        assertEquals(invite.headerValue("Contact"), out.headerValue("Contact"));
    }

    @Test
    void aReInviteWithinADialogGetsARecordRoute() {
        // §16.6 step 4: "If this request is already part of a dialog, the proxy SHOULD insert a Record-Route header
        // field value if it wishes to remain on the path of future requests in the dialog."
        h.fromAlice(ProxyHarness.request("INVITE", "sip:bob@192.0.2.20:5062").header("To", "<sip:bob@example.com>;tag=b1")
                .header("Route", "<sip:192.0.2.1:5060;lr>").build());

        assertEquals(List.of(Address.parse("<sip:192.0.2.1;lr>")), h.sentRequests("INVITE").get(0).request().recordRoutes());
    }

    @Test
    void aRequestWithAnUnknownMethodGetsARecordRouteAndAMessageNone() {
        // §16.6: "it SHOULD add a Record-Route header field value to every request with a method it does not understand
        // since that method may have dialog semantics."
        h.fromAlice(ProxyHarness.request("FROBNICATE", "sip:bob@example.com").build());
        h.fromAlice(ProxyHarness.request("MESSAGE", "sip:bob@example.com").build());

        assertEquals(List.of(Address.parse("<sip:192.0.2.1;lr>")), h.sentRequests("FROBNICATE").get(0).request().recordRoutes());
        assertEquals(List.of(), h.sentRequests("MESSAGE").get(0).request().recordRoutes());
    }

    @Test
    void maxForwardsIsAddedWhenMissing() {
        h.fromAlice(ProxyHarness.invite("sip:bob@example.com").removeHeader("Max-Forwards").build());

        assertEquals(70, forwardedInvite().maxForwards());
    }

    @Test
    void maxForwardsZeroGets483AndIsNotForwarded() {
        h.fromAlice(ProxyHarness.invite("sip:bob@example.com").header("Max-Forwards", "0").build());

        assertEquals(List.of(483), h.statuses("INVITE"));
        assertEquals(List.of(), h.requests("INVITE"));
    }

    @Test
    void anUnknownProxyRequireOptionGets420WithUnsupported() {
        h.fromAlice(ProxyHarness.request("OPTIONS", "sip:bob@example.com").header("Proxy-Require", "foo, bar").build());

        SipResponse r = h.responses().get(0);
        assertEquals(420, r.statusCode());
        assertEquals("foo, bar", r.headerValue("Unsupported"));
        assertEquals(List.of(), h.requests("OPTIONS"));
    }

    @Test
    void aMalformedDateIsForwardedUnchanged() {
        // §16.3 step 1: "For instance, an element would not reject a request because of a malformed Date header field.
        // Likewise, a proxy would not remove a malformed Date header field before forwarding a request."
        h.fromAlice(ProxyHarness.invite("sip:bob@example.com").header("Date", "yesterday, around noon").build());

        assertEquals("yesterday, around noon", forwardedInvite().headerValue("Date"));
    }

    @Test
    void aRequestWithoutCallIdOrWithAMalformedMaxForwardsGets400() {
        h.fromAlice(ProxyHarness.request("MESSAGE", "sip:bob@example.com").removeHeader("Call-ID").build());
        h.fromAlice(ProxyHarness.request("OPTIONS", "sip:bob@example.com").header("Max-Forwards", "many").build());

        assertEquals(List.of(400, 400), h.responses().stream().map(SipResponse::statusCode).toList());
        assertEquals(List.of(), h.requests("OPTIONS"));
    }

    @Test
    void aTelRequestUriGets416() {
        h.fromAlice(ProxyHarness.request("OPTIONS", "tel:+15551234").build());

        assertEquals(List.of(416), h.statuses("OPTIONS"));
    }

    @Test
    void aRequestThatComesBackUnchangedHasLooped() {
        // Not our domain: forwarded with its Request-URI unchanged; it comes back as it left.
        SipRequest out = ProxyHarness.request("OPTIONS", "sip:carol@192.0.2.40").build();
        h.fromAlice(out);
        SipRequest forwarded = h.requests("OPTIONS").get(0);

        h.receive(forwarded, new InetSocketAddress("192.0.2.40", 5060));

        assertEquals(List.of(482), h.statuses("OPTIONS"));
        assertEquals(1, h.requests("OPTIONS").size(), "the looped request is not forwarded again");
    }

    @Test
    void aRequestThatComesBackChangedIsSpiralling() {
        h.fromAlice(ProxyHarness.request("OPTIONS", "sip:carol@192.0.2.40").build());
        SipRequest forwarded = h.requests("OPTIONS").get(0);

        // The next element changed the Request-URI: a spiral, processed again (§16.3 step 4).
        h.receive(forwarded.toBuilder().requestUri(io.sipspec.message.Uri.parse("sip:bob@example.com")).build(),
                new InetSocketAddress("192.0.2.40", 5060));

        List<SipRequest> sent = h.requests("OPTIONS");
        assertEquals(2, sent.size());
        assertEquals(3, sent.get(1).via().size());
        assertNotEquals(sent.get(0).topVia().branch(), sent.get(1).topVia().branch());
    }

    @Test
    void aRouteNamingTheProxyIsConsumedAndTheNextRouteIsFollowed() {
        h.fromAlice(ProxyHarness.request("BYE", "sip:bob@192.0.2.20:5062")
                .header("Route", "<sip:192.0.2.1:5060;lr>, <sip:192.0.2.30:5070;lr>").build());

        ProxyHarness.Sent s = h.sentRequests("BYE").get(0);
        assertEquals(List.of(Address.parse("<sip:192.0.2.30:5070;lr>")), s.request().routes());
        assertEquals("sip:bob@192.0.2.20:5062", s.request().requestUri().toString());
        assertEquals(new InetSocketAddress("192.0.2.30", 5070), s.destination().address());
        assertEquals(List.of(), s.request().recordRoutes(), "a BYE creates no dialog: no Record-Route");
    }

    @Test
    void aStrictRouterNextIsSentTheRouteAsRequestUri() {
        // §16.6 step 6: the first Route has no lr.
        h.fromAlice(ProxyHarness.request("BYE", "sip:bob@192.0.2.20:5062")
                .header("Route", "<sip:192.0.2.1;lr>, <sip:192.0.2.30:5070>, <sip:192.0.2.31;lr>").build());

        ProxyHarness.Sent s = h.sentRequests("BYE").get(0);
        assertEquals("sip:192.0.2.30:5070", s.request().requestUri().toString());
        assertEquals(List.of(Address.parse("<sip:192.0.2.31;lr>"), Address.parse("<sip:bob@192.0.2.20:5062>")), s.request().routes());
        // Step 7: "the proxy MUST apply those procedures to the Request-URI of the request".
        assertEquals(new InetSocketAddress("192.0.2.30", 5070), s.destination().address());
    }

    @Test
    void aRequestFromAStrictRouterGetsItsRequestUriBackFromTheLastRoute() {
        // §16.4: the Request-URI is the proxy's own Record-Route value.
        h.fromAlice(ProxyHarness.request("BYE", "sip:192.0.2.1:5060;lr").header("Route", "<sip:bob@192.0.2.20:5062>").build());

        ProxyHarness.Sent s = h.sentRequests("BYE").get(0);
        assertEquals("sip:bob@192.0.2.20:5062", s.request().requestUri().toString());
        assertEquals(List.of(), s.request().routes());
        assertEquals(new InetSocketAddress("192.0.2.20", 5062), s.destination().address());
    }

    @Test
    void anUnregisteredUserOfTheDomainGets480() {
        h.fromAlice(ProxyHarness.invite("sip:nobody@example.com").build());

        assertEquals(List.of(480), h.statuses("INVITE"));
    }

    @Test
    void theProxyItselfIsNotAUser() {
        h.fromAlice(ProxyHarness.request("MESSAGE", "sip:example.com").build());

        assertEquals(List.of(404), h.statuses("MESSAGE"));
    }

    @Test
    void aRequestForAnotherDomainKeepsItsRequestUri() {
        h.fromAlice(ProxyHarness.request("MESSAGE", "sip:carol@192.0.2.40:5080").build());

        ProxyHarness.Sent s = h.sentRequests("MESSAGE").get(0);
        assertEquals("sip:carol@192.0.2.40:5080", s.request().requestUri().toString());
        assertEquals(new InetSocketAddress("192.0.2.40", 5080), s.destination().address());
    }

    @Test
    void recordRouteCanBeTurnedOff() {
        ProxyHarness off = new ProxyHarness(ProxyConfig.DEFAULT.withRecordRoute(false)).bind("sip:bob@example.com", "<sip:bob@192.0.2.20>");
        off.fromAlice(ProxyHarness.invite("sip:bob@example.com").build());

        assertNull(off.requests("INVITE").get(0).headerValue("Record-Route"));
    }

    @Test
    void theAckForA2xxIsRoutedAndForwardedStatelessly() {
        SipRequest ack = ProxyHarness.request("ACK", "sip:bob@192.0.2.20:5062").header("CSeq", "1 ACK")
                .header("Route", "<sip:192.0.2.1:5060;lr>").header("To", "<sip:bob@example.com>;tag=b1").build();
        h.fromAlice(ack);

        ProxyHarness.Sent s = h.sentRequests("ACK").get(0);
        assertTrue(s.stateless());
        assertEquals(List.of(), s.request().routes());
        assertEquals(69, s.request().maxForwards());
        assertEquals(new InetSocketAddress("192.0.2.20", 5062), s.destination().address());
    }

    private static ProxyHarness withRouteSet(String routes) {
        return new ProxyHarness(ProxyConfig.DEFAULT.withRouteSet(io.sipspec.message.SipHeaders.ROUTE.parseField(routes)))
                .bind("sip:bob@example.com", "<sip:bob@192.0.2.20:5062>");
    }

    @Test
    void aLocalRouteSetIsAddedAsTheRouteOfARequestWithout() {
        // §16.6 step 6: "If the Route header field is absent, it MUST be added, containing that list of URIs."
        ProxyHarness p = withRouteSet("<sip:192.0.2.30:5070;lr>, <sip:192.0.2.31;lr>");
        p.fromAlice(ProxyHarness.request("MESSAGE", "sip:bob@example.com").build());

        ProxyHarness.Sent out = p.sentRequests("MESSAGE").get(0);
        assertEquals("sip:bob@192.0.2.20:5062", out.request().requestUri().toString());
        assertEquals(List.of(Address.parse("<sip:192.0.2.30:5070;lr>"), Address.parse("<sip:192.0.2.31;lr>")), out.request().routes());
        // Step 7: the request goes to the first Route value.
        assertEquals(new InetSocketAddress("192.0.2.30", 5070), out.destination().address());
    }

    @Test
    void aLocalRouteSetIsPushedAheadOfTheReceivedRouteValues() {
        // §16.6 step 6: "This set MUST be pushed into the Route header field of the copy ahead of any existing values,
        // if present."
        ProxyHarness p = withRouteSet("<sip:192.0.2.30:5070;lr>");
        p.fromAlice(ProxyHarness.request("MESSAGE", "sip:carol@example.org")
                .header("Route", "<sip:192.0.2.1;lr>, <sip:next.example.org;lr>").build());

        ProxyHarness.Sent out = p.sentRequests("MESSAGE").get(0);
        assertEquals("sip:carol@example.org", out.request().requestUri().toString());
        assertEquals(List.of(Address.parse("<sip:192.0.2.30:5070;lr>"), Address.parse("<sip:next.example.org;lr>")), out.request().routes());
        assertEquals(new InetSocketAddress("192.0.2.30", 5070), out.destination().address());
    }

    @Test
    void aLocalRouteToAProxyNotKnownToBeALooseRouterIsReformattedForAStrictRouter() {
        // §16.6 step 6: "If the request has a Route header field, this alternative MUST NOT be used unless it is known
        // that next hop proxy is a loose router." The proxy is not sent the request as it is: its URI (no lr) becomes
        // the Request-URI, the Request-URI the last Route value.
        ProxyHarness p = withRouteSet("<sip:192.0.2.30:5070>");
        p.fromAlice(ProxyHarness.request("MESSAGE", "sip:carol@example.org")
                .header("Route", "<sip:192.0.2.1;lr>, <sip:next.example.org;lr>").build());

        ProxyHarness.Sent out = p.sentRequests("MESSAGE").get(0);
        assertEquals("sip:192.0.2.30:5070", out.request().requestUri().toString());
        assertEquals(List.of(Address.parse("<sip:next.example.org;lr>"), Address.parse("<sip:carol@example.org>")), out.request().routes());
        assertEquals(new InetSocketAddress("192.0.2.30", 5070), out.destination().address());
    }
}
