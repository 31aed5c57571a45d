package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Address;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipRequest;
import io.sipspec.message.Uri;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RFC 3261 §19.1.5, Forming Requests from a URI. */
class RequestFromUriTest {

    private static Optional<SipRequest> form(String uri) {
        return RequestFromUri.form(uri, RequestFromUriTest::newRequest, Set.of("100rel"));
    }

    private static SipRequest.Builder newRequest(String method, Uri target) {
        return SipRequest.builder(method, target)
                .header(HeaderName.TO, Address.of(target).toString())
                .header(HeaderName.FROM, "<sip:alice@atlanta.example.com>;tag=1928301774")
                .header(HeaderName.CALL_ID, "a84b4c76e66710@pc33.atlanta.example.com")
                .header(HeaderName.CSEQ, "314159 " + method)
                .header(HeaderName.MAX_FORWARDS, "70")
                .header(HeaderName.CONTACT, "<sip:alice@pc33.atlanta.example.com>");
    }

    @Test
    void theMethodParameterIsTheMethodAndTheOtherParametersStayInTheRequestUri() {
        // "An implementation MUST include any provided transport, maddr, ttl, or user parameter in the Request-URI of
        // the formed request. If the URI contains a method parameter, its value MUST be used as the method of the
        // request. The method parameter MUST NOT be placed in the Request-URI. Unknown URI parameters MUST be placed in
        // the message's Request-URI."
        SipRequest r = form("sip:bob@biloxi.example.com;transport=udp;user=ip;maddr=239.255.255.1;ttl=1;method=OPTIONS;x-new=1")
                .orElseThrow();
        assertEquals("OPTIONS sip:bob@biloxi.example.com;transport=udp;user=ip;maddr=239.255.255.1;ttl=1;x-new=1 SIP/2.0",
                r.startLine());
        assertEquals("INVITE", form("sip:bob@biloxi.example.com").orElseThrow().method(), "INVITE by default");
    }

    @Test
    void headersAndBodyAreHonoredOnePerComponent() {
        // "An implementation SHOULD treat the presence of any headers or body parts in the URI as a desire to include
        // them in the message, and choose to honor the request on a per-component basis."
        SipRequest r = form("sip:bob@biloxi.example.com;method=MESSAGE?Subject=project%20x&Priority=urgent"
                + "&Content-Type=text/plain&body=hello%20bob").orElseThrow();
        assertEquals("project x", r.headerValue(HeaderName.SUBJECT));
        assertEquals("urgent", r.headerValue(HeaderName.PRIORITY));
        assertEquals("text/plain", r.headerValue(HeaderName.CONTENT_TYPE));
        assertEquals("hello bob", r.bodyText());
    }

    @Test
    void dangerousAndFalselyAdvertisingHeadersAreNotHonored() {
        SipRequest r = form("sip:bob@biloxi.example.com;method=OPTIONS?From=%3Csip:evil%40example.com%3E&Call-ID=evil"
                + "&CSeq=1%20OPTIONS&Via=SIP/2.0/UDP%20evil.example.com&Record-Route=%3Csip:evil.example.com%3E"
                + "&Route=%3Csip:evil.example.com%3Blr%3E&Contact=%3Csip:evil%40example.com%3E&Allow=EVIL&Supported=evil"
                + "&User-Agent=evil&Accept=evil/evil&Organization=evil").orElseThrow();
        assertEquals("<sip:alice@atlanta.example.com>;tag=1928301774", r.headerValue(HeaderName.FROM));
        assertEquals("a84b4c76e66710@pc33.atlanta.example.com", r.callId());
        assertEquals("314159 OPTIONS", r.headerValue(HeaderName.CSEQ));
        assertEquals("<sip:alice@pc33.atlanta.example.com>", r.headerValue(HeaderName.CONTACT));
        for (HeaderName h : new HeaderName[] {HeaderName.VIA, HeaderName.RECORD_ROUTE, HeaderName.ROUTE, HeaderName.ALLOW,
                HeaderName.SUPPORTED, HeaderName.USER_AGENT, HeaderName.ACCEPT, HeaderName.ORGANIZATION}) {
            assertFalse(r.headers().contains(h), h.name());
        }
    }

    @Test
    void descriptiveHeadersAreVerified() {
        SipRequest r = form("sip:bob@biloxi.example.com;method=MESSAGE?Content-Type=text/plain&Content-Length=999&body=hi"
                + "&Date=Sat%2C%2013%20Nov%202010%2023:29:00%20GMT").orElseThrow();
        assertEquals("2", r.headerValue(HeaderName.CONTENT_LENGTH));
        assertFalse(r.headers().contains(HeaderName.DATE));
        SipRequest noBody = form("sip:bob@biloxi.example.com;method=OPTIONS?Content-Type=text/plain").orElseThrow();
        assertNull(noBody.headerValue(HeaderName.CONTENT_TYPE), "no body, nothing to describe");
    }

    @Test
    void anInvalidUriOrRequestIsNotSent() {
        // "If the request formed from constructing a message from a given URI is not a valid SIP request, the URI is
        // invalid. An implementation MUST NOT proceed with transmitting the request."
        assertTrue(form("sip:@biloxi.example.com").isEmpty(), "an @ and an empty user (§19.1.1)");
        assertTrue(form("sip:bob@biloxi.example.com;x=1;x=2").isEmpty(), "a parameter twice (§19.1.1)");
        assertTrue(form("sips:bob@biloxi.example.com;transport=udp").isEmpty(), "SIPS over UDP (§19.1.1)");
        assertTrue(form("sip:bob@biloxi.example.com;ttl=5").isEmpty(), "ttl without a multicast maddr (§19.1.1)");
        assertTrue(form("sip:bob@biloxi.example.com;maddr=192.0.2.1;ttl=5").isEmpty(), "ttl with a unicast maddr");
        assertTrue(form("sip:bob@biloxi.example.com;method=OPTIONS?Expires=soon").isEmpty(), "a header field that does not parse");
        assertTrue(form("sip:bob@biloxi.example.com;method=MESSAGE?body=hi").isEmpty(), "a body without its type");
        assertTrue(form("sips:bob@biloxi.example.com;transport=tcp").isPresent());
    }

    @Test
    void aRequestRequiringAnUnsupportedExtensionIsNotSent() {
        // "An implementation MUST NOT send a request requiring an extension that it does not support. For example, such
        // a request can be formed through the presence of a Require header parameter or a method URI parameter with an
        // unknown or explicitly unsupported value."
        assertTrue(form("sip:bob@biloxi.example.com;method=OPTIONS?Require=nothingKnowsThis").isEmpty());
        assertTrue(form("sip:bob@biloxi.example.com;method=OPTIONS?Proxy-Require=nothingKnowsThis").isEmpty());
        assertTrue(form("sip:bob@biloxi.example.com;method=NOSUCHMETHOD").isEmpty());
        assertEquals("100rel", form("sip:bob@biloxi.example.com;method=OPTIONS?Require=100rel").orElseThrow()
                .headerValue(HeaderName.REQUIRE));
    }
}
