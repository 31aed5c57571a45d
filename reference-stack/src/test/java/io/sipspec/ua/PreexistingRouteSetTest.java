package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sipspec.message.Address;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.server.SipStack;
import io.sipspec.transport.TransportType;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §8.1.1.1: a request outside of a dialog follows §12.2.1.1 when the UA has a pre-existing route set. */
class PreexistingRouteSetTest {

    private static final SipUri BOB = SipUri.of("bob", "biloxi.example.com", -1);

    private SipStack stack;
    private UserAgent ua;

    @BeforeEach
    void start() {
        UserAgent[] a = new UserAgent[1];
        stack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0))
                .user(s -> a[0] = new UserAgent(s, UaConfig.of("alice", "127.0.0.1", "127.0.0.1"))).build();
        ua = a[0];
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    private List<Address> routes(String field) {
        return SipHeaders.ROUTE.parseField(field);
    }

    @Test
    @DisplayName("no route set: the target is the Request-URI, no Route")
    void none() {
        SipRequest r = ua.uac().newRequest(Methods.OPTIONS, BOB).build();
        assertEquals(BOB, r.requestUri());
        assertEquals(null, r.headerValue(HeaderName.ROUTE));
    }

    @Test
    @DisplayName("§12.2.1.1, loose router first: the target is the Request-URI, the route set the Route")
    void loose() {
        ua.uac().routeSet(routes("<sip:proxy.atlanta.example.com;lr>"));
        SipRequest r = ua.uac().newRequest(Methods.INVITE, BOB).build();
        assertEquals(BOB, r.requestUri());
        assertEquals("<sip:proxy.atlanta.example.com;lr>", r.headerValue(HeaderName.ROUTE));
        assertEquals("<sip:bob@biloxi.example.com>", r.headerValue(HeaderName.TO));
    }

    @Test
    @DisplayName("§12.2.1.1, strict router first: its URI is the Request-URI, the rest and the target the Route")
    void strict() {
        ua.uac().routeSet(routes("<sip:proxy.atlanta.example.com>, <sip:p2.example.com;lr>"));
        SipRequest r = ua.uac().newRequest(Methods.INVITE, BOB).build();
        assertEquals(SipUri.of(null, "proxy.atlanta.example.com", -1), r.requestUri());
        assertEquals("<sip:p2.example.com;lr>, <sip:bob@biloxi.example.com>", r.headerValue(HeaderName.ROUTE));
        assertEquals("<sip:bob@biloxi.example.com>", r.headerValue(HeaderName.TO));
    }
}
