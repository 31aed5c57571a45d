package io.sipspec.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sipspec.message.Address;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import io.sipspec.transport.Destination;
import io.sipspec.transport.TransportType;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of RFC 3261 §16.12.1, each proxy being {@link RoutePreprocessing} then {@link RequestForwarding}, with
 * the location service replaced by the target the example names. Names are not resolved: the next hop is kept as the
 * URI it was resolved from.
 */
class RouteExamplesTest {

    /** A proxy named {@code host} (port 5060), responsible for {@code domains}, record-routing. */
    private static ProxyIdentity proxy(String host, String... domains) {
        return new ProxyIdentity(List.of(ProxyIdentity.Point.of(TransportType.UDP, host, 5060)), List.of(domains));
    }

    private static final class Hop implements RequestForwarding.NextHop {
        final ProxyIdentity self;
        final boolean recordRoute;
        Uri resolved;

        Hop(ProxyIdentity self, boolean recordRoute) {
            this.self = self;
            this.recordRoute = recordRoute;
        }

        @Override
        public Destination resolve(Uri uri) {
            resolved = uri;
            return new Destination(TransportType.UDP, InetSocketAddress.createUnresolved(((SipUri) uri).host().text(), 5060));
        }

        @Override
        public SipUri recordRoute(SipRequest received, Destination destination) {
            return recordRoute ? self.recordRoute(TransportType.UDP) : null;
        }

        @Override
        public Via via(Destination destination) {
            return Via.of("UDP", self.points().get(0).host().text(), 5060, "z9hG4bKtest");
        }
    }

    /** One proxy's pass: §16.4, then §16.6 to {@code target} (or the Request-URI). */
    private static SipRequest pass(ProxyIdentity self, SipRequest in, String target, boolean recordRoute, Hop[] hop) {
        SipRequest r = RoutePreprocessing.apply(in, self);
        Hop h = new Hop(self, recordRoute);
        hop[0] = h;
        return RequestForwarding.prepare(r, target == null ? r.requestUri() : Uri.parse(target), h).request();
    }

