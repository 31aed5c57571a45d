package io.sipspec.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transaction.TimerName;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stateful proxy's response processing (§16.7), forking (§16.6), Timer C (§16.8), transport errors (§16.9) and
 * CANCEL (§16.10), on the manual clock.
 */
class ResponseProcessingTest {

    private static ProxyHarness forked(ProxyConfig config) {
        return new ProxyHarness(config)
                .bind("sip:bob@example.com", "<sip:bob@192.0.2.20:5060>;q=1.0")
                .bind("sip:bob@example.com", "<sip:bob@192.0.2.21:5060>;q=0.5");
    }

    private final ProxyHarness h = forked(ProxyConfig.DEFAULT);
    private final SipRequest invite = ProxyHarness.invite("sip:bob@example.com").build();

    private List<SipRequest> invites() {
        return h.requests("INVITE");
    }

    @Test
    void parallelForkingSendsToEveryContactAtOnce() {
        h.fromAlice(invite);

        List<SipRequest> out = invites();
        assertEquals(List.of("sip:bob@192.0.2.20:5060", "sip:bob@192.0.2.21:5060"), out.stream().map(r -> r.requestUri().toString()).toList());
        assertTrue(!out.get(0).topVia().branch().equals(out.get(1).topVia().branch()), "each branch has its own branch parameter");
    }

    @Test
    void provisionalResponsesOtherThan100AreForwardedWithoutTheProxyVia() {
        h.fromAlice(invite);
        h.answer(invites().get(0), 100, null);
        h.answer(invites().get(0), 180, "b1");

        List<SipResponse> up = h.responses();
        assertEquals(List.of(180), up.stream().map(SipResponse::statusCode).toList(), "100 (Trying) is not forwarded");
        assertEquals(invite.via(), up.get(0).via(), "the proxy's Via is removed");
        assertEquals("b1", up.get(0).to().tag(), "the To tag is not changed");
    }

    @Test
    void a2xxIsForwardedAtOnceAndTheOtherBranchIsCancelled() {
        h.fromAlice(invite);
        h.answer(invites().get(1), 180, "b2");
        h.answer(invites().get(0), 200, "b1");

        assertEquals(List.of(180, 200), h.statuses("INVITE"));
        List<SipRequest> cancels = h.requests("CANCEL");
        assertEquals(1, cancels.size());
        SipRequest cancel = cancels.get(0);
        // §9.1: the CANCEL has the cancelled request's Request-URI and top Via (same branch).
        assertEquals(invites().get(1).requestUri(), cancel.requestUri());
        assertEquals(List.of(invites().get(1).topVia()), cancel.via());
        assertEquals("1 CANCEL", cancel.headerValue("CSeq"));

        // A 2xx from the cancelled branch that crossed the CANCEL is forwarded too.
        h.answer(invites().get(1), 200, "b2");
        assertEquals(List.of(180, 200, 200), h.statuses("INVITE"));
    }

    @Test
    void theLowestClassIsChosenWhenEveryBranchFails() {
        h.fromAlice(invite);
        h.answer(invites().get(0), 486, "b1");
        assertEquals(List.of(), h.statuses("INVITE"), "no final response until every branch is over");
        h.answer(invites().get(1), 302, "b2");

        assertEquals(List.of(302), h.statuses("INVITE"));
    }

    @Test
    void theSipContactsOfA3xxAreTriedAndTakenOutOfIt() {
        h.fromAlice(invite);
        h.answer(invites().get(0), 486, "b1");
        SipResponse redirect = invites().get(1).createResponse(302, "b2")
                .header("Contact", "<sip:bob@192.0.2.30:5060>, <mailto:bob@example.com>, <sip:bob@192.0.2.20:5060>").build();
        h.answer(invites().get(1), redirect);

        assertEquals(3, invites().size(), "the new SIP contact is a new branch; the one already tried is not");
        assertEquals("sip:bob@192.0.2.30:5060", invites().get(2).requestUri().toString());
        assertEquals(List.of(), h.statuses("INVITE"), "no final response while the new branch is pending");
        h.answer(invites().get(2), 480, "b3");

        List<SipResponse> up = h.responses();
        assertEquals(List.of(302), up.stream().map(SipResponse::statusCode).toList(), "the lowest class: the 3xx");
        assertEquals("<mailto:bob@example.com>", up.get(0).headerValue("Contact"), "the contacts recursed on are removed");
    }

