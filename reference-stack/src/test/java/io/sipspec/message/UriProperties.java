package io.sipspec.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.sipspec.message.SipArbitraries.GenHost;
import io.sipspec.message.SipArbitraries.GenSipUri;
import io.sipspec.message.SipArbitraries.GenTelUri;
import io.sipspec.message.SipArbitraries.Param;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated SIP, SIPS and tel URIs of RFC 3261 §25.1 / RFC 3966: they parse to their parts, round-trip and compare by §19.1.4. */
class UriProperties {

    @Provide
    Arbitrary<GenSipUri> sipUris() {
        return SipArbitraries.sipUri();
    }

    @Provide
    Arbitrary<GenHost> hosts() {
        return SipArbitraries.host();
    }

    @Provide
    Arbitrary<GenTelUri> telUris() {
        return SipArbitraries.telUri();
    }

    @Property(tries = 500)
    void sipUriParsesToItsComponents(@ForAll("sipUris") GenSipUri g) {
        Uri parsed = Uri.parse(g.text());
        SipUri u = assertInstanceOf(SipUri.class, parsed);
        assertEquals(g.secure(), u.isSecure());
        assertEquals(g.secure() ? "sips" : "sip", u.scheme());
        assertEquals(g.user(), u.user());
        assertEquals(g.password(), u.password());
        assertEquals(g.host().text(), u.host().text());
        assertEquals(g.host().kind(), u.host().kind());
        if (g.host().bytes() != null) {
            assertArrayEquals(g.host().bytes(), u.host().addressBytes());
        }
        assertEquals(g.port(), u.port());
        assertParams(g.params(), u.parameters());
        assertParams(g.headers(), u.headers());
        assertEquals(g.user() == null ? null : UriEscapes.decode(g.user()), u.decodedUser());
    }

    private static void assertParams(List<Param> expected, Parameters actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).name(), actual.name(i));
            assertEquals(expected.get(i).value(), actual.rawValue(i));
        }
    }

    @Property(tries = 500)
    void sipUriRoundTrips(@ForAll("sipUris") GenSipUri g) {
        SipUri u = SipUri.parse(g.text());
        assertEquals(g.text(), u.toString(), "a parsed URI is written as it was read");
        assertEquals(u, Uri.parse(u.toString()));
        // rebuilt from its components (withSecure drops the original text): the same URI, written stably
        String rebuilt = u.withSecure(u.isSecure()).toString();
        String expected = (g.secure() ? "sips" : "sip") + g.text().substring(g.scheme().length());
        assertEquals(expected, rebuilt);
        SipUri again = SipUri.parse(rebuilt);
        assertEquals(u, again);
        assertEquals(rebuilt, again.withSecure(again.isSecure()).toString());
    }

    @Property(tries = 500)
    void sipUriEqualityIsReflexiveAndMatchesEquivalentSpellings(@ForAll("sipUris") GenSipUri g, @ForAll long seed) {
        Uri u = Uri.parse(g.text());
        assertEquals(u, u);
        assertEquals(u, Uri.parse(g.text()));
        String other = g.equivalent(new Random(seed));
        Uri v = Uri.parse(other);
        assertEquals(u, v, g.text() + " == " + other);
        assertEquals(v, u, other + " == " + g.text());
        assertEquals(u.hashCode(), v.hashCode());
    }

    @Property(tries = 500)
    void sipUriDoesNotMatchADifferentOne(@ForAll("sipUris") GenSipUri g, @ForAll long seed) {
        Uri u = Uri.parse(g.text());
        String other = g.different(new Random(seed));
        Uri v = Uri.parse(other);
        assertNotEquals(u, v, g.text() + " != " + other);
        assertNotEquals(v, u, other + " != " + g.text());
    }

    @Property(tries = 300)
    void equalityIsSymmetricAndHashConsistent(@ForAll("sipUris") GenSipUri a, @ForAll("sipUris") GenSipUri b) {
        Uri x = Uri.parse(a.text());
        Uri y = Uri.parse(b.text());
        assertEquals(x.equals(y), y.equals(x));
        if (x.equals(y)) {
            assertEquals(x.hashCode(), y.hashCode());
        }
    }

    /** RFC 5118 §4.1 / RFC 4291 §2.2: every spelling of an IPv6 address is the same host. */
    @Property(tries = 500)
    void hostsParseAndEveryIpv6SpellingIsTheSameAddress(@ForAll("hosts") GenHost g) {
        Host h = Host.parse(g.text());
        assertEquals(g.text(), h.text());
        assertEquals(g.kind(), h.kind());
        if (g.bytes() != null) {
            assertArrayEquals(g.bytes(), h.addressBytes());
        }
        for (String other : g.equivalents()) {
            Host o = Host.parse(other);
            assertEquals(h, o, g.text() + " == " + other);
            assertEquals(h.hashCode(), o.hashCode());
            if (g.kind() == Host.Kind.IPV6) {
                assertEquals(other.substring(1, other.length() - 1), o.address());
            }
        }
    }

    @Property(tries = 300)
    void telUrisParseRoundTripAndIgnoreVisualSeparators(@ForAll("telUris") GenTelUri g) {
        TelUri t = assertInstanceOf(TelUri.class, Uri.parse(g.text()));
        assertEquals(g.text(), t.toString());
        assertEquals(g.global(), t.isGlobal());
        assertEquals("tel", t.scheme());
        assertEquals(t, Uri.parse(t.toString()));
        Uri e = Uri.parse(g.equivalent());
        assertEquals(t, e, g.text() + " == " + g.equivalent());
        assertEquals(e, t);
        assertEquals(t.hashCode(), e.hashCode());
        assertNotEquals(t, Uri.parse(g.text().replaceFirst("^tel:\\+?", g.global() ? "tel:+9" : "tel:9")), "another number");
    }

    @Property(tries = 200)
    void sipAndTelUrisNeverMatch(@ForAll("sipUris") GenSipUri s, @ForAll("telUris") GenTelUri t) {
        assertNotEquals(Uri.parse(s.text()), Uri.parse(t.text()));
        assertNotEquals(Uri.parse(t.text()), Uri.parse(s.text()));
    }

    @Property(tries = 200)
    void schemeIsCaseInsensitive(@ForAll("sipUris") GenSipUri g) {
        String upper = g.scheme().toUpperCase(Locale.ROOT) + g.text().substring(g.scheme().length());
        assertEquals(Uri.parse(g.text()), Uri.parse(upper));
    }
}