    private static SipRequest request(String method, String uri, String... headers) {
        SipRequest.Builder b = ProxyHarness.request(method, uri).removeHeader("Contact");
        for (int i = 0; i < headers.length; i += 2) {
            b.addHeader(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    private static List<Address> addresses(String... values) {
        return java.util.Arrays.stream(values).map(Address::parse).toList();
    }

    @Test
    void basicSipTrapezoid() {
        ProxyIdentity p1 = proxy("p1.example.com", "example.com");
        ProxyIdentity p2 = proxy("p2.domain.com", "domain.com");
        Hop[] hop = new Hop[1];

        SipRequest invite = request("INVITE", "sip:callee@domain.com", "Contact", "sip:caller@u1.example.com");
        SipRequest atP2 = pass(p1, invite, null, true, hop);
        assertEquals("sip:callee@domain.com", atP2.requestUri().toString());
        assertEquals(addresses("<sip:p1.example.com;lr>"), atP2.recordRoutes());

        SipRequest atU2 = pass(p2, atP2, "sip:callee@u2.domain.com", true, hop);
        assertEquals("sip:callee@u2.domain.com", atU2.requestUri().toString());
        assertEquals(addresses("<sip:p2.domain.com;lr>", "<sip:p1.example.com;lr>"), atU2.recordRoutes());

        SipRequest bye = request("BYE", "sip:callee@u2.domain.com", "Route", "<sip:p1.example.com;lr>,<sip:p2.domain.com;lr>");
        SipRequest byeAtP2 = pass(p1, bye, null, false, hop);
        assertEquals("sip:callee@u2.domain.com", byeAtP2.requestUri().toString());
        assertEquals(addresses("<sip:p2.domain.com;lr>"), byeAtP2.routes());
        assertEquals(Uri.parse("sip:p2.domain.com;lr"), hop[0].resolved);

        SipRequest byeAtU2 = pass(p2, byeAtP2, null, false, hop);
        assertEquals("sip:callee@u2.domain.com", byeAtU2.requestUri().toString());
        assertEquals(List.of(), byeAtU2.routes());
        assertEquals(Uri.parse("sip:callee@u2.domain.com"), hop[0].resolved);
    }

    @Test
    void traversingAStrictRoutingProxy() {
        ProxyIdentity p4 = proxy("p4.domain.com", "domain.com");
        ProxyIdentity p2 = proxy("p2.example.com", "example.com");
        ProxyIdentity p1 = proxy("p1.example.com", "example.com");
        Hop[] hop = new Hop[1];

        SipRequest bye = request("BYE", "sip:caller@u1.example.com",
                "Route", "<sip:p4.domain.com;lr>", "Route", "<sip:p3.middle.com>",
                "Route", "<sip:p2.example.com;lr>", "Route", "<sip:p1.example.com;lr>");
        SipRequest atP3 = pass(p4, bye, null, false, hop);
        assertEquals("sip:p3.middle.com", atP3.requestUri().toString());
        assertEquals(addresses("<sip:p2.example.com;lr>", "<sip:p1.example.com;lr>", "<sip:caller@u1.example.com>"), atP3.routes());
        assertEquals(Uri.parse("sip:p3.middle.com"), hop[0].resolved);

        // P3, a strict router, sends the following to P2.
        SipRequest atP2 = request("BYE", "sip:p2.example.com;lr", "Route", "<sip:p1.example.com;lr>", "Route", "<sip:caller@u1.example.com>");
        SipRequest rewritten = RoutePreprocessing.apply(atP2, p2);
        assertEquals("sip:caller@u1.example.com", rewritten.requestUri().toString());
        assertEquals(addresses("<sip:p1.example.com;lr>"), rewritten.routes());

        SipRequest atP1 = pass(p2, atP2, null, false, hop);
        assertEquals(Uri.parse("sip:p1.example.com;lr"), hop[0].resolved);
        SipRequest atU1 = pass(p1, atP1, null, false, hop);
        assertEquals("sip:caller@u1.example.com", atU1.requestUri().toString());
        assertEquals(List.of(), atU1.routes());
        assertEquals(Uri.parse("sip:caller@u1.example.com"), hop[0].resolved);
    }

    @Test
    void rewritingRecordRouteHeaderFieldValues() {
        // P1 is known as gateway.leftprivatespace.com to U1 and as gateway.rightprivatespace.com to U2.
        ProxyIdentity p1 = new ProxyIdentity(List.of(ProxyIdentity.Point.of(TransportType.UDP, "gateway.rightprivatespace.com", 5060),
                ProxyIdentity.Point.of(TransportType.TCP, "gateway.leftprivatespace.com", 5060)), List.of("gateway.leftprivatespace.com"));
        SipUri right = SipUri.parse("sip:gateway.rightprivatespace.com;lr");
        SipUri left = SipUri.parse("sip:gateway.leftprivatespace.com;lr");
        Hop[] hop = new Hop[1];

        SipRequest invite = request("INVITE", "sip:callee@gateway.leftprivatespace.com", "Contact", "<sip:caller@u1.leftprivatespace.com>");
        SipRequest atU2 = pass(p1, invite, "sip:callee@rightprivatespace.com", true, hop);
        assertEquals("sip:callee@rightprivatespace.com", atU2.requestUri().toString());
        assertEquals(List.of(Address.of(right)), atU2.recordRoutes());

        // §12.1.1: the UAS copies Record-Route into its 2xx.
        SipResponse ok = atU2.createResponse(200, "u2").header("Contact", "<sip:callee@u2.rightprivatespace.com>")
                .header("Record-Route", atU2.headerValue("Record-Route")).build();
        SipResponse toU1 = RecordRouteRewriting.rewrite(ok, right, left);
        assertEquals(List.of(Address.of(left)), toU1.recordRoutes());
        assertEquals("<sip:callee@u2.rightprivatespace.com>", toU1.headerValue("Contact"));

        SipRequest bye = request("BYE", "sip:callee@u2.rightprivatespace.com", "Route", "<sip:gateway.leftprivatespace.com;lr>");
        SipRequest byeAtU2 = pass(p1, bye, null, false, hop);
        assertEquals("sip:callee@u2.rightprivatespace.com", byeAtU2.requestUri().toString());
        assertEquals(List.of(), byeAtU2.routes());
    }
}