    @Test
    void a3xxWhoseContactsWereAllTriedIsNotKept() {
        h.fromAlice(invite);
        h.answer(invites().get(0), 486, "b1");
        h.answer(invites().get(1), invites().get(1).createResponse(302, "b2").header("Contact", "<sip:bob@192.0.2.30:5060>").build());
        h.answer(invites().get(2), 480, "b3");

        assertEquals(List.of(486), h.statuses("INVITE"), "the contactless 302 is not a candidate");
    }

    @Test
    void withoutRecursionA3xxIsKeptWithItsContacts() {
        ProxyHarness plain = forked(ProxyConfig.DEFAULT.withRecursion(false));
        plain.fromAlice(invite);
        List<SipRequest> out = plain.requests("INVITE");
        plain.answer(out.get(0), 486, "b1");
        plain.answer(out.get(1), out.get(1).createResponse(302, "b2").header("Contact", "<sip:bob@192.0.2.30:5060>").build());

        assertEquals(2, plain.requests("INVITE").size(), "no new branch");
        assertEquals("<sip:bob@192.0.2.30:5060>", plain.responses().get(0).headerValue("Contact"));
    }

    @Test
    void a6xxWinsAndCancelsThePendingBranches() {
        h.fromAlice(invite);
        h.answer(invites().get(1), 180, "b2");
        h.answer(invites().get(0), 603, "b1");

        assertEquals(1, h.requests("CANCEL").size(), "the pending branch is cancelled on the 6xx");
        assertEquals(List.of(180), h.statuses("INVITE"), "the 6xx waits for the other branch");

        h.answer(invites().get(1), 487, "b2");
        assertEquals(List.of(180, 603), h.statuses("INVITE"));
    }

    @Test
    void challengesOfEvery401And407AreMerged() {
        h.fromAlice(invite);
        h.answer(invites().get(0), invites().get(0).createResponse(401, "b1")
                .header("WWW-Authenticate", "Digest realm=\"a.example.com\", nonce=\"1\"").build());
        h.answer(invites().get(1), invites().get(1).createResponse(407, "b2")
                .header("Proxy-Authenticate", "Digest realm=\"b.example.com\", nonce=\"2\"").build());

        SipResponse up = h.responses().get(0);
        assertEquals(401, up.statusCode());
        assertEquals("Digest realm=\"a.example.com\", nonce=\"1\"", up.headerValue("WWW-Authenticate"));
        assertEquals("Digest realm=\"b.example.com\", nonce=\"2\"", up.headerValue("Proxy-Authenticate"));
    }

    @Test
    void aLone503BecomesA500() {
        ProxyHarness one = new ProxyHarness().bind("sip:bob@example.com", "<sip:bob@192.0.2.20>");
        one.fromAlice(invite);
        one.answer(one.requests("INVITE").get(0), 503, "b1");

        assertEquals(List.of(500), one.statuses("INVITE"));
    }

    @Test
    void aTransportErrorCountsAsA503() {
        ProxyHarness one = new ProxyHarness().bind("sip:bob@example.com", "<sip:bob@192.0.2.20>");
        one.failSends();
        one.fromAlice(invite);

        assertEquals(List.of(500), one.statuses("INVITE"), "§16.9: as if 503 was received; a lone 503 goes up as 500");
    }

    @Test
    void branchesThatTimeOutGive408() {
        h.fromAlice(ProxyHarness.request("OPTIONS", "sip:bob@example.com").build());
        assertEquals(2, h.requests("OPTIONS").size());

        h.clock.advance(64 * 500);

        assertEquals(List.of(408), h.statuses("OPTIONS"));
    }

    @Test
    void sequentialForkingTriesTheNextContactAfterAFailure() {
        ProxyHarness seq = forked(ProxyConfig.DEFAULT.withForking(ForkingMode.SEQUENTIAL));
        seq.fromAlice(invite);
        assertEquals(List.of("sip:bob@192.0.2.20:5060"), seq.requests("INVITE").stream().map(r -> r.requestUri().toString()).toList(),
                "highest q first, alone");

        seq.answer(seq.requests("INVITE").get(0), 486, "b1");
        assertEquals(2, seq.requests("INVITE").size());
        assertEquals("sip:bob@192.0.2.21:5060", seq.requests("INVITE").get(1).requestUri().toString());
        assertEquals(List.of(), seq.statuses("INVITE"));

        seq.answer(seq.requests("INVITE").get(1), 200, "b2");
        assertEquals(List.of(200), seq.statuses("INVITE"));
    }

