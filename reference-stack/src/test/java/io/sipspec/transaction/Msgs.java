package io.sipspec.transaction;

import io.sipspec.message.CSeq;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.message.Via;
import java.util.concurrent.atomic.AtomicLong;

/** Test messages: one dialog-less request per call, with a fresh branch unless one is given. */
final class Msgs {

    static final String TO_TAG = "a6c85cf";
    private static final SipUri BOB = SipUri.parse("sip:bob@biloxi.example.com");
    private static final AtomicLong BRANCHES = new AtomicLong();

    private Msgs() {
    }

    /** A request as a UAC at pc33.atlanta.example.com sends it, with the magic cookie in its branch. */
    static SipRequest.Builder builder(String method, String branch) {
        return SipRequest.builder(method, BOB)
                .header(HeaderName.VIA, "SIP/2.0/UDP pc33.atlanta.example.com;branch=" + branch)
                .header(HeaderName.MAX_FORWARDS, "70")
                .header(HeaderName.TO, "Bob <sip:bob@biloxi.example.com>")
                .header(HeaderName.FROM, "Alice <sip:alice@atlanta.example.com>;tag=1928301774")
                .header(HeaderName.CALL_ID, "a84b4c76e66710@pc33.atlanta.example.com")
                .header(HeaderName.CSEQ, "314159 " + method);
    }

    /** A new branch with the magic cookie, unique in this test run (and cheaper than a random one). */
    static String newBranch() {
        return Via.MAGIC_COOKIE + "t" + BRANCHES.incrementAndGet();
    }

    static SipRequest request(String method) {
        return builder(method, newBranch()).build();
    }

    static SipRequest invite() {
        return request(Methods.INVITE);
    }

    /** The response a UAS sends (§8.2.6), with a fixed To tag so that retransmissions are equal. */
    static SipResponse response(SipRequest request, int code) {
        return request.createResponse(code, code == 100 ? null : TO_TAG).build();
    }

    /** The ACK for a non-2xx response (§17.1.1.3): the INVITE's Via (same branch), the response's To. */
    static SipRequest ackFor(SipRequest invite, SipResponse response) {
        return invite.toBuilder().method(Methods.ACK)
                .header(HeaderName.TO, response.headerValue(HeaderName.TO))
                .header(SipHeaders.CSEQ, new CSeq(invite.cseq().sequence(), Methods.ACK))
                .build();
    }

    /** The ACK for a 2xx (§13.2.2.4): a transaction of its own, so a new branch. */
    static SipRequest ackFor2xx(SipRequest invite, SipResponse response) {
        return withTopVia(ackFor(invite, response), "SIP/2.0/UDP pc33.atlanta.example.com;branch=" + newBranch());
    }

    static SipRequest withTopVia(SipRequest request, String via) {
        return request.toBuilder().header(HeaderName.VIA, via).build();
    }
}
