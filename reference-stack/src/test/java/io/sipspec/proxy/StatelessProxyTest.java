package io.sipspec.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stateless proxy of §16.11. */
class StatelessProxyTest {

    private final ProxyHarness h = new ProxyHarness(ProxyConfig.DEFAULT.withMode(ProxyMode.STATELESS))
            .bind("sip:bob@example.com", "<sip:bob@192.0.2.20:5060>;q=0.5")
            .bind("sip:bob@example.com", "<sip:bob@192.0.2.21:5060>;q=1.0");

    @Test
    void aRetransmissionIsForwardedWithTheSameBranchToTheSameTarget() {
        SipRequest invite = ProxyHarness.invite("sip:bob@example.com").build();
        h.fromAliceStateless(invite);
        h.fromAliceStateless(invite);

        List<ProxyHarness.Sent> out = h.sentRequests("INVITE");
        assertEquals(2, out.size(), "stateless proxies forward every retransmission");
        assertEquals(out.get(0).request().toString(), out.get(1).request().toString(), "the same bytes each time");
        assertEquals(out.get(0).destination(), out.get(1).destination());
        // "A stateless proxy MUST choose one and only one target": the highest q.
        assertEquals("sip:bob@192.0.2.21:5060", out.get(0).request().requestUri().toString());
        assertTrue(out.get(0).stateless());
    }

    @Test
    void anotherTransactionGetsAnotherBranch() {
        h.fromAliceStateless(ProxyHarness.invite("sip:bob@example.com").build());
        h.fromAliceStateless(ProxyHarness.invite("sip:bob@example.com").build());

        List<SipRequest> out = h.requests("INVITE");
        assertNotEquals(out.get(0).topVia().branch(), out.get(1).topVia().branch());
    }

    @Test
    void cancelAndTheAckForANon2xxGetTheBranchOfTheirInvite() {
        SipRequest invite = ProxyHarness.invite("sip:bob@example.com").build();
        SipRequest cancel = invite.toBuilder().method("CANCEL").header("CSeq", "1 CANCEL").removeHeader("Contact").build();
        SipRequest ack = invite.toBuilder().method("ACK").header("CSeq", "1 ACK").header("To", "<sip:bob@example.com>;tag=b1").build();
        h.fromAliceStateless(invite);
        h.fromAliceStateless(cancel);
        h.fromAliceStateless(ack);

        String branch = h.requests("INVITE").get(0).topVia().branch();
        // §16.6 step 8: "CANCEL and ACK requests (for non-2xx responses) MUST have the same branch value as the
        // corresponding request they cancel or acknowledge."
        assertEquals(branch, h.requests("CANCEL").get(0).topVia().branch());
        assertEquals(branch, h.requests("ACK").get(0).topVia().branch());
        // §16.11: "CANCEL and non-Routed ACK requests MUST generate the same choice as their associated INVITE."
        assertEquals(h.sentRequests("INVITE").get(0).destination(), h.sentRequests("CANCEL").get(0).destination());
        assertEquals(List.of(), h.responses(), "no special processing of CANCEL, no 100 (Trying)");
    }

    @Test
    void aResponseLosesTheProxyViaAndGoesToTheNextOne() {
        SipRequest invite = ProxyHarness.invite("sip:bob@example.com").build();
        h.fromAliceStateless(invite);
        SipRequest out = h.requests("INVITE").get(0);

        h.statelessProxy.messageReceived(out.createResponse(180, "b1").build(),
                new io.sipspec.transport.Flow(io.sipspec.transport.TransportType.UDP, ProxyHarness.PROXY, ProxyHarness.ALICE));

        SipResponse up = h.responses().get(0);
        assertEquals(180, up.statusCode());
        assertEquals(invite.via(), up.via());
    }

    @Test
    void aResponseWhoseTopViaIsNotTheProxysIsDiscarded() {
        SipRequest invite = ProxyHarness.invite("sip:bob@example.com").build();
        h.statelessProxy.messageReceived(invite.createResponse(200, "b1").build(),
                new io.sipspec.transport.Flow(io.sipspec.transport.TransportType.UDP, ProxyHarness.PROXY, ProxyHarness.ALICE));

        assertEquals(List.of(), h.responses());
    }

    @Test
    void invalidRequestsAreAnsweredStatelessly() {
        h.fromAliceStateless(ProxyHarness.invite("sip:bob@example.com").header("Max-Forwards", "0").build());

        assertEquals(List.of(483), h.statuses("INVITE"));
        assertEquals(List.of(), h.requests("INVITE"));
    }

    @Test
    void aLoopIsDetectedStatelesslyToo() {
        h.fromAliceStateless(ProxyHarness.request("OPTIONS", "sip:carol@192.0.2.40").build());
        SipRequest forwarded = h.requests("OPTIONS").get(0);

        h.statelessProxy.messageReceived(forwarded,
                new io.sipspec.transport.Flow(io.sipspec.transport.TransportType.UDP, ProxyHarness.PROXY, ProxyHarness.ALICE));

        assertEquals(List.of(482), h.statuses("OPTIONS"));
    }
}
