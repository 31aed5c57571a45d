package io.sipspec.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.message.SipArbitraries.GenAddress;
import io.sipspec.message.SipArbitraries.GenAuth;
import io.sipspec.message.SipArbitraries.GenMediaType;
import io.sipspec.message.SipArbitraries.GenVia;
import io.sipspec.message.SipArbitraries.Param;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Generated header values of RFC 3261 §25.1 (name-addr / addr-spec, Via, CSeq, media types, challenges and
 * credentials) parse to what they were built from, and parse(format(x)) equals x.
 */
class HeaderProperties {

    @Provide
    Arbitrary<GenAddress> addresses() {
        return SipArbitraries.address();
    }

    @Provide
    Arbitrary<GenVia> vias() {
        return SipArbitraries.via();
    }

    @Provide
    Arbitrary<GenMediaType> mediaTypes() {
        return SipArbitraries.mediaType();
    }

    @Provide
    Arbitrary<GenAuth> authValues() {
        return SipArbitraries.authValue();
    }

    @Provide
    Arbitrary<String> methods() {
        return SipArbitraries.method();
    }

    @Provide
    Arbitrary<String> lws() {
        return Arbitraries.of(" ", "   ", "\t", " \t", " \r\n ", "\r\n\t");
    }

    private static void assertParams(List<Param> expected, Parameters actual) {
        assertEquals(expected.size(), actual.size(), actual::toString);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).name(), actual.name(i));
            assertEquals(expected.get(i).value(), actual.rawValue(i));
        }
    }

    /** parse(format(x)) equals x, and format is stable. */
    private static <T> void assertRoundTrip(HeaderType<T> type, String value) {
        List<T> first = type.parseField(value);
        String written = type.format(first);
        List<T> second = type.parseField(written);
        assertEquals(first, second, () -> value + " written as " + written);
        assertEquals(written, type.format(second));
    }

    // ---------------------------------------------------------------- name-addr / addr-spec

    @Property(tries = 500)
    void addressParsesToItsParts(@ForAll("addresses") GenAddress g) {
        Address a = Address.parse(g.text());
        assertEquals(g.displayName(), a.displayName());
        assertEquals(Uri.parse(g.uriText()), a.uri());
        assertEquals(g.uriText(), a.uri().toString());
        assertParams(g.params(), a.parameters());
        assertEquals(g.text().strip(), a.toString());
    }

    @Property(tries = 500)
    void addressRoundTripsThroughItsCanonicalForm(@ForAll("addresses") GenAddress g) {
        Address a = Address.parse(g.text());
        // withUri drops the text as read: toString writes the canonical form
        Address rebuilt = a.withUri(a.uri());
        String canonical = rebuilt.toString();
        Address back = Address.parse(canonical);
        assertEquals(a, back, canonical);
        assertEquals(back, a);
        assertEquals(a.hashCode(), back.hashCode());
        assertEquals(a.displayName(), back.displayName());
        assertParams(g.params(), back.parameters());
        assertEquals(canonical, back.withUri(back.uri()).toString(), "the canonical form is stable");
    }

    @Property(tries = 300)
    void addressesAsHeaderFields(@ForAll("addresses") GenAddress g) {
        assertRoundTrip(SipHeaders.TO, g.text());
        assertRoundTrip(SipHeaders.FROM, g.text());
        assertRoundTrip(SipHeaders.CONTACT, g.text());
        assertEquals(Address.parse(g.text()), SipHeaders.TO.parse(g.text()));
    }

    /** Commas inside quoted display names, URIs and quoted parameters do not split a Contact list. */
    @Property(tries = 300)
    void contactListsSplitAtTheRightCommas(@ForAll @Size(min = 1, max = 4) List<@From("addresses") GenAddress> list,
            @ForAll("lws") String lws) {
        StringBuilder b = new StringBuilder();
        for (GenAddress g : list) {
            if (b.length() > 0) {
                b.append(lws).append(',').append(lws);
            }
            b.append(g.text());
        }
        List<Address> parsed = SipHeaders.CONTACT.parseField(b.toString());
        assertEquals(list.size(), parsed.size(), b::toString);
        for (int i = 0; i < list.size(); i++) {
            assertEquals(Address.parse(list.get(i).text()), parsed.get(i));
            assertEquals(list.get(i).displayName(), parsed.get(i).displayName());
        }
        assertRoundTrip(SipHeaders.CONTACT, b.toString());
        List<String> split = HeaderValues.split(SipHeaders.CONTACT.format(parsed));
        assertEquals(list.size(), split.size());
    }

    // ---------------------------------------------------------------- Via

    @Property(tries = 500)
    void viaParsesToItsParts(@ForAll("vias") GenVia g) {
        Via v = Via.parse(g.text());
        assertEquals(g.transport().toUpperCase(Locale.ROOT), v.transport());
        assertEquals(g.host().text(), v.host().text());
        assertEquals(g.port(), v.port());
        assertParams(g.params(), v.parameters());
        Param branch = g.params().stream().filter(p -> p.name().equals("branch")).findFirst().orElse(null);
        assertEquals(branch == null ? null : branch.value(), v.branch());
        assertEquals(branch != null && branch.value().startsWith(Via.MAGIC_COOKIE), v.hasMagicCookie());
        Param rport = g.params().stream().filter(p -> p.name().equals("rport")).findFirst().orElse(null);
        assertEquals(rport != null, v.hasRport());
        assertEquals(rport == null || rport.value() == null ? -1 : Integer.parseInt(rport.value()), v.rport());
        Param received = g.params().stream().filter(p -> p.name().equals("received")).findFirst().orElse(null);
        assertEquals(received == null ? null : received.value(), v.received());
    }

    @Property(tries = 500)
    void viaRoundTrips(@ForAll("vias") GenVia g) {
        assertRoundTrip(SipHeaders.VIA, g.text());
        Via v = Via.parse(g.text());
        String canonical = v.withoutParameter("x-not-there").toString();
        Via back = Via.parse(canonical);
        assertEquals(v, back, canonical);
        assertEquals(v.hashCode(), back.hashCode());
        assertEquals(canonical, back.withoutParameter("x-not-there").toString());
    }

    @Property(tries = 200)
    void viaListsInOneRow(@ForAll @Size(min = 2, max = 4) List<@From("vias") GenVia> list) {
        String row = String.join(", ", list.stream().map(GenVia::text).toList());
        List<Via> parsed = SipHeaders.VIA.parseField(row);
        assertEquals(list.stream().map(g -> Via.parse(g.text())).toList(), parsed);
        assertRoundTrip(SipHeaders.VIA, row);
    }

    // ---------------------------------------------------------------- CSeq

    @Property(tries = 300)
    void cseqRoundTrips(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long seq, @ForAll("methods") String method,
            @ForAll("lws") String lws) {
        String text = seq + lws + method;
        CSeq c = SipHeaders.CSEQ.parse(text);
        assertEquals(new CSeq(seq, method), c);
        assertEquals(c, CSeq.parse(c.toString()));
        assertEquals(seq + " " + method, c.toString());
        assertRoundTrip(SipHeaders.CSEQ, text);
    }

    @Property(tries = 100)
    void cseqAbove32BitsIsAParseError(@ForAll @LongRange(min = 0x100000000L, max = Long.MAX_VALUE) long seq, @ForAll("methods") String method) {
        assertThrows(SipParseException.class, () -> SipHeaders.CSEQ.parse(seq + " " + method));
    }

    // ---------------------------------------------------------------- media types, auth values

    @Property(tries = 300)
    void mediaTypesRoundTrip(@ForAll("mediaTypes") GenMediaType g) {
        MediaType m = MediaType.parse(g.text());
        assertEquals(g.type(), m.type());
        assertEquals(g.subtype(), m.subtype());
        assertParams(g.params(), m.parameters());
        assertEquals(m, MediaType.parse(m.toString()));
        assertEquals(m.hashCode(), MediaType.parse(m.toString()).hashCode());
        assertRoundTrip(SipHeaders.CONTENT_TYPE, g.text());
        assertRoundTrip(SipHeaders.ACCEPT, g.text() + " , " + g.text());
    }

    @Property(tries = 300)
    void authValuesRoundTrip(@ForAll("authValues") GenAuth g) {
        AuthValue a = AuthValue.parse(g.text());
        assertEquals(g.scheme(), a.scheme());
        assertParams(g.params(), a.parameters());
        assertEquals(a, AuthValue.parse(a.toString()));
        for (HeaderType<AuthValue> t : List.of(SipHeaders.AUTHORIZATION, SipHeaders.PROXY_AUTHORIZATION, SipHeaders.WWW_AUTHENTICATE,
                SipHeaders.PROXY_AUTHENTICATE)) {
            assertRoundTrip(t, g.text());
        }
        String ainfo = g.text().substring(g.scheme().length()).strip();
        assertRoundTrip(SipHeaders.AUTHENTICATION_INFO, ainfo);
        assertParams(g.params(), SipHeaders.AUTHENTICATION_INFO.parse(ainfo));
    }
}