    @Test
    void sequentialForkingStopsAtA6xx() {
        ProxyHarness seq = forked(ProxyConfig.DEFAULT.withForking(ForkingMode.SEQUENTIAL));
        seq.fromAlice(invite);
        seq.answer(seq.requests("INVITE").get(0), 600, "b1");

        assertEquals(1, seq.requests("INVITE").size(), "no new branch after a 6xx");
        assertEquals(List.of(600), seq.statuses("INVITE"));
    }

    @Test
    void aCancelIsAnsweredAndSentToThePendingBranches() {
        h.fromAlice(invite);
        h.answer(invites().get(0), 180, "b1");
        SipRequest cancel = ProxyHarness.request("CANCEL", "sip:bob@example.com").header("Via", invite.headerValue("Via"))
                .header("From", invite.headerValue("From")).header("Call-ID", invite.callId()).header("CSeq", "1 CANCEL").build();

        h.fromAlice(cancel);

        assertEquals(List.of(200), h.statuses("CANCEL"));
        assertEquals(1, h.requests("CANCEL").size(), "the branch with a provisional response is cancelled now");
        // §9.1: the branch without a provisional response gets its CANCEL once one comes.
        h.answer(invites().get(1), 180, "b2");
        assertEquals(2, h.requests("CANCEL").size());

        h.answer(invites().get(0), 487, "b1");
        h.answer(invites().get(1), 487, "b2");
        assertEquals(List.of(180, 180, 487), h.statuses("INVITE"), "provisional responses go up until the final one");
    }

    @Test
    void aCancelWithoutAResponseContextIsForwardedStatelessly() {
        SipRequest cancel = ProxyHarness.request("CANCEL", "sip:carol@192.0.2.40").build();
        h.fromAlice(cancel);

        List<ProxyHarness.Sent> out = h.sentRequests("CANCEL");
        assertEquals(1, out.size());
        assertTrue(out.get(0).stateless());
        assertEquals(List.of(), h.statuses("CANCEL"));
    }

    @Test
    void timerCIsSetForAnInviteAndResetByProvisionalResponses() {
        h.fromAlice(invite);
        assertEquals(List.of(181_000L, 181_000L), h.clock.pending(TimerName.C));

        h.clock.advance(10_000);
        h.answer(invites().get(0), 180, "b1");

        assertEquals(List.of(171_000L, 181_000L), h.clock.pending(TimerName.C).stream().sorted().toList());
    }

    @Test
    void whenTimerCFiresAfterAProvisionalResponseTheBranchIsCancelled() {
        ProxyHarness one = new ProxyHarness().bind("sip:bob@example.com", "<sip:bob@192.0.2.20>");
        one.fromAlice(invite);
        one.answer(one.requests("INVITE").get(0), 180, "b1");

        one.clock.advance(181_000);

        assertEquals(1, one.requests("CANCEL").size());
        one.answer(one.requests("INVITE").get(0), 487, "b1");
        assertEquals(List.of(180, 487), one.statuses("INVITE"));
    }

    @Test
    void whenTimerCFiresWithoutAProvisionalResponseTheBranchCountsAs408() {
        // A Timer C shorter than Timer B (64*T1), so that it is Timer C that ends the branch.
        ProxyHarness one = new ProxyHarness(ProxyConfig.DEFAULT.withTimerC(Duration.ofSeconds(10)))
                .bind("sip:bob@example.com", "<sip:bob@192.0.2.20>");
        one.fromAlice(invite);

        one.clock.advance(10_000);

        assertEquals(List.of(408), one.statuses(SipResponse::isFinal));
        assertEquals(List.of(), one.requests("CANCEL"), "no CANCEL without a provisional response (§9.1)");
    }

    @Test
    void theResponseContextIsForgottenOnceEveryTransactionIsOver() {
        h.fromAlice(invite);
        h.answer(invites().get(0), 486, "b1");
        h.answer(invites().get(1), 486, "b2");
        assertEquals(1, h.proxy.contextCount());

        h.clock.advance(64 * 500);

        assertEquals(0, h.proxy.contextCount());
        assertEquals(0, h.layer.clientCount());
    }

    @Test
    void aResponseWithoutAClientTransactionIsRelayedStatelessly() {
        SipRequest sent = ProxyHarness.invite("sip:bob@192.0.2.20").header("Via", "SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKgone")
                .addHeader("Via", "SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKalice").build();
        h.receive(sent.createResponse(200, "b1").build(), new java.net.InetSocketAddress("192.0.2.20", 5060));

        SipResponse up = h.responses().get(0);
        assertEquals(200, up.statusCode());
        assertEquals(1, up.via().size());
        assertEquals("z9hG4bKalice", up.topVia().branch());
    }
}
