package io.sipspec.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Address;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RedirectServerTest {

    private static final AddressOfRecord CAROL = AddressOfRecord.parse("sip:carol@chicago.com");

    private final MutableClock clock = MutableClock.fixed();
    private final InMemoryLocationService locations = new InMemoryLocationService(clock);
    private final RedirectServer server = new RedirectServer(locations, clock);

    private void bind(AddressOfRecord aor, String contact, long seconds) {
        Instant expires = clock.instant().plusSeconds(seconds);
        locations.update(aor, current -> {
            List<Binding> next = new ArrayList<>(current);
            next.add(Binding.of(Address.parse(contact), expires, "setup", 1));
            return next;
        });
    }

    private static SipRequest request(String method, String uri) {
        return SipRequest.builder(method, Uri.parse(uri))
                .addHeader(HeaderName.VIA, "SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds")
                .addHeader(HeaderName.MAX_FORWARDS, "70")
                .addHeader(HeaderName.TO, "Carol <sip:carol@chicago.com>")
                .addHeader(HeaderName.FROM, "Alice <sip:alice@atlanta.com>;tag=1928301774")
                .addHeader(HeaderName.CALL_ID, "a84b4c76e66710@pc33.atlanta.com")
                .addHeader(HeaderName.CSEQ, "314159 " + method)
                .build();
    }

    private SipResponse invite(String uri) {
        return server.handle(request(Methods.INVITE, uri)).orElseThrow();
    }

    @Test
    @DisplayName("§8.3: the server \"gathers the list of alternative locations from the location service and returns ... 3xx\"")
    void oneLocationIs302WithItsExpires() {
        bind(CAROL, "<sip:carol@cube2214a.chicago.com>", 600);
        clock.advanceSeconds(100);
        SipResponse r = invite("sip:carol@chicago.com");
        assertEquals(302, r.statusCode());
        assertEquals(1, r.contacts().size());
        Address c = r.contacts().get(0);
        assertEquals(Uri.parse("sip:carol@cube2214a.chicago.com"), c.uri());
        // "An "expires" parameter to the Contact header field values may also be supplied to indicate the lifetime of
        // the Contact data."
        assertEquals("500", c.parameter("expires"));
    }

    @Test
    @DisplayName("§21.3.1: 300 when \"The address in the request resolved to several choices\", ordered by q, q kept")
    void severalLocationsAre300OrderedByQ() {
        bind(CAROL, "<sip:carol@low.chicago.com>;q=0.1", 600);
        bind(CAROL, "<sip:carol@high.chicago.com>;q=0.9", 600);
        bind(CAROL, "\"Carol\" <sip:carol@mid.chicago.com>;q=0.5", 600);
        SipResponse r = invite("sip:carol@chicago.com");
        assertEquals(300, r.statusCode());
        List<Address> contacts = r.contacts();
        assertEquals(List.of("sip:carol@high.chicago.com", "sip:carol@mid.chicago.com", "sip:carol@low.chicago.com"),
                contacts.stream().map(a -> a.uri().toString()).toList());
        assertEquals(List.of("0.9", "0.5", "0.1"), contacts.stream().map(a -> a.parameter("q")).toList());
        assertEquals("Carol", contacts.get(1).displayName());
    }

    @Test
    @DisplayName("§8.3: no locations: the server \"refuses the request\" with 404")
    void noBindingsIs404() {
        assertEquals(404, invite("sip:carol@chicago.com").statusCode());
        bind(CAROL, "<sip:carol@a.chicago.com>", 60);
        clock.advanceSeconds(60);
        assertEquals(404, invite("sip:carol@chicago.com").statusCode());
    }

    @Test
    @DisplayName("§8.3: \"redirect servers MUST NOT redirect a request to a URI equal to the one in the Request-URI\"")
    void neverRedirectsToTheRequestUri() {
        bind(CAROL, "<sip:carol@CHICAGO.com>", 600);
        assertEquals(404, invite("sip:carol@chicago.com").statusCode());
        bind(CAROL, "<sip:carol@a.chicago.com>", 600);
        SipResponse r = invite("sip:carol@chicago.com");
        assertEquals(302, r.statusCode());
        assertEquals(List.of(Uri.parse("sip:carol@a.chicago.com")), r.contacts().stream().map(Address::uri).toList());
    }

    @Test
    @DisplayName("§10.3 step 5: the Request-URI is looked up in canonical form (parameters removed)")
    void theRequestUriIsCanonicalized() {
        bind(CAROL, "<sip:carol@a.chicago.com>", 600);
        assertEquals(302, invite("sip:carol@chicago.com;transport=tcp").statusCode());
    }

    @Test
    @DisplayName("§8.3: \"Redirect servers MUST ignore features that are not understood (including ... option tags in Require\"")
    void unknownRequireIsIgnored() {
        bind(CAROL, "<sip:carol@a.chicago.com>", 600);
        SipRequest r = request(Methods.INVITE, "sip:carol@chicago.com").toBuilder().addHeader("Require", "foo").build();
        assertEquals(302, server.handle(r).orElseThrow().statusCode());
        SipRequest unknownMethod = request("FOO", "sip:carol@chicago.com");
        assertEquals(302, server.handle(unknownMethod).orElseThrow().statusCode());
    }

    @Test
    @DisplayName("§8.3: \"For well-formed CANCEL requests, it SHOULD return a 2xx response.\"")
    void cancelIs200() {
        assertEquals(200, server.handle(request(Methods.CANCEL, "sip:carol@chicago.com")).orElseThrow().statusCode());
    }

    @Test
    @DisplayName("§22.1: \"any requests that take no response, including ACK\": an ACK is not answered")
    void ackIsNotAnswered() {
        bind(CAROL, "<sip:carol@a.chicago.com>", 600);
        assertEquals(Optional.empty(), server.handle(request(Methods.ACK, "sip:carol@chicago.com")));
    }

    @Test
    @DisplayName("§8.2.2.1: a Request-URI scheme the server does not support is a 416")
    void telIs416() {
        assertEquals(416, invite("tel:+13125551212").statusCode());
    }

    @Test
    @DisplayName("§10.1 figure 2: what the registrar stores, the redirect server returns")
    void registrarAndRedirectShareTheLocationService() {
        Registrar registrar = Registrar.builder(locations).domains("chicago.com").clock(clock).build();
        SipResponse ok = registrar.handle(Register.carol().contact("<sip:carol@cube2214a.chicago.com>;q=0.7").build()).orElseThrow();
        assertEquals(200, ok.statusCode());
        SipResponse r = invite("sip:carol@chicago.com");
        assertEquals(302, r.statusCode());
        assertEquals("0.7", r.contacts().get(0).parameter("q"));
        assertEquals("3600", r.contacts().get(0).parameter("expires"));
        assertTrue(r.to().tag() != null, "§8.2.6.2: the UAS MUST add a tag to the To header field");
    }
}
