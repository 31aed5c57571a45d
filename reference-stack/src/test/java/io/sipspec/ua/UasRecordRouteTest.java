package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import io.sipspec.ua.sdp.OfferAnswer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * §12.1.1: "When a UAS responds to a request with a response that establishes a dialog (such as a 2xx to INVITE), the
 * UAS MUST copy all Record-Route header field values from the request into the response ... and MUST maintain the
 * order of those values." (Found against Kamailio: the BYE bypassed the record-routing proxy.)
 */
class UasRecordRouteTest {

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
    void theUasCopiesEveryRecordRouteRowInOrderIntoThe2xx() throws Exception {
        TimerConfig fast = TimerConfig.scaled(Duration.ofMillis(50));
        UserAgent[] a = new UserAgent[1];
        aliceStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(fast)
                .user(s -> a[0] = new UserAgent(s, UaConfig.of("alice", "127.0.0.1", "127.0.0.1"))).build();
        bobStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(fast)
                .user(s -> new UserAgent(s, UaConfig.of("bob", "127.0.0.1", "127.0.0.1"))).build();
        SipUri bob = SipUri.of("bob", "127.0.0.1", bobStack.transport().localAddress(TransportType.UDP).getPort());
        List<String> recordRoutes = List.of("<sip:p2.example.com;lr;unknown=x>;rrp=1", "<sip:p1.example.com;lr>, <sip:p0.example.com;lr>");
        SipRequest.Builder b = a[0].uac().newRequest(Methods.INVITE, bob)
                .body("application/sdp", OfferAnswer.audio().offer("127.0.0.1", 49170).toByteArray());
        for (String rr : recordRoutes) {
            b.addHeader(HeaderName.RECORD_ROUTE, rr);
        }

        SipResponse ok = a[0].uac().send(b.build()).get(5, TimeUnit.SECONDS);

        assertEquals(200, ok.statusCode(), ok::toString);
        assertEquals(recordRoutes, ok.headers().stream().filter(f -> f.name() == HeaderName.RECORD_ROUTE).map(HeaderField::value).toList(),
                ok::toString);
    }
}
