package io.sipspec.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Address;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipDate;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import io.sipspec.ua.Rejection;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrarTest {

    private static final AddressOfRecord CAROL = AddressOfRecord.parse("sip:carol@chicago.com");

    private final MutableClock clock = MutableClock.fixed();
    private final InMemoryLocationService locations = new InMemoryLocationService(clock);
    private final Registrar registrar = Registrar.builder(locations).domains("chicago.com").clock(clock).build();

    private SipResponse send(Registrar r, Register request) {
        Optional<SipResponse> response = r.handle(request.build());
        assertTrue(response.isPresent(), "a REGISTER is always answered");
        return response.get();
    }

    private SipResponse send(Register request) {
        return send(registrar, request);
    }

    /** The Contact values of a response, URI text -> its "expires" parameter, in order. */
    private static Map<String, String> listed(SipResponse response) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Address a : response.contacts()) {
            out.put(a.uri().toString(), a.parameter("expires"));
        }
        return out;
    }

    private List<Binding> carolsBindings() {
        return locations.lookup(CAROL);
    }

    // ---------------------------------------------------------------- adding, refreshing, removing, querying

    @Test
    @DisplayName("§10.2.1: the REGISTER includes the contact address(es) to which requests for the AoR should be forwarded")
    void addsABinding() {
        SipResponse r = send(Register.carol().contact("<sip:carol@cube2214a.chicago.com>"));
        assertEquals(200, r.statusCode());
        assertEquals(1, carolsBindings().size());
        Binding b = carolsBindings().get(0);
        assertEquals(Uri.parse("sip:carol@cube2214a.chicago.com"), b.uri());
        assertEquals("843817637684230@998sdasdh09", b.callId());
        assertEquals(1, b.cseq());
        assertEquals(clock.instant().plusSeconds(3600), b.expires());
    }

    @Test
    @DisplayName("§10.3 step 8: \"The response MUST contain Contact header field values enumerating all current bindings\"")
    void theOkListsEveryBindingWithItsExpires() {
        send(Register.carol().contact("<sip:carol@cube2214a.chicago.com>;expires=600"));
        clock.advanceSeconds(100);
        SipResponse r = send(Register.carol().callId("other-ua").contact("<sip:carol@laptop.chicago.com>;expires=1200"));
        // "Each Contact value MUST feature an "expires" parameter indicating its expiration interval chosen by the
        // registrar." The older binding shows the seconds it has left.
        assertEquals(Map.of("sip:carol@cube2214a.chicago.com", "500", "sip:carol@laptop.chicago.com", "1200"), listed(r));
    }

    @Test
    @DisplayName("§10.3 step 8: \"The response SHOULD include a Date header field.\"")
    void theOkCarriesADate() {
        SipResponse r = send(Register.carol().contact("<sip:carol@cube2214a.chicago.com>"));
        SipDate date = r.header(SipHeaders.DATE);
        assertNotNull(date);
        assertEquals(clock.instant(), date.time().withZoneSameInstant(ZoneOffset.UTC).toInstant());
    }

    @Test
    @DisplayName("§10.3: \"Registrars MUST NOT include a Record-Route header field in any response to a REGISTER request.\"")
    void noRecordRouteInTheResponse() {
        SipResponse r = send(Register.carol().contact("<sip:carol@cube2214a.chicago.com>")
                .header("Record-Route", "<sip:p1.example.com;lr>"));
        assertEquals(200, r.statusCode());
        assertFalse(r.headers().contains(HeaderName.RECORD_ROUTE));
    }

    @Test
    @DisplayName("§10.2.4: a refresh with the same Call-ID and a higher CSeq updates the binding's expiry")
    void refreshesABinding() {
        send(Register.carol().cseq(1).contact("<sip:carol@cube2214a.chicago.com>").expires(600));
        clock.advanceSeconds(500);
        SipResponse r = send(Register.carol().cseq(2).contact("<sip:carol@cube2214a.chicago.com>").expires(600));
        assertEquals(Map.of("sip:carol@cube2214a.chicago.com", "600"), listed(r));
        assertEquals(1, carolsBindings().size());
        assertEquals(2, carolsBindings().get(0).cseq());
        assertEquals(clock.instant().plusSeconds(600), carolsBindings().get(0).expires());
    }

    @Test
    @DisplayName("§10.3 step 7: a different Call-ID \"MUST be removed if the expiration time is zero and updated otherwise\"")
    void aDifferentCallIdUpdatesWhateverItsCSeq() {
        send(Register.carol().callId("boot-1").cseq(50).contact("<sip:carol@cube2214a.chicago.com>;q=0.5"));
        SipResponse r = send(Register.carol().callId("boot-2").cseq(1).contact("<sip:carol@cube2214a.chicago.com>;q=0.9"));
        assertEquals(200, r.statusCode());
        Binding b = carolsBindings().get(0);
        assertEquals("boot-2", b.callId());
        assertEquals(1, b.cseq());
        assertEquals(QValue.parse("0.9"), b.q());
    }

    @Test
    @DisplayName("§10.2.2: \"A UA requests the immediate removal of a binding by specifying an expiration interval of \"0\"\"")
    void removesOneBinding() {
        send(Register.carol().cseq(1).contact("<sip:carol@cube2214a.chicago.com>, <sip:carol@laptop.chicago.com>"));
        SipResponse r = send(Register.carol().cseq(2).contact("<sip:carol@laptop.chicago.com>;expires=0"));
        assertEquals(Map.of("sip:carol@cube2214a.chicago.com", "3600"), listed(r));
        assertEquals(1, carolsBindings().size());
    }

    @Test
    @DisplayName("§10.3 step 7: the Expires header field 0 removes every listed contact without an expires parameter")
    void expiresHeaderZeroRemoves() {
        send(Register.carol().cseq(1).contact("<sip:carol@cube2214a.chicago.com>"));
        SipResponse r = send(Register.carol().cseq(2).contact("<sip:carol@cube2214a.chicago.com>").expires(0));
        assertEquals(200, r.statusCode());
        assertTrue(r.contacts().isEmpty());
        assertTrue(carolsBindings().isEmpty());
    }

    @Test
    @DisplayName("§10.2.2: \"Use of the \"*\" Contact header field value allows a registering UA to remove all bindings\"")
    void wildcardRemovesAll() {
        send(Register.carol().callId("a").cseq(1).contact("<sip:carol@cube2214a.chicago.com>"));
        send(Register.carol().callId("b").cseq(7).contact("<sip:carol@laptop.chicago.com>"));
        SipResponse r = send(Register.carol().callId("a").cseq(2).contact("*").expires(0));
        assertEquals(200, r.statusCode());
        assertTrue(r.contacts().isEmpty());
        assertTrue(carolsBindings().isEmpty());
    }

    @Test
    @DisplayName("§10.3 step 6: \"*\" with \"an expiration time other than zero\" is invalid: 400")
    void wildcardWithNonZeroExpiresIs400() {
        send(Register.carol().cseq(1).contact("<sip:carol@cube2214a.chicago.com>"));
        SipResponse r = send(Register.carol().cseq(2).contact("*").expires(60));
        assertEquals(400, r.statusCode());
        assertEquals(1, carolsBindings().size());
    }

    @Test
    @DisplayName("§10.2.2: \"*\" \"MUST NOT be used unless the Expires header field is present with a value of \"0\"\"")
    void wildcardWithoutExpiresIs400() {
        send(Register.carol().cseq(1).contact("<sip:carol@cube2214a.chicago.com>"));
        assertEquals(400, send(Register.carol().cseq(2).contact("*")).statusCode());
        assertEquals(1, carolsBindings().size());
    }

    @Test
    @DisplayName("§10.3 step 6: \"*\" with \"additional Contact fields\" is invalid: 400")
    void wildcardWithOtherContactsIs400() {
        send(Register.carol().cseq(1).contact("<sip:carol@cube2214a.chicago.com>"));
        assertEquals(400, send(Register.carol().cseq(2).contact("*").contact("<sip:carol@laptop.chicago.com>").expires(0))
                .statusCode());
        assertEquals(400, send(Register.carol().cseq(3).contact("*, <sip:carol@laptop.chicago.com>").expires(0)).statusCode());
        assertEquals(List.of(Uri.parse("sip:carol@cube2214a.chicago.com")), carolsBindings().stream().map(Binding::uri).toList());
    }

    @Test
    @DisplayName("§10.3 step 6: with \"*\", a binding of the same Call-ID and a CSeq not lower aborts: nothing is removed")
    void wildcardWithAnOldCSeqFails() {
        send(Register.carol().callId("a").cseq(5).contact("<sip:carol@cube2214a.chicago.com>"));
        send(Register.carol().callId("b").cseq(1).contact("<sip:carol@laptop.chicago.com>"));
        SipResponse r = send(Register.carol().callId("a").cseq(5).contact("*").expires(0));
        assertEquals(500, r.statusCode());
        assertEquals(2, carolsBindings().size());
    }

    @Test
    @DisplayName("§10.2.3: \"If no Contact header field is present in a REGISTER request, the list of bindings is left unchanged.\"")
    void queryListsTheBindings() {
        send(Register.carol().cseq(1).contact("<sip:carol@cube2214a.chicago.com>;q=0.2, <sip:carol@laptop.chicago.com>;q=0.8"));
        clock.advanceSeconds(10);
        SipResponse r = send(Register.carol().cseq(2));
        assertEquals(200, r.statusCode());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("sip:carol@laptop.chicago.com", "3590");
        expected.put("sip:carol@cube2214a.chicago.com", "3590");
        assertEquals(expected, listed(r));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(listed(r).keySet()));
        assertEquals(2, carolsBindings().size());
    }

    @Test
    @DisplayName("§10.2.3: a query for an address-of-record without bindings is a 200 without Contact")
    void queryOfNothing() {
        SipResponse r = send(Register.carol());
        assertEquals(200, r.statusCode());
        assertFalse(r.headers().contains(HeaderName.CONTACT));
    }

    // ---------------------------------------------------------------- expiration interval

    @Test
    @DisplayName("§10.3 step 7: \"If the field value has an \"expires\" parameter, that value MUST be taken\" before the Expires header")
    void expiresParameterBeatsExpiresHeader() {
        SipResponse r = send(Register.carol().contact("<sip:carol@a.chicago.com>;expires=120, <sip:carol@b.chicago.com>")
                .expires(900));
        assertEquals(Map.of("sip:carol@a.chicago.com", "120", "sip:carol@b.chicago.com", "900"), listed(r));
    }

    @Test
    @DisplayName("§10.3 step 7: \"If there is neither, a locally-configured default value MUST be taken\"")
    void defaultExpiry() {
        Registrar r = Registrar.builder(locations).domains("chicago.com").clock(clock)
                .expiry(new ExpiryPolicy(1800, 60, 7200)).build();
        assertEquals(Map.of("sip:carol@a.chicago.com", "1800"), listed(send(r, Register.carol().contact("<sip:carol@a.chicago.com>"))));
    }

    @Test
    @DisplayName("§10.3 step 7: too brief a request gets 423, which \"MUST contain a Min-Expires header field\"")
    void tooBriefIs423WithMinExpires() {
        SipResponse r = send(Register.carol().contact("<sip:carol@a.chicago.com>;expires=30"));
        assertEquals(423, r.statusCode());
        assertEquals("Interval Too Brief", r.reasonPhrase());
        assertEquals(60L, r.header(SipHeaders.MIN_EXPIRES));
        assertTrue(carolsBindings().isEmpty());
    }

    @Test
    @DisplayName("§10.3 step 7: 423 \"If and only if ... greater than zero AND smaller than one hour AND less than a ... minimum\"")
    void notTooBriefFromOneHour() {
        Registrar r = Registrar.builder(locations).domains("chicago.com").clock(clock)
                .expiry(new ExpiryPolicy(7200, 7200, 86400)).build();
        assertEquals(423, send(r, Register.carol().cseq(1).contact("<sip:carol@a.chicago.com>").expires(3599)).statusCode());
        SipResponse ok = send(r, Register.carol().cseq(2).contact("<sip:carol@a.chicago.com>").expires(3600));
        assertEquals(Map.of("sip:carol@a.chicago.com", "3600"), listed(ok));
    }

    @Test
    @DisplayName("§10.3 step 7: a 423 for one contact \"skips the remaining steps\": the others are not stored")
    void a423CommitsNothing() {
        SipResponse r = send(Register.carol().contact("<sip:carol@a.chicago.com>, <sip:carol@b.chicago.com>;expires=5"));
        assertEquals(423, r.statusCode());
        assertTrue(carolsBindings().isEmpty());
    }

    @Test
    @DisplayName("§10.3 step 7: \"The registrar MAY choose an expiration less than the requested expiration interval.\"")
    void longRequestsAreShortenedToTheMaximum() {
        SipResponse r = send(Register.carol().contact("<sip:carol@a.chicago.com>;expires=99999999999"));
        assertEquals(Map.of("sip:carol@a.chicago.com", "86400"), listed(r));
        assertEquals(clock.instant().plusSeconds(86400), carolsBindings().get(0).expires());
    }

    @Test
    @DisplayName("§10.2: a malformed \"expires\" parameter \"SHOULD be treated as equivalent to 3600\"")
    void malformedExpiresParameterIs3600() {
        SipResponse r = send(Register.carol().contact("<sip:carol@a.chicago.com>;expires=soon").expires(60));
        assertEquals(Map.of("sip:carol@a.chicago.com", "3600"), listed(r));
    }

    @Test
    @DisplayName("§20.19: a malformed Expires header field makes the request invalid: 400")
    void malformedExpiresHeaderIs400() {
        SipResponse r = send(Register.carol().contact("<sip:carol@a.chicago.com>").header("Expires", "soon"));
        assertEquals(400, r.statusCode());
        assertTrue(carolsBindings().isEmpty());
    }

    // ---------------------------------------------------------------- q-values

    @Test
    @DisplayName("§10.2.1.2: \"This list can be prioritized with the \"q\" parameter\": the 200 lists highest q first, q kept")
    void theOkIsOrderedByQ() {
        SipResponse r = send(Register.carol().contact("<sip:carol@low.chicago.com>;q=0.1, <sip:carol@none.chicago.com>, "
                + "<sip:carol@mid.chicago.com>;q=0.5"));
        List<Address> contacts = r.contacts();
        assertEquals(List.of("sip:carol@none.chicago.com", "sip:carol@mid.chicago.com", "sip:carol@low.chicago.com"),
                contacts.stream().map(a -> a.uri().toString()).toList());
        assertNull(contacts.get(0).parameter("q"));
        assertEquals("0.5", contacts.get(1).parameter("q"));
        assertEquals("0.1", contacts.get(2).parameter("q"));
    }

    @Test
    @DisplayName("§25.1: c-p-q = \"q\" EQUAL qvalue; a Contact whose q is not a qvalue is a 400")
    void badQIs400() {
        assertEquals(400, send(Register.carol().contact("<sip:carol@a.chicago.com>;q=2")).statusCode());
        assertTrue(carolsBindings().isEmpty());
    }

    // ---------------------------------------------------------------- Call-ID and CSeq

    @Test
    @DisplayName("§10.3 step 7: same Call-ID, CSeq not higher: \"the update MUST be aborted and the request fails\" (lower)")
    void lowerCSeqFails() {
        send(Register.carol().cseq(10).contact("<sip:carol@a.chicago.com>").expires(600));
        SipResponse r = send(Register.carol().cseq(9).contact("<sip:carol@a.chicago.com>").expires(0));
        assertEquals(500, r.statusCode());
        assertEquals(1, carolsBindings().size());
        assertEquals(10, carolsBindings().get(0).cseq());
    }

    @Test
    @DisplayName("§10.3 step 7: same Call-ID, CSeq not higher: \"the update MUST be aborted and the request fails\" (equal)")
    void equalCSeqFails() {
        send(Register.carol().cseq(10).contact("<sip:carol@a.chicago.com>").expires(600));
        SipResponse r = send(Register.carol().cseq(10).contact("<sip:carol@a.chicago.com>").expires(1200));
        assertEquals(500, r.statusCode());
        assertEquals(clock.instant().plusSeconds(600), carolsBindings().get(0).expires());
    }

    @Test
    @DisplayName("§10.3 step 7: updates are committed \"if and only if all binding updates and additions succeed\"")
    void oneFailedBindingAbortsTheWholeRequest() {
        send(Register.carol().cseq(10).contact("<sip:carol@old.chicago.com>;expires=600"));
        SipResponse r = send(Register.carol().cseq(9).contact("<sip:carol@new.chicago.com>, <sip:carol@old.chicago.com>;expires=0"));
        assertEquals(500, r.statusCode());
        assertEquals(List.of(Uri.parse("sip:carol@old.chicago.com")), carolsBindings().stream().map(Binding::uri).toList());
        assertTrue(r.contacts().isEmpty());
    }

    @Test
    @DisplayName("§10.3 step 7: \"If any one of them fails (for example, because the back-end database commit failed)\": 500")
    void aStoreFailureIs500() {
        LocationService broken = new LocationService() {
            @Override
            public List<Binding> lookup(AddressOfRecord aor) {
                return List.of();
            }

            @Override
            public List<Binding> update(AddressOfRecord aor, UnaryOperator<List<Binding>> change) {
                throw new LocationServiceException("commit failed", null);
            }

            @Override
            public void removeAll(AddressOfRecord aor) {
            }

            @Override
            public int purgeExpired() {
                return 0;
            }
        };
        Registrar r = Registrar.builder(broken).domains("chicago.com").clock(clock).build();
        assertEquals(500, send(r, Register.carol().contact("<sip:carol@a.chicago.com>")).statusCode());
    }

    // ---------------------------------------------------------------- expiry, AoRs, URI comparison

    @Test
    @DisplayName("§10.2.2: \"Registrations are soft state and expire unless refreshed\": expired bindings are not listed")
    void expiredBindingsAreNotReturned() {
        send(Register.carol().contact("<sip:carol@short.chicago.com>;expires=60, <sip:carol@long.chicago.com>;expires=600"));
        clock.advanceSeconds(60);
        SipResponse r = send(Register.carol().cseq(2));
        assertEquals(Map.of("sip:carol@long.chicago.com", "540"), listed(r));
        assertEquals(1, carolsBindings().size());
    }

    @Test
    @DisplayName("§10.3 step 7: an expired binding is no current binding, so an old CSeq may register it again")
    void anExpiredBindingDoesNotBlockOrdering() {
        send(Register.carol().cseq(10).contact("<sip:carol@a.chicago.com>;expires=60"));
        clock.advanceSeconds(61);
        assertEquals(200, send(Register.carol().cseq(3).contact("<sip:carol@a.chicago.com>;expires=60")).statusCode());
    }

    @Test
    @DisplayName("§10.3 step 5: \"The result serves as an index into the list of bindings\": AoRs are independent")
    void twoAddressesOfRecordAreIndependent() {
        send(Register.carol().contact("<sip:carol@a.chicago.com>"));
        send(Register.of("sip:bob@chicago.com").contact("<sip:bob@b.chicago.com>"));
        SipResponse r = send(Register.of("sip:bob@chicago.com").cseq(2).contact("*").expires(0));
        assertEquals(200, r.statusCode());
        assertTrue(locations.lookup(AddressOfRecord.parse("sip:bob@chicago.com")).isEmpty());
        assertEquals(1, carolsBindings().size());
    }

    @Test
    @DisplayName("§10.3 step 5: \"all URI parameters MUST be removed ... and any escaped characters MUST be converted\"")
    void theToUriIsCanonicalized() {
        send(Register.of("sip:%63arol@CHICAGO.com;user=phone").contact("<sip:carol@a.chicago.com>"));
        assertEquals(1, carolsBindings().size());
    }

    @Test
    @DisplayName("§10.3 step 7: \"searches the list of current bindings using the URI comparison rules\" (§19.1.4)")
    void contactsCompareAsUris() {
        send(Register.carol().cseq(1).contact("<sip:carol@cube2214a.chicago.com>"));
        SipResponse r = send(Register.carol().cseq(2).contact("<sip:carol@CUBE2214A.chicago.com>;expires=100"));
        assertEquals(1, carolsBindings().size());
        assertEquals(1, r.contacts().size());
        assertEquals("100", r.contacts().get(0).parameter("expires"));
        // §19.1.4: "sip:carol@chicago.com" and "sip:CAROL@chicago.com" differ (userinfo is case-sensitive).
        send(Register.carol().cseq(3).contact("<sip:CAROL@cube2214a.chicago.com>"));
        assertEquals(2, carolsBindings().size());
    }

    // ---------------------------------------------------------------- steps 1 to 5

    @Test
    @DisplayName("§10.3 step 1 and §21.4.5: a Request-URI domain the registrar does not handle gets 404")
    void unknownDomainIs404() {
        SipResponse r = send(Register.of("sip:carol@atlanta.com").requestUri("sip:atlanta.com").contact("<sip:carol@a.atlanta.com>"));
        assertEquals(404, r.statusCode());
        assertTrue(locations.lookup(AddressOfRecord.parse("sip:carol@atlanta.com")).isEmpty());
    }

    @Test
    @DisplayName("§10.3 step 1: the domain comparison is the host comparison of §19.1.4 (case-insensitive)")
    void domainIsCaseInsensitive() {
        assertEquals(200, send(Register.carol().requestUri("sip:CHICAGO.COM").contact("<sip:carol@a.chicago.com>")).statusCode());
    }

    @Test
    @DisplayName("§8.2.2.1: \"If the Request-URI uses a scheme not supported by the UAS, it SHOULD reject ... 416\"")
    void telRequestUriIs416() {
        assertEquals(416, send(Register.carol().requestUri("tel:+13125551212").contact("<sip:carol@a.chicago.com>")).statusCode());
    }

    @Test
    @DisplayName("§10.3 step 2 and §8.2.2.3: an unknown option tag in Require is a 420 with Unsupported")
    void unknownRequireIs420() {
        SipResponse r = send(Register.carol().contact("<sip:carol@a.chicago.com>").header("Require", "gruu, path"));
        assertEquals(420, r.statusCode());
        assertEquals("gruu, path", r.headerValue(HeaderName.UNSUPPORTED));
        assertTrue(carolsBindings().isEmpty());
        Registrar withPath = Registrar.builder(locations).domains("chicago.com").clock(clock).optionTags("path").build();
        assertEquals("gruu", send(withPath, Register.carol().contact("<sip:carol@a.chicago.com>")
                .header("Require", "gruu, path")).headerValue(HeaderName.UNSUPPORTED));
    }

    @Test
    @DisplayName("§10.3 step 4: \"If the authenticated user is not authorized ... the registrar MUST return a 403 (Forbidden)\"")
    void theAuthorizerCanRefuse() {
        RegistrationAuthorizer onlyBob = (register, aor) -> aor.equals(AddressOfRecord.parse("sip:bob@chicago.com"))
                ? Optional.empty() : Optional.of(new Rejection(403, List.of(), "not yours"));
        Registrar r = Registrar.builder(locations).domains("chicago.com").clock(clock).authorizer(onlyBob).build();
        assertEquals(403, send(r, Register.carol().contact("<sip:carol@a.chicago.com>")).statusCode());
        assertTrue(carolsBindings().isEmpty());
        assertEquals(200, send(r, Register.of("sip:bob@chicago.com").contact("<sip:bob@b.chicago.com>")).statusCode());
    }

    @Test
    @DisplayName("§10.3 step 3: a 401 challenge from the authorizer is sent with its WWW-Authenticate")
    void theAuthorizerCanChallenge() {
        String challenge = "Digest realm=\"chicago.com\", nonce=\"ea9c8e88df84f1cec4341ae6cbe5a359\"";
        RegistrationAuthorizer digest = (register, aor) -> Optional.of(new Rejection(401,
                List.of(new HeaderField(HeaderName.WWW_AUTHENTICATE, challenge)), "challenge"));
        Registrar r = Registrar.builder(locations).domains("chicago.com").clock(clock).authorizer(digest).build();
        SipResponse resp = send(r, Register.carol().contact("<sip:carol@a.chicago.com>"));
        assertEquals(401, resp.statusCode());
        assertEquals(challenge, resp.headerValue(HeaderName.WWW_AUTHENTICATE));
    }

    @Test
    @DisplayName("§10.3 step 5: \"If the address-of-record is not valid for the domain in the Request-URI ... 404\"")
    void anAddressOfRecordOfAnotherDomainIs404() {
        SipResponse r = send(Register.of("sip:carol@atlanta.com").contact("<sip:carol@a.atlanta.com>"));
        assertEquals(404, r.statusCode());
        assertTrue(locations.lookup(AddressOfRecord.parse("sip:carol@atlanta.com")).isEmpty());
    }

    @Test
    @DisplayName("§10.2: the To address-of-record \"MUST be a SIP URI or SIPS URI\"; a tel URI is a 400")
    void aTelAddressOfRecordIs400() {
        assertEquals(400, send(Register.of("tel:+13125551212").contact("<sip:carol@a.chicago.com>")).statusCode());
    }

    @Test
    @DisplayName("§10.3: \"it accepts only REGISTER requests\": 405 with Allow: REGISTER (§8.2.1), 501 for unknown methods")
    void otherMethodsAre405() {
        SipResponse r = registrar.handle(Register.carol().build("OPTIONS")).orElseThrow();
        assertEquals(405, r.statusCode());
        assertEquals("REGISTER", r.headerValue(HeaderName.ALLOW));
        assertEquals(501, registrar.handle(Register.carol().build("FOO")).orElseThrow().statusCode());
    }

    @Test
    @DisplayName("§22.1: \"any requests that take no response, including ACK\": an ACK is not answered")
    void ackIsNotAnswered() {
        assertEquals(Optional.empty(), registrar.handle(Register.carol().build("ACK")));
    }

    @Test
    @DisplayName("§10.3: \"A registrar has to know ... the set of domain(s) for which it maintains bindings.\"")
    void aRegistrarNeedsDomains() {
        assertThrows(IllegalStateException.class, () -> Registrar.builder(locations).build());
    }

    @Test
    @DisplayName("§10.3 step 6: a malformed Contact is a 400 and changes nothing")
    void malformedContactIs400() {
        assertEquals(400, send(Register.carol().contact("<sip:carol@a.chicago.com")).statusCode());
        assertTrue(carolsBindings().isEmpty());
    }
}
