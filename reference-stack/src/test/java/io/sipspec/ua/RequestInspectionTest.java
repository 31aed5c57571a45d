package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.HeaderName;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.SipMessageParser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestInspectionTest {

    private static final RequestInspection UAS = RequestInspection.referenceUas();
    private static final RequestInspection PROXY = RequestInspection.referenceProxy();

    /** A well-formed request; {@code extra} are more header lines (CRLF-terminated), then the body. */
    private static SipRequest request(String method, String uri, String extra, String body) {
        String text = method + " " + uri + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP client.example.com;branch=z9hG4bK776asdhds\r\n"
                + "Max-Forwards: 70\r\n"
                + "To: <sip:bob@example.com>\r\n"
                + "From: <sip:alice@example.com>;tag=1928301774\r\n"
                + "Call-ID: a84b4c76e66710@client.example.com\r\n"
                + "CSeq: 314159 " + method + "\r\n"
                + extra
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
        return (SipRequest) new SipMessageParser().parse(text);
    }

    private static SipRequest request(String method, String extra) {
        return request(method, "sip:bob@example.com", extra, "");
    }

    private static Rejection rejected(RequestInspection element, SipRequest r) {
        Optional<Rejection> x = element.inspect(r);
        assertTrue(x.isPresent(), "expected a rejection");
        return x.get();
    }

    @Test
    void aSupportedRequestPasses() {
        assertEquals(Optional.empty(), UAS.inspect(request("OPTIONS", "")));
        assertEquals(Optional.empty(), PROXY.inspect(request("OPTIONS", "")));
    }

    /** RFC 3261 §8.2.1: "If the UAS recognizes but does not support the method of a request, it MUST generate a 405". */
    @Test
    void aRecognizedButUnsupportedMethodIs405WithAllow() {
        Rejection r = rejected(UAS, request("REGISTER", ""));
        assertEquals(405, r.status());
        // "The Allow header field MUST list the set of methods supported by the UAS generating the message."
        assertEquals("INVITE, ACK, BYE, CANCEL, OPTIONS", r.headerValue(HeaderName.ALLOW));
    }

    /** RFC 3261 §21.5.2: 501 "is the appropriate response when a UAS does not recognize the request method". */
    @Test
    void anUnrecognizedMethodIs501WithAllow() {
        Rejection r = rejected(UAS, request("FOO", ""));
        assertEquals(501, r.status());
        assertEquals("INVITE, ACK, BYE, CANCEL, OPTIONS", r.headerValue(HeaderName.ALLOW));
    }

    /** RFC 3261 §7.1: "The method names are case-sensitive", so "invite" is not INVITE. */
    @Test
    void methodsAreCaseSensitive() {
        assertEquals(501, rejected(UAS, request("invite", "")).status());
    }

    /** RFC 3261 §16.3 step 1: "An element MUST NOT refuse to proxy a request because it contains a method ... it does not know about." */
    @Test
    void aProxyForwardsUnknownMethods() {
        assertEquals(Optional.empty(), PROXY.inspect(request("FOO", "")));
    }

    /** RFC 3261 §8.2.2.1: "If the Request-URI uses a scheme not supported by the UAS, it SHOULD reject the request with a 416". */
    @Test
    void anUnsupportedRequestUriSchemeIs416() {
        assertEquals(416, rejected(UAS, request("OPTIONS", "tel:+12015550123", "", "")).status());
        assertEquals(416, rejected(PROXY, request("OPTIONS", "tel:+12015550123", "", "")).status());
        RequestInspection telUas = RequestInspection.uas().allow("OPTIONS").uriSchemes("sip", "tel").build();
        assertEquals(Optional.empty(), telUas.inspect(request("OPTIONS", "tel:+12015550123", "", "")));
    }

    /** RFC 3261 §8.2: method inspection comes before header inspection, so 405 wins over 416. */
    @Test
    void methodIsInspectedBeforeTheRequestUri() {
        assertEquals(405, rejected(UAS, request("REGISTER", "tel:+12015550123", "", "")).status());
    }

    /**
     * RFC 3261 §8.2.2.3: "The UAS MUST add an Unsupported header field, and list in it those options it does not
     * understand amongst those in the Require header field of the request."
     */
    @Test
    void anUnknownRequiredOptionIs420ListingOnlyTheUnknownTags() {
        RequestInspection uas = RequestInspection.uas().allow("INVITE", "OPTIONS").uriSchemes("sip").optionTags("100rel").build();
        Rejection r = rejected(uas, request("OPTIONS", "Require: 100rel, foo\r\nRequire: bar\r\n"));
        assertEquals(420, r.status());
        assertEquals("foo, bar", r.headerValue(HeaderName.UNSUPPORTED));
        assertEquals(Optional.empty(), uas.inspect(request("OPTIONS", "Require: 100REL\r\n")));
    }

    /** RFC 3261 §8.2.2.3: Require "MUST be ignored" in CANCEL; a UAS ignores Proxy-Require. */
    @Test
    void requireIsIgnoredInCancelAndProxyRequireByTheUas() {
        assertEquals(Optional.empty(), UAS.inspect(request("CANCEL", "Require: foo\r\n")));
        assertEquals(Optional.empty(), UAS.inspect(request("OPTIONS", "Proxy-Require: foo\r\n")));
    }

    /** RFC 3261 §16.3 step 5: the proxy's 420 lists the Proxy-Require option tags it does not understand. */
    @Test
    void aProxyChecksProxyRequireNotRequire() {
        Rejection r = rejected(PROXY, request("OPTIONS", "Proxy-Require: foo\r\nRequire: bar\r\n"));
        assertEquals(420, r.status());
        assertEquals("foo", r.headerValue(HeaderName.UNSUPPORTED));
        assertEquals(Optional.empty(), PROXY.inspect(request("OPTIONS", "Require: bar\r\n")));
    }

    /** RFC 3261 §16.3 step 3: "Otherwise, the element MUST return a 483 (Too many hops) response." */
    @Test
    void aProxyAnswers483ToMaxForwardsZeroButAUasDoesNot() {
        SipRequest r = (SipRequest) request("INVITE", "").toBuilder().header(HeaderName.MAX_FORWARDS, "0").build();
        assertEquals(483, rejected(PROXY, r).status());
        assertEquals(Optional.empty(), UAS.inspect(r));
    }

    /** RFC 3261 §16.3 step 3: "If the request does not contain a Max-Forwards header field, this check is passed." */
    @Test
    void noMaxForwardsPassesTheProxyCheck() {
        SipRequest r = (SipRequest) request("INVITE", "").toBuilder().removeHeader(HeaderName.MAX_FORWARDS).build();
        assertEquals(Optional.empty(), PROXY.inspect(r));
    }

    /**
     * RFC 3261 §8.2.3: "The response MUST contain an Accept header field listing the types of all bodies it
     * understands, in the event the request contained bodies of types not supported by the UAS."
     */
    @Test
    void anUnknownBodyTypeIs415WithAccept() {
        Rejection r = rejected(UAS, request("INVITE", "sip:bob@example.com", "Content-Type: text/foo\r\n", "hello"));
        assertEquals(415, r.status());
        assertEquals("application/sdp", r.headerValue(HeaderName.ACCEPT));
    }

    /** RFC 3261 §8.2.3: unknown encodings and languages get Accept-Encoding and Accept-Language. */
    @Test
    void anUnknownEncodingOrLanguageIs415WithAcceptEncodingAndAcceptLanguage() {
        String extra = "Content-Type: application/sdp\r\nContent-Encoding: gzip\r\nContent-Language: fr\r\n";
        Rejection r = rejected(UAS, request("INVITE", "sip:bob@example.com", extra, "v=0\r\n"));
        assertEquals(415, r.status());
        assertEquals(null, r.headerValue(HeaderName.ACCEPT));
        assertEquals("", r.headerValue(HeaderName.ACCEPT_ENCODING));
        assertEquals("en", r.headerValue(HeaderName.ACCEPT_LANGUAGE));
    }

    /** RFC 3261 §8.2.3: a body part that is "optional (as indicated by the Content-Disposition header field)" is not a reason for 415. */
    @Test
    void anOptionalBodyIsNotRejected() {
        String extra = "Content-Type: text/foo\r\nContent-Disposition: render;handling=optional\r\n";
        assertEquals(Optional.empty(), UAS.inspect(request("INVITE", "sip:bob@example.com", extra, "hello")));
    }

    /** RFC 3261 §20.1 and §21.4.7: an INVITE whose Accept excludes application/sdp cannot be answered: 406. */
    @Test
    void anAcceptWithoutTheAnswerTypeIs406WithWarning399() {
        Rejection r = rejected(UAS, request("INVITE", "Accept: text/plain\r\n"));
        assertEquals(406, r.status());
        assertTrue(r.headerValue(HeaderName.WARNING).startsWith("399 sipspec "), r.headerValue(HeaderName.WARNING));
        assertEquals(Optional.empty(), UAS.inspect(request("INVITE", "Accept: application/*\r\n")));
        // "if no Accept header field is present, the server SHOULD assume a default value of application/sdp"
        assertEquals(Optional.empty(), UAS.inspect(request("INVITE", "")));
        // "An empty Accept header field means that no formats are acceptable."
        assertEquals(406, rejected(UAS, request("INVITE", "Accept:\r\n")).status());
        assertEquals(Optional.empty(), UAS.inspect(request("OPTIONS", "Accept: text/plain\r\n")));
    }

    /** RFC 3261 §22.1 counts ACK among "any requests that take no response". */
    @Test
    void anAckIsNeverRejected() {
        assertEquals(Optional.empty(), UAS.inspect(request("ACK", "Require: foo\r\n")));
    }

    /** RFC 3261 §8.2.2: malformed header fields needed for the checks make the request a 400, not a crash. */
    @Test
    void aMalformedHeaderTheChecksNeedIs400() {
        assertEquals(400, rejected(UAS, request("OPTIONS", "Require: ;;\r\n")).status());
    }

    /** The rejection becomes a response with its header fields (RFC 3261 §8.2.6). */
    @Test
    void aRejectionBuildsItsResponse() {
        SipRequest req = request("FOO", "");
        SipResponse resp = rejected(UAS, req).toResponse(req).build();
        assertEquals(501, resp.statusCode());
        assertEquals("INVITE, ACK, BYE, CANCEL, OPTIONS", resp.headerValue(HeaderName.ALLOW));
        assertEquals(req.callId(), resp.callId());
    }
}
