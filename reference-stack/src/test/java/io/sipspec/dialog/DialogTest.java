package io.sipspec.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Address;
import io.sipspec.message.DialogId;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import io.sipspec.parser.SipMessageParser;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DialogTest {

    static final String CALL_ID = "a84b4c76e66710@pc33.atlanta.com";

    /** An INVITE from caller (tag 1928301774) to callee; {@code extra} are more header lines, CRLF-terminated. */
    static SipRequest invite(String requestUri, String extra) {
        return request("INVITE", requestUri, "<sip:callee@domain.com>", 314159, "Contact: sip:caller@u1.example.com\r\n" + extra);
    }

    static SipRequest request(String method, String requestUri, String to, long cseq, String extra) {
        return request(method, requestUri, to, cseq, "UDP", extra);
    }

    static SipRequest request(String method, String requestUri, String to, long cseq, String transport, String extra) {
        String text = method + " " + requestUri + " SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport + " u1.example.com;branch=z9hG4bK776asdhds\r\n"
                + "Max-Forwards: 70\r\n"
                + "To: " + to + "\r\n"
                + "From: <sip:caller@example.com>;tag=1928301774\r\n"
                + "Call-ID: " + CALL_ID + "\r\n"
                + "CSeq: " + cseq + " " + method + "\r\n"
                + extra
                + "Content-Length: 0\r\n\r\n";
        return (SipRequest) new SipMessageParser().parse(text);
    }

    /** The response the callee sends: To tag {@code toTag} (none if null), then {@code extra} header lines. */
    static SipResponse response(SipRequest request, int status, String toTag, String extra) {
        SipResponse.Builder b = toTag == null ? request.createResponse(status).header(SipHeaders.TO, request.to())
                : request.createResponse(status, toTag);
        SipResponse built = b.build();
        String text = built.toString().replace("Content-Length: 0\r\n", extra + "Content-Length: 0\r\n");
        return (SipResponse) new SipMessageParser().parse(text);
    }

    static List<Address> addresses(String... values) {
        return java.util.Arrays.stream(values).map(Address::parse).toList();
    }

    // ---------------------------------------------------------------- creation

    /**
     * RFC 4475 §3.4.1 (inv2543): "This is a legal message per RFC 2543 (and several bis versions) that should be
     * accepted by RFC 3261 elements that want to maintain backwards compatibility." It has no Contact: the UAS's
     * dialog targets the From URI.
     */
    @Test
    void aUasDialogForAnRfc2543InviteWithoutContactTargetsTheFromUri() {
        SipRequest invite = request("INVITE", "sip:callee@u2.domain.com", "<sip:callee@domain.com>", 56, "");
        Dialog d = Dialog.asUas(invite, response(invite, 200, "u2tag", "Contact: sip:callee@u2.domain.com\r\n"));
        assertEquals(Uri.parse("sip:caller@example.com"), d.remoteTarget());
    }

    /**
     * RFC 3261 §16.12.1.1: "The callee at u2 also sets its dialog state's remote target URI to sip:caller@u1.example.com
     * and its route set to: (<sip:p2.domain.com;lr>,<sip:p1.example.com;lr>)".
     */
    @Test
    void aUasTakesTheRecordRouteOfTheRequestInOrder() {
        SipRequest invite = invite("sip:callee@u2.domain.com",
                "Record-Route: <sip:p2.domain.com;lr>\r\nRecord-Route: <sip:p1.example.com;lr>\r\n");
        SipResponse ok = response(invite, 200, "u2tag", "Contact: sip:callee@u2.domain.com\r\n"
                + "Record-Route: <sip:p2.domain.com;lr>\r\nRecord-Route: <sip:p1.example.com;lr>\r\n");
        Dialog d = Dialog.asUas(invite, ok);
        assertEquals(addresses("<sip:p2.domain.com;lr>", "<sip:p1.example.com;lr>"), d.routeSet());
        assertEquals(Uri.parse("sip:caller@u1.example.com"), d.remoteTarget());
        // §12.1.1: "The remote sequence number MUST be set to the value of the sequence number in the CSeq header
        // field of the request.  The local sequence number MUST be empty."
        assertEquals(OptionalLong.of(314159), d.remoteCseq());
        assertEquals(OptionalLong.empty(), d.localCseq());
        // "The local tag component of the dialog ID MUST be set to the tag in the To field in the response ... the
        // remote tag component of the dialog ID MUST be set to the tag from the From field in the request."
        assertEquals(new DialogId(CALL_ID, "u2tag", "1928301774"), d.id());
        // "The remote URI MUST be set to the URI in the From field, and the local URI MUST be set to the URI in the To
        // field."
        assertEquals(Uri.parse("sip:caller@example.com"), d.remoteUri());
        assertEquals(Uri.parse("sip:callee@domain.com"), d.localUri());
        assertEquals(Dialog.State.CONFIRMED, d.state());
        assertEquals(Uri.parse("sip:callee@u2.domain.com"), d.localContact().uri());
    }

    /**
     * RFC 3261 §16.12.1.1: "Now, U1 sets its dialog state's remote target URI to sip:callee@u2.domain.com and its route
     * set to: (<sip:p1.example.com;lr>,<sip:p2.domain.com;lr>)" — §12.1.2: "taken in reverse order".
     */
    @Test
    void aUacTakesTheRecordRouteOfTheResponseInReverseOrder() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        SipResponse ok = response(invite, 200, "u2tag", "Contact: sip:callee@u2.domain.com\r\n"
                + "Record-Route: <sip:p2.domain.com;lr>\r\nRecord-Route: <sip:p1.example.com;lr>\r\n");
        Dialog d = Dialog.asUac(invite, ok);
        assertEquals(addresses("<sip:p1.example.com;lr>", "<sip:p2.domain.com;lr>"), d.routeSet());
        assertEquals(Uri.parse("sip:callee@u2.domain.com"), d.remoteTarget());
        // §12.1.2: "The local sequence number MUST be set to the value of the sequence number in the CSeq header field
        // of the request.  The remote sequence number MUST be empty"
        assertEquals(OptionalLong.of(314159), d.localCseq());
        assertEquals(OptionalLong.empty(), d.remoteCseq());
        assertEquals(new DialogId(CALL_ID, "1928301774", "u2tag"), d.id());
        assertEquals(Uri.parse("sip:caller@example.com"), d.localUri());
        assertEquals(Uri.parse("sip:callee@domain.com"), d.remoteUri());
    }

    /** RFC 3261 §12.1.1: "If the request arrived over TLS, and the Request-URI contained a SIPS URI, the "secure" flag is set to TRUE." */
    @Test
    void theSecureFlagNeedsTlsAndASipsRequestUri() {
        SipRequest overTls = request("INVITE", "sips:callee@u2.domain.com", "<sips:callee@domain.com>", 1, "TLS",
                "Contact: <sips:caller@u1.example.com>\r\n");
        SipResponse ok = response(overTls, 200, "t", "Contact: <sips:callee@u2.domain.com>\r\n");
        assertTrue(Dialog.asUas(overTls, ok).isSecure());
        assertTrue(Dialog.asUac(overTls, ok).isSecure());
        assertFalse(Dialog.asUas(overTls, ok, false).isSecure());
        SipRequest sipOverTls = request("INVITE", "sip:callee@u2.domain.com", "<sip:callee@domain.com>", 1, "TLS",
                "Contact: <sip:caller@u1.example.com>\r\n");
        assertFalse(Dialog.asUas(sipOverTls, response(sipOverTls, 200, "t", "")).isSecure());
    }

    /** RFC 3261 §12.1: "only 2xx and 101-199 responses with a To tag, where the request was INVITE, will establish a dialog." */
    @Test
    void onlyA101To299WithAToTagToAnInviteEstablishesADialog() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        assertTrue(Dialog.establishes(invite, response(invite, 180, "t", "")));
        assertTrue(Dialog.establishes(invite, response(invite, 200, "t", "")));
        assertFalse(Dialog.establishes(invite, response(invite, 180, null, "")));
        assertFalse(Dialog.establishes(invite, response(invite, 100, "t", "")));
        assertFalse(Dialog.establishes(invite, response(invite, 486, "t", "")));
        SipRequest options = request("OPTIONS", "sip:callee@domain.com", "<sip:callee@domain.com>", 1, "");
        assertFalse(Dialog.establishes(options, response(options, 200, "t", "")));
        assertThrows(IllegalArgumentException.class, () -> Dialog.asUac(invite, response(invite, 486, "t", "")));
    }

    /**
     * RFC 3261 §12.1.2: "A UAC MUST be prepared to receive a response without a tag in the To field, in which case the
     * tag is considered to have a value of null." §12.2.1.1: "If the value of the remote or local tags is null, the tag
     * parameter MUST be omitted from the To or From header fields, respectively."
     */
    @Test
    void aNullRemoteTagIsOmittedFromTheTo() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog d = Dialog.asUac(invite, response(invite, 200, null, "Contact: <sip:callee@u2.domain.com>\r\n"));
        assertNull(d.remoteTag());
        SipRequest bye = d.createRequest("BYE").build();
        assertNull(bye.to().tag());
        assertEquals(Uri.parse("sip:callee@domain.com"), bye.to().uri());
        assertEquals("1928301774", bye.from().tag());
    }

    // ---------------------------------------------------------------- request building

    /**
     * RFC 3261 §16.12.1.1: "Since all the route set elements contain the lr parameter, U1 constructs the following BYE
     * request: BYE sip:callee@u2.domain.com SIP/2.0 / Route: <sip:p1.example.com;lr>,<sip:p2.domain.com;lr>".
     */
    @Test
    void looseRoutingKeepsTheRemoteTargetInTheRequestUri() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog d = Dialog.asUac(invite, response(invite, 200, "u2tag", "Contact: sip:callee@u2.domain.com\r\n"
                + "Record-Route: <sip:p2.domain.com;lr>\r\nRecord-Route: <sip:p1.example.com;lr>\r\n"));
        SipRequest bye = d.createRequest("BYE").build();
        assertEquals("BYE sip:callee@u2.domain.com SIP/2.0", bye.startLine());
        assertEquals(addresses("<sip:p1.example.com;lr>", "<sip:p2.domain.com;lr>"), bye.routes());
    }

    /**
     * RFC 3261 §16.12.1.2: "Later, U2 sends the following BYE request to P4 based on the first Route header field
     * value. BYE sip:caller@u1.example.com SIP/2.0 / Route: <sip:p4.domain.com;lr> / Route: <sip:p3.middle.com> /
     * Route: <sip:p2.example.com;lr> / Route: <sip:p1.example.com;lr>" — a strict router later in the set does not
     * matter when the first one is loose.
     */
    @Test
    void aStrictRouterAfterALooseOneLeavesTheRequestLooselyRouted() {
        SipRequest invite = invite("sip:callee@u2.domain.com", "Record-Route: <sip:p4.domain.com;lr>\r\n"
                + "Record-Route: <sip:p3.middle.com>\r\nRecord-Route: <sip:p2.example.com;lr>\r\n"
                + "Record-Route: <sip:p1.example.com;lr>\r\n");
        Dialog d = Dialog.asUas(invite, response(invite, 200, "u2tag", "Contact: sip:callee@u2.domain.com\r\n"));
        SipRequest bye = d.createRequest("BYE").build();
        assertEquals("BYE sip:caller@u1.example.com SIP/2.0", bye.startLine());
        assertEquals(addresses("<sip:p4.domain.com;lr>", "<sip:p3.middle.com>", "<sip:p2.example.com;lr>",
                "<sip:p1.example.com;lr>"), bye.routes());
    }

    /**
     * RFC 3261 §12.2.1.1: "For example, if the remote target is sip:user@remoteua and the route set contains:
     * <sip:proxy1>,<sip:proxy2>,<sip:proxy3;lr>,<sip:proxy4> The request will be formed with the following Request-URI
     * and Route header field: METHOD sip:proxy1 / Route: <sip:proxy2>,<sip:proxy3;lr>,<sip:proxy4>,<sip:user@remoteua>".
     */
    @Test
    void strictRoutingPutsTheFirstRouteInTheRequestUriAndTheRemoteTargetLast() {
        SipRequest invite = request("INVITE", "sip:callee@domain.com", "<sip:callee@domain.com>", 1,
                "Contact: <sip:user@remoteua>\r\nRecord-Route: <sip:proxy1>,<sip:proxy2>,<sip:proxy3;lr>,<sip:proxy4>\r\n");
        Dialog d = Dialog.asUas(invite, response(invite, 200, "t", "Contact: <sip:callee@u2.domain.com>\r\n"));
        SipRequest info = d.createRequest("INFO").build();
        assertEquals("INFO sip:proxy1 SIP/2.0", info.startLine());
        assertEquals(addresses("<sip:proxy2>", "<sip:proxy3;lr>", "<sip:proxy4>", "<sip:user@remoteua>"), info.routes());
    }

    /**
     * RFC 3261 §12.2.1.1: "the UAC MUST place the first URI from the route set into the Request-URI, stripping any
     * parameters that are not allowed in a Request-URI"; Table 1 of §19.1.1 allows neither the method parameter nor
     * headers there. The Route values keep "all parameters".
     */
    @Test
    void strictRoutingStripsWhatARequestUriMayNotCarry() {
        RequestTarget t = RequestTarget.of(addresses("<sip:proxy1;transport=tcp;method=INVITE?Subject=x>;foo=bar",
                "<sip:proxy2;maddr=10.0.0.1>;rr=1"), Uri.parse("sip:user@remoteua"));
        assertEquals(Uri.parse("sip:proxy1;transport=tcp"), t.requestUri());
        assertEquals(addresses("<sip:proxy2;maddr=10.0.0.1>;rr=1", "<sip:user@remoteua>"), t.routes());
        assertEquals("rr=1", t.routes().get(0).parameters().toString().substring(1));
    }

    /** RFC 3261 §12.2.1.1: "If the route set is empty, the UAC MUST place the remote target URI into the Request-URI.  The UAC MUST NOT add a Route header field to the request." */
    @Test
    void anEmptyRouteSetMeansNoRoute() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog d = Dialog.asUac(invite, response(invite, 200, "t", "Contact: <sip:callee@10.0.0.2:5062>\r\n"));
        SipRequest bye = d.createRequest("BYE").build();
        assertEquals("BYE sip:callee@10.0.0.2:5062 SIP/2.0", bye.startLine());
        assertFalse(bye.headers().contains(HeaderName.ROUTE));
    }

    /**
     * RFC 3261 §12.2.1.1: To, From, Call-ID from the dialog; §8.1.1.6: "A UAC MUST insert a Max-Forwards header field
     * into each request it originates with a value that SHOULD be 70." No Via: the caller adds it.
     */
    @Test
    void aRequestCarriesTheDialogIdentityAndMaxForwardsButNoVia() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog d = Dialog.asUac(invite, response(invite, 200, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n"));
        SipRequest bye = d.createRequest("BYE").build();
        assertEquals(Address.parse("<sip:callee@domain.com>;tag=u2tag"), bye.to());
        assertEquals(Address.parse("<sip:caller@example.com>;tag=1928301774"), bye.from());
        assertEquals(CALL_ID, bye.callId());
        assertEquals(70, bye.maxForwards());
        assertTrue(bye.via().isEmpty());
        assertFalse(bye.headers().contains(HeaderName.CONTACT), "BYE is no target refresh request");
        SipRequest withVia = d.createRequest("INFO")
                .addHeaderFirst(SipHeaders.VIA, Via.of("UDP", "u1.example.com", 5060, "z9hG4bKnashds8")).build();
        assertEquals("z9hG4bKnashds8", withVia.topVia().branch());
        assertEquals(HeaderName.VIA, withVia.headers().get(0).name());
    }

    /**
     * RFC 3261 §12.2.1.1: "A UAC SHOULD include a Contact header field in any target refresh requests within a dialog,
     * and unless there is a need to change it, the URI SHOULD be the same as used in previous requests within the
     * dialog."
     */
    @Test
    void aReInviteCarriesTheContactOfTheInitialInvite() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog d = Dialog.asUac(invite, response(invite, 200, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n"));
        assertEquals(Uri.parse("sip:caller@u1.example.com"), d.createRequest("INVITE").build().contacts().get(0).uri());
    }

    // ---------------------------------------------------------------- CSeq

    /**
     * RFC 3261 §12.2.1.1: "if the local sequence number is not empty, the value of the local sequence number MUST be
     * incremented by one, and this value MUST be placed into the CSeq header field." ACK: "The sequence number of the
     * CSeq header field MUST be the same as the INVITE being acknowledged, but the CSeq method MUST be ACK." (§13.2.2.4)
     */
    @Test
    void theLocalSequenceNumberIncrementsByOneExceptForAck() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog d = Dialog.asUac(invite, response(invite, 200, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n"));
        SipRequest ack = d.createAck(314159).build();
        assertEquals("314159 ACK", ack.cseq().toString());
        assertEquals("ACK sip:callee@u2.domain.com SIP/2.0", ack.startLine());
        assertEquals("314160 INFO", d.createRequest("INFO").build().cseq().toString());
        assertEquals("314161 BYE", d.createRequest("BYE").build().cseq().toString());
        assertEquals(OptionalLong.of(314161), d.localCseq());
        assertThrows(IllegalArgumentException.class, () -> d.createRequest("ACK"));
        assertThrows(IllegalArgumentException.class, () -> d.createRequest("CANCEL"));
    }

    /**
     * RFC 3261 §12.2.1.1: "If the local sequence number is empty, an initial value MUST be chosen using the guidelines
     * of Section 8.1.1.5." §8.1.1.5: the value "MUST be less than 2**31".
     */
    @Test
    void aUasChoosesAnInitialLocalSequenceNumberBelow2To31() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog d = Dialog.asUas(invite, response(invite, 200, "t", ""));
        long first = d.createRequest("INFO").build().cseq().sequence();
        assertTrue(first >= 1 && first < Dialog.CSEQ_LIMIT, "initial CSeq " + first);
        assertEquals(first + 1, d.createRequest("BYE").build().cseq().sequence());
    }

    /**
     * RFC 3261 §12.2.2: "If the remote sequence number was not empty, but the sequence number of the request is lower
     * than the remote sequence number, the request is out of order and MUST be rejected with a 500 (Server Internal
     * Error) response." and "If the request is rejected, none of the state changes are performed."
     */
    @Test
    void aLowerCSeqIsRejectedWith500AndChangesNothing() {
        Dialog d = uasDialog();
        SipRequest old = inDialog("INFO", 314158, "");
        RequestOutcome o = d.receiveRequest(old);
        assertEquals(RequestOutcome.Kind.REJECTED, o.kind());
        assertEquals(500, o.status());
        assertEquals(500, o.toResponse(old).build().statusCode());
        assertEquals(OptionalLong.of(314159), d.remoteCseq());
    }

    /**
     * RFC 3261 §12.2.2: "It is possible for the CSeq sequence number to be higher than the remote sequence number by
     * more than one.  This is not an error condition" "The UAS MUST then set the remote sequence number to the value of
     * the sequence number in the CSeq header field value in the request."
     */
    @Test
    void aHigherCSeqWithAGapIsInOrder() {
        Dialog d = uasDialog();
        RequestOutcome o = d.receiveRequest(inDialog("INFO", 314170, ""));
        assertEquals(RequestOutcome.Kind.IN_DIALOG, o.kind());
        assertEquals(OptionalLong.of(314170), d.remoteCseq());
        assertEquals(500, d.receiveRequest(inDialog("INFO", 314169, "")).status());
    }

    /** RFC 3261 §12.2.2: "If the remote sequence number is empty, it MUST be set to the value of the sequence number in the CSeq header field value in the request." */
    @Test
    void aUacSetsItsEmptyRemoteSequenceNumberFromTheFirstRequest() {
        Dialog d = uacDialog();
        SipRequest bye = request("BYE", "sip:caller@u1.example.com", "<sip:caller@example.com>;tag=1928301774", 5, "")
                .toBuilder().header(SipHeaders.FROM, Address.parse("<sip:callee@domain.com>;tag=u2tag")).build();
        assertEquals(RequestOutcome.Kind.IN_DIALOG, d.receiveRequest(bye).kind());
        assertEquals(OptionalLong.of(5), d.remoteCseq());
    }

    /** RFC 3261 §12.2.1.1: "excepting ACK and CANCEL of course, whose numbers equal the requests being acknowledged or cancelled". */
    @Test
    void ackAndCancelAreExemptFromTheCSeqOrder() {
        Dialog d = uasDialog();
        d.receiveRequest(inDialog("INVITE", 314160, ""));
        d.receiveRequest(inDialog("INFO", 314161, ""));
        assertEquals(RequestOutcome.Kind.IN_DIALOG, d.receiveRequest(inDialog("ACK", 314160, "")).kind());
        assertEquals(OptionalLong.of(314161), d.remoteCseq());
    }

    // ---------------------------------------------------------------- target refresh

    /**
     * RFC 3261 §12.2.2: "When a UAS receives a target refresh request, it MUST replace the dialog's remote target URI
     * with the URI from the Contact header field in that request, if present." — once accepted: "If the request is
     * rejected, none of the state changes are performed."
     */
    @Test
    void anAcceptedReInviteRefreshesTheRemoteTargetAtTheUas() {
        Dialog d = uasDialog();
        SipRequest refused = inDialog("INVITE", 314160, "Contact: <sip:caller@192.0.2.7>\r\n");
        assertEquals(RequestOutcome.Kind.IN_DIALOG, d.receiveRequest(refused).kind());
        d.sendResponse(refused, refused.createResponse(488).build());
        assertEquals(Uri.parse("sip:caller@u1.example.com"), d.remoteTarget());

        SipRequest reInvite = inDialog("INVITE", 314161, "Contact: <sip:caller@192.0.2.8>\r\n");
        d.receiveRequest(reInvite);
        d.sendResponse(reInvite, reInvite.createResponse(200).build());
        assertEquals(Uri.parse("sip:caller@192.0.2.8"), d.remoteTarget());
        assertEquals(Dialog.State.CONFIRMED, d.state());
    }

    /** RFC 3261 §12.2: "requests that are not target refresh requests do not modify the dialog's remote target URI". */
    @Test
    void aNonTargetRefreshRequestLeavesTheRemoteTarget() {
        Dialog d = uasDialog();
        SipRequest info = inDialog("INFO", 314160, "Contact: <sip:caller@192.0.2.9>\r\n");
        d.receiveRequest(info);
        d.sendResponse(info, info.createResponse(200).build());
        assertEquals(Uri.parse("sip:caller@u1.example.com"), d.remoteTarget());
        assertFalse(Dialog.isTargetRefresh("ACK"));
        assertTrue(Dialog.isTargetRefresh("UPDATE"));
    }

    /**
     * RFC 3261 §12.2.1.2: "When a UAC receives a 2xx response to a target refresh request, it MUST replace the dialog's
     * remote target URI with the URI from the Contact header field in that response, if present." §12.2: "Target
     * refresh requests only update the dialog's remote target URI, and not the route set formed from the
     * Record-Route."
     */
    @Test
    void a2xxToAReInviteRefreshesTheRemoteTargetAtTheUac() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog d = Dialog.asUac(invite, response(invite, 200, "u2tag",
                "Contact: <sip:callee@u2.domain.com>\r\nRecord-Route: <sip:p1.example.com;lr>\r\n"));
        SipRequest reInvite = d.createRequest("INVITE")
                .addHeaderFirst(SipHeaders.VIA, Via.of("UDP", "u1.example.com", -1, "z9hG4bK2")).build();
        d.receiveResponse(reInvite, response(reInvite, 200, null,
                "Contact: <sip:callee@192.0.2.20>\r\nRecord-Route: <sip:other.example.com;lr>\r\n"));
        assertEquals(Uri.parse("sip:callee@192.0.2.20"), d.remoteTarget());
        assertEquals(addresses("<sip:p1.example.com;lr>"), d.routeSet());
        SipRequest info = d.createRequest("INFO").addHeaderFirst(SipHeaders.VIA, Via.of("UDP", "h", -1, "z9hG4bK3")).build();
        d.receiveResponse(info, response(info, 200, null, "Contact: <sip:callee@192.0.2.21>\r\n"));
        assertEquals(Uri.parse("sip:callee@192.0.2.20"), d.remoteTarget());
    }

    // ---------------------------------------------------------------- states

    /**
     * RFC 3261 §12: "A dialog can also be in the "early" state, which occurs when it is created with a provisional
     * response, and then transition to the "confirmed" state when a 2xx final response arrives." §13.2.2.4: "the route
     * set for the dialog MUST be recomputed based on the 2xx response". §15.1.1: a 2xx to the BYE ends it.
     */
    @Test
    void aUacDialogGoesEarlyConfirmedTerminated() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog d = Dialog.asUac(invite, response(invite, 180, "u2tag", "Record-Route: <sip:p1.example.com;lr>\r\n"));
        assertEquals(Dialog.State.EARLY, d.state());
        assertEquals(Uri.parse("sip:callee@domain.com"), d.remoteTarget(), "no Contact in the 180: the Request-URI");
        d.receiveResponse(invite, response(invite, 200, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n"
                + "Record-Route: <sip:p2.domain.com;lr>\r\nRecord-Route: <sip:p1.example.com;lr>\r\n"));
        assertEquals(Dialog.State.CONFIRMED, d.state());
        assertEquals(addresses("<sip:p1.example.com;lr>", "<sip:p2.domain.com;lr>"), d.routeSet());
        assertEquals(Uri.parse("sip:callee@u2.domain.com"), d.remoteTarget());
        SipRequest bye = d.createRequest("BYE").addHeaderFirst(SipHeaders.VIA, Via.of("UDP", "h", -1, "z9hG4bK4")).build();
        assertEquals(Dialog.State.CONFIRMED, d.state());
        d.receiveResponse(bye, response(bye, 200, null, ""));
        assertEquals(Dialog.State.TERMINATED, d.state());
        assertThrows(IllegalStateException.class, () -> d.createRequest("INFO"));
    }

    /**
     * RFC 3261 §15.1.1: "If the response for the BYE is a 481 (Call/Transaction Does Not Exist) or a 408 (Request
     * Timeout) or no response at all is received for the BYE ... the UAC MUST consider the session and the dialog
     * terminated." A 401 is not among them: the UAC may resend the BYE with credentials.
     */
    @Test
    void a481Or408ToByeTerminatesButA401DoesNot() {
        for (int status : new int[] {481, 408}) {
            Dialog d = uacDialog();
            SipRequest bye = d.createRequest("BYE").addHeaderFirst(SipHeaders.VIA, Via.of("UDP", "h", -1, "z9hG4bK5")).build();
            d.receiveResponse(bye, response(bye, status, null, ""));
            assertEquals(Dialog.State.TERMINATED, d.state(), "after " + status);
        }
        Dialog d = uacDialog();
        SipRequest bye = d.createRequest("BYE").addHeaderFirst(SipHeaders.VIA, Via.of("UDP", "h", -1, "z9hG4bK6")).build();
        d.receiveResponse(bye, response(bye, 401, null, ""));
        assertEquals(Dialog.State.CONFIRMED, d.state());
    }

    /** RFC 3261 §12.3: "if a request outside of a dialog generates a non-2xx final response, any early dialogs created through provisional responses to that request are terminated." */
    @Test
    void aNon2xxFinalResponseTerminatesTheEarlyDialogOnBothSides() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        SipResponse ringing = response(invite, 180, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n");
        Dialog uac = Dialog.asUac(invite, ringing);
        Dialog uas = Dialog.asUas(invite, ringing);
        SipResponse busy = response(invite, 486, "u2tag", "");
        uac.receiveResponse(invite, busy);
        uas.sendResponse(invite, busy);
        assertEquals(Dialog.State.TERMINATED, uac.state());
        assertEquals(Dialog.State.TERMINATED, uas.state());
    }

    /** RFC 3261 §12: early then confirmed at the UAS; §15.1.2: "the UAS core MUST generate a 2xx response to the BYE" — which ends the dialog. */
    @Test
    void aUasDialogGoesEarlyConfirmedTerminated() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog d = Dialog.asUas(invite, response(invite, 180, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n"));
        assertEquals(Dialog.State.EARLY, d.state());
        d.sendResponse(invite, response(invite, 200, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n"));
        assertEquals(Dialog.State.CONFIRMED, d.state());
        SipRequest bye = request("BYE", "sip:callee@u2.domain.com", "<sip:callee@domain.com>;tag=u2tag", 314160, "");
        assertEquals(RequestOutcome.Kind.IN_DIALOG, d.receiveRequest(bye).kind());
        d.sendResponse(bye, bye.createResponse(200).build());
        assertEquals(Dialog.State.TERMINATED, d.state());
        // §12.2.2: a request for a dialog that no longer exists gets 481.
        assertEquals(481, d.receiveRequest(inDialog("INFO", 314170, "")).status());
        assertEquals(RequestOutcome.Kind.DISCARD, d.receiveRequest(inDialog("ACK", 314160, "")).kind());
    }

    // ---------------------------------------------------------------- fixtures

    /** The callee's confirmed dialog of {@link #invite}: local tag u2tag, remote CSeq 314159. */
    static Dialog uasDialog() {
        SipRequest invite = invite("sip:callee@u2.domain.com", "");
        return Dialog.asUas(invite, response(invite, 200, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n"));
    }

    /** The caller's confirmed dialog: remote tag u2tag, local CSeq 314159. */
    static Dialog uacDialog() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        return Dialog.asUac(invite, response(invite, 200, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n"));
    }

    /** A request from the caller in the callee's dialog. */
    static SipRequest inDialog(String method, long cseq, String extra) {
        return request(method, "sip:callee@u2.domain.com", "<sip:callee@domain.com>;tag=u2tag", cseq, extra);
    }
}
