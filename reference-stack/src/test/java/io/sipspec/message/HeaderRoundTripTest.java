package io.sipspec.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.parser.SipMessageParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parse -> format -> parse for every typed header of RFC 3261 §20. The examples are those printed in §20.x (folded
 * examples unfolded as §7.3.1 says) plus edge cases: empty lists, escapes, quoted commas, IPv6 references, LWS around
 * separators, compact forms (§7.3.3) and folded rows in a message.
 */
class HeaderRoundTripTest {

    private static final Map<HeaderType<?>, List<String>> EXAMPLES = new LinkedHashMap<>();

    private static void examples(HeaderType<?> type, String... values) {
        EXAMPLES.put(type, List.of(values));
    }

    static {
        examples(SipHeaders.ACCEPT, "application/sdp;level=1, application/x-private, text/html", "", "*/*",
                "application/sdp ; q=0.8 , text/* ;q=0.2", "multipart/mixed;boundary=\"a, b;c\"");
        examples(SipHeaders.ACCEPT_ENCODING, "gzip", "", "gzip;q=1.0, identity; q=0.5, *;q=0");
        examples(SipHeaders.ACCEPT_LANGUAGE, "da, en-gb;q=0.8, en;q=0.7", "", "*", "fr");
        examples(SipHeaders.ALERT_INFO, "<http://www.example.com/sounds/moo.wav>",
                "<http://www.example.com/a.wav>;appearance=2, <http://x.example.com/b.wav>",
                "<sip:ring@example.com;transport=tcp> ;info=alert-group");
        examples(SipHeaders.ALLOW, "INVITE, ACK, OPTIONS, CANCEL, BYE", "", "INVITE,ACK ,  BYE", "SUBSCRIBE");
        examples(SipHeaders.AUTHENTICATION_INFO, "nextnonce=\"47364c23432d2e131a5fb210812c\"",
                "qop=auth, rspauth=\"6629fae49393a05397450978507c4ef1\", cnonce=\"0a4f113b\", nc=00000001",
                "nextnonce=\"a, b\" ,qop = auth");
        examples(SipHeaders.AUTHORIZATION,
                "Digest username=\"Alice\", realm=\"atlanta.com\", nonce=\"84a4cc6f3082121f32b42a2187831a9e\","
                        + " response=\"7587245234b3434cc3412213e5f113a5432\"",
                "Digest username=\"bob\", realm=\"biloxi.com\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\","
                        + " uri=\"sip:bob@biloxi.com\", qop=auth, nc=00000001, cnonce=\"0a4f113b\","
                        + " response=\"6629fae49393a05397450978507c4ef1\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"",
                "Digest username=\"a \\\"quoted\\\" user, with comma\",realm=\"x\"", "NewScheme param=value");
        examples(SipHeaders.CALL_ID, "f81d4fae-7dec-11d0-a765-00a0c91e6bf6@biloxi.com", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6@192.0.2.4",
                "a84b4c76e66710", "j2qu348ek2328ws@[2001:db8::10]", "1234<5678>:(x)/\"y\"?{z}@host");
        examples(SipHeaders.CALL_INFO,
                "<http://wwww.example.com/alice/photo.jpg> ;purpose=icon, <http://www.example.com/alice/> ;purpose=info",
                "<http://www.example.com/alice/photo.jpg>;purpose=icon", "<sip:alice@example.com>;purpose=card;m=\"x, y\"");
        examples(SipHeaders.CONTACT,
                "\"Mr. Watson\" <sip:watson@worcester.bell-telephone.com> ;q=0.7; expires=3600,"
                        + " \"Mr. Watson\" <mailto:watson@bell-telephone.com> ;q=0.1",
                "<sips:bob@192.0.2.4>;expires=60", "*", "* <sip:star@example.com>", "*star <sip:star@example.com>", "sip:alice@atlanta.com;expires=3600",
                "<sip:[2001:db8::10]:5070;transport=tcp>", "Bob Smith <sip:bob@[::1]>;+sip.instance=\"<urn:uuid:00000000-0000>\"",
                "\"a \\\"quoted\\\" name, with comma\" <sip:x@example.com>", "<sip:%61lice@atlanta.com?subject=project%20x&priority=urgent>");
        examples(SipHeaders.CONTENT_DISPOSITION, "session", "attachment; filename=smime.p7s;handling=required", "render;handling=optional",
                "icon;x=\"a;b\"");
        examples(SipHeaders.CONTENT_ENCODING, "gzip", "tar", "gzip, compress");
        examples(SipHeaders.CONTENT_LANGUAGE, "fr", "da, en-gb", "i-klingon");
        examples(SipHeaders.CONTENT_LENGTH, "349", "173", "0", "007");
        examples(SipHeaders.CONTENT_TYPE, "application/sdp", "text/html; charset=ISO-8859-4",
                "multipart/mixed;boundary=\"unique-boundary-1\"", "message/sipfrag ; version=2.0");
        examples(SipHeaders.CSEQ, "4711 INVITE", "1 ACK", "4294967295 REGISTER", "0 FOO-bar", "314159   INVITE");
        examples(SipHeaders.DATE, "Sat, 13 Nov 2010 23:29:00 GMT", "Thu, 21 Feb 2002 13:02:03 GMT", "Mon, 01 Jan 2024 00:00:00 GMT");
        examples(SipHeaders.ERROR_INFO, "<sip:not-in-service-recording@atlanta.com>",
                "<http://www.example.com/error.html>;reason=x, <sip:e@example.com>", "<mailto:help@example.com> ; x = \"y\"");
        examples(SipHeaders.EXPIRES, "5", "0", "3600", "4294967295", "99999999999999999999");
        examples(SipHeaders.FROM, "\"A. G. Bell\" <sip:agb@bell-telephone.com> ;tag=a48s", "sip:+12125551212@server.phone2net.com;tag=887s",
                "Anonymous <sip:c8oqz84zk7z@privacy.org>;tag=hyh8", "<sips:alice@[2001:db8::1]>;tag=1", "<tel:+1-201-555-0123>;tag=t",
                "\"\\\"Bob\\\" \\\\ Jr.\"<sip:bob@biloxi.com>;tag=x;ext=\"Q\"");
        examples(SipHeaders.IN_REPLY_TO, "70710@saturn.bell-tel.com, 17320@saturn.bell-tel.com", "a84b4c76e66710", "x@[::1]");
        examples(SipHeaders.MAX_FORWARDS, "6", "70", "0", "255");
        examples(SipHeaders.MIN_EXPIRES, "60", "0", "3600");
        examples(SipHeaders.MIME_VERSION, "1.0", "2.10", "10.0");
        examples(SipHeaders.ORGANIZATION, "Boxes by Bob", "", "Ünïcödé GmbH & Co. (\"quoted\")");
        examples(SipHeaders.PRIORITY, "emergency", "non-urgent", "urgent", "normal");
        examples(SipHeaders.PROXY_AUTHENTICATE,
                "Digest realm=\"atlanta.com\", domain=\"sip:ss1.carrier.com\", qop=\"auth\","
                        + " nonce=\"f84f1cec41e6cbe5aea9c8e88d359\", opaque=\"\", stale=FALSE, algorithm=MD5",
                "Digest realm=\"biloxi.com\",nonce=\"x\"", "Digest realm=\"x\", nonce=\"y\", algorithm=MD5, qop=\"auth,auth-int\"");
        examples(SipHeaders.PROXY_AUTHORIZATION,
                "Digest username=\"Alice\", realm=\"atlanta.com\", nonce=\"c60f3082ee1212b402a21831ae\","
                        + " response=\"245f23415f11432b3434341c022\"",
                "Digest username=\"b\", uri=\"sip:[2001:db8::1]\"",
                "Digest username=\"Alice\",realm=\"atlanta.com\",nonce=\"n\",uri=\"sip:bob@biloxi.com\",response=\"r\",algorithm=MD5");
        examples(SipHeaders.PROXY_REQUIRE, "foo", "foo, bar", "sec-agree");
        examples(SipHeaders.RECORD_ROUTE, "<sip:server10.biloxi.com;lr>, <sip:bigbox3.site3.atlanta.com;lr>",
                "<sip:p1.example.com;lr>;x=y", "\"Proxy\" <sip:[2001:db8::1];lr>");
        examples(SipHeaders.REPLY_TO, "Bob <sip:bob@biloxi.com>", "sip:bob@biloxi.com", "\"Bob\" <sip:bob@biloxi.com>;x=1");
        examples(SipHeaders.REQUIRE, "100rel", "100rel, timer", "path");
        examples(SipHeaders.RETRY_AFTER, "18000;duration=3600", "120 (I'm in a meeting)", "300 (nested (comment) \\) here);duration=5", "0");
        examples(SipHeaders.ROUTE, "<sip:bigbox3.site3.atlanta.com;lr>, <sip:server10.biloxi.com;lr>", "<sip:alice@atlanta.com>",
                "<sip:[2001:db8::1]:5060;lr;transport=tcp>;x=\"y\"");
        examples(SipHeaders.SERVER, "HomeServer v2", "Acme/1.0 (Linux; x86_64) libsip/2.1", "Softphone/Beta1.5");
        examples(SipHeaders.SUBJECT, "A tornado is heading our way!", "Weekend plans", "Need more boxes", "Tech Support", "");
        examples(SipHeaders.SUPPORTED, "100rel", "", "100rel, timer, replaces");
        examples(SipHeaders.TIMESTAMP, "54", "54.0 1.5", "100.", "1");
        examples(SipHeaders.TO, "The Operator <sip:operator@cs.columbia.edu>;tag=287447", "sip:+12125551212@server.phone2net.com",
                "<sip:bob@biloxi.com;transport=tcp>", "Bob <sip:bob@biloxi.com>", "<sip:[::ffff:192.0.2.1]>;tag=\"q\"");
        examples(SipHeaders.UNSUPPORTED, "foo", "foo, bar", "100rel");
        examples(SipHeaders.USER_AGENT, "Softphone Beta1.5", "Acme/2.0", "X (with, comma) Y/1");
        examples(SipHeaders.VIA, "SIP / 2.0 / UDP first.example.com: 4000;ttl=16 ;maddr=224.2.0.1 ;branch=z9hG4bKa7c6a8dlze.1",
                "SIP/2.0/UDP erlang.bell-telephone.com:5060;branch=z9hG4bK87asdks7",
                "SIP/2.0/UDP 192.0.2.1:5060 ;received=192.0.2.207;branch=z9hG4bK77asjd",
                "SIP/2.0/TCP client.atlanta.example.com:5060;branch=z9hG4bK74b43;rport",
                "SIP/2.0/UDP [2001:db8::9:1];received=2001:db8::9:255;branch=z9hG4bKas3-111",
                "SIP/2.0/UDP [2001:db8::9:1]:5061;received=[2001:db8::9:255];rport=5061;branch=z9hG4bK1",
                "SIP/2.0/UDP a.example.com;branch=z9hG4bK1, SIP/2.0/TLS b.example.com:5061;branch=z9hG4bK2;x=\"a,b\"",
                "SIP/2.0/UDP 192.0.2.1;branch=1234");
        examples(SipHeaders.WARNING, "307 isi.edu \"Session parameter 'foo' not understood\"",
                "301 isi.edu \"Incompatible network address type 'E.164'\"",
                "399 [2001:db8::1]:5060 \"a \\\"quoted\\\" word, here\", 370 devnull \"Insufficient bandwidth\"");
        examples(SipHeaders.WWW_AUTHENTICATE,
                "Digest realm=\"atlanta.com\", domain=\"sip:boxesbybob.com\", qop=\"auth\","
                        + " nonce=\"f84f1cec41e6cbe5aea9c8e88d359\", opaque=\"\", stale=FALSE, algorithm=MD5",
                "Digest realm=\"biloxi.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\"",
                "Digest realm=\"atlanta.com\", nonce=\"z\", stale=TRUE");
    }

    @Test
    void everyTypedHeaderHasSeveralExamples() {
        assertEquals(44, SipHeaders.all().size());
        assertEquals(HeaderName.known().size(), SipHeaders.all().size());
        for (HeaderType<?> type : SipHeaders.all()) {
            List<String> values = EXAMPLES.get(type);
            assertNotNull(values, "no round-trip examples for " + type + ": add them to EXAMPLES");
            assertTrue(values.size() >= 3, "too few examples for " + type);
            assertSame(type, SipHeaders.of(type.name()), "SipHeaders.of(" + type + ")");
        }
        assertEquals(SipHeaders.all().size(), EXAMPLES.size());
    }

    @TestFactory
    Stream<DynamicTest> parseFormatParse() {
        List<DynamicTest> tests = new ArrayList<>();
        EXAMPLES.forEach((type, values) -> {
            for (String v : values) {
                tests.add(DynamicTest.dynamicTest(type + ": " + v, () -> roundTrip(type, v)));
            }
        });
        return tests.stream();
    }

    private static <T> void roundTrip(HeaderType<T> type, String value) {
        List<T> first = type.parseField(value);
        assertEquals(value.isEmpty(), first.isEmpty(), "an empty value is an empty list, anything else is not");
        String formatted = type.format(first);
        List<T> second = type.parseField(formatted);
        assertEquals(first, second, () -> type + ": \"" + value + "\" formatted as \"" + formatted + '"');
        assertEquals(formatted, type.format(second), "format is idempotent");
        for (T element : first) {
            String one = type.format(element);
            assertEquals(element, type.parse(one), () -> type + ": element written as \"" + one + '"');
            assertEquals(one, type.format(type.parse(one)), "element format is idempotent");
        }
        if (!type.isList()) {
            assertTrue(first.size() <= 1, type + " is single-valued");
        }
    }

    /** Each example as a header row of a message, under its full name, its lower- and upper-case name, its compact form. */
    @TestFactory
    Stream<DynamicTest> examplesInsideMessages() {
        List<DynamicTest> tests = new ArrayList<>();
        EXAMPLES.forEach((type, values) -> {
            for (String v : values) {
                List<String> names = new ArrayList<>(List.of(type.name().name(), type.name().name().toLowerCase(Locale.ROOT),
                        type.name().name().toUpperCase(Locale.ROOT)));
                if (type.name().compactForm() != 0) {
                    names.add(String.valueOf(type.name().compactForm()));
                    names.add(String.valueOf(type.name().compactForm()).toUpperCase(Locale.ROOT));
                }
                for (String name : names) {
                    tests.add(DynamicTest.dynamicTest(name + ": " + v, () -> inMessage(type, name, v)));
                }
            }
        });
        return tests.stream();
    }

    private static <T> void inMessage(HeaderType<T> type, String name, String value) {
        List<T> expected = type.parseField(value);
        String body = type == SipHeaders.CONTENT_LENGTH ? "x".repeat(Math.toIntExact((Long) expected.get(0))) : "";
        String wire = "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n" + name + ":  " + value + "  \r\n\r\n" + body;
        SipMessage m = new SipMessageParser().parse(wire);
        assertSame(type.name(), m.headers().get(0).name(), "header name " + name);
        assertEquals(value, m.headers().get(0).value(), "the field value is kept as written, without surrounding LWS");
        assertEquals(expected, m.headerValues(type));
        assertEquals(wire, m.toString(), "the message is written back byte-exactly");

        // RFC 3261 §7.3.1: a header field value folded over several lines "is equivalent to a single SP".
        int sp = value.indexOf(' ');
        if (sp > 0) {
            String folded = "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n" + name + ": " + value.substring(0, sp) + "\r\n \t"
                    + value.substring(sp + 1) + "\r\n\r\n" + body;
            SipMessage f = new SipMessageParser().parse(folded);
            assertEquals(expected, f.headerValues(type), "folded: " + folded);
            assertEquals(folded, f.toString());
        }
    }

    /** RFC 3261 §7.3.1: a comma-separated list may be split over several rows; the elements concatenate in order. */
    @TestFactory
    Stream<DynamicTest> listValuesSplitOverRows() {
        List<DynamicTest> tests = new ArrayList<>();
        for (HeaderType<?> type : SipHeaders.all()) {
            if (!type.isList()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(type.toString(), () -> splitOverRows(type)));
        }
        return tests.stream();
    }

    private static <T> void splitOverRows(HeaderType<T> type) {
        List<T> all = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (String v : EXAMPLES.get(type)) {
            if (v.isEmpty() || v.equals("*")) {
                continue;
            }
            all.addAll(type.parseField(v));
            rows.append(type.name().name()).append(": ").append(v).append("\r\n");
        }
        assertTrue(all.size() >= 2, "examples give several elements for " + type);
        SipMessage m = new SipMessageParser().parse("OPTIONS sip:bob@biloxi.com SIP/2.0\r\n" + rows + "\r\n");
        assertEquals(all, m.headerValues(type));
        assertEquals(all.get(0), m.header(type));
        // the same elements as one row, and that row split by HeaderValues at the commas outside quotes and <>
        String oneRow = type.format(all);
        assertEquals(all, type.parseField(oneRow));
        List<String> parts = HeaderValues.split(oneRow);
        assertEquals(all.size(), parts.size(), () -> "HeaderValues.split(\"" + oneRow + "\")");
        for (int i = 0; i < parts.size(); i++) {
            assertEquals(all.get(i), type.parse(parts.get(i)));
        }
    }

    @Test
    void singleValuedHeaderInTwoRowsIsAnError() {
        SipMessage m = new SipMessageParser().parse("OPTIONS sip:bob@biloxi.com SIP/2.0\r\nCall-ID: a@b\r\ni: c@d\r\n\r\n");
        SipParseException e = org.junit.jupiter.api.Assertions.assertThrows(SipParseException.class, m::callId);
        assertTrue(e.reason().contains("more than once"), e.reason());
    }

    /** Contact = ("Contact" / "m" ) HCOLON ( STAR / (contact-param *(COMMA contact-param))); "*" is also a token. */
    @Test
    void contactStarAndAStarDisplayName() {
        assertSame(Address.WILDCARD, SipHeaders.CONTACT.parse("*"));
        assertSame(Address.WILDCARD, SipHeaders.CONTACT.parse(" * "));
        assertTrue(SipHeaders.CONTACT.parse("*").isWildcard());
        Address starName = SipHeaders.CONTACT.parse("* <sip:star@example.com>");
        assertFalse(starName.isWildcard());
        assertEquals("*", starName.displayName());
        assertEquals(Uri.parse("sip:star@example.com"), starName.uri());
        org.junit.jupiter.api.Assertions.assertThrows(SipParseException.class, () -> SipHeaders.TO.parse("*"));
    }

    /** RFC 3261 §7.3.3: each compact form names the same header as its long form, in either case. */
    @Test
    void compactForms() {
        Map<String, HeaderName> compact = Map.of("i", HeaderName.CALL_ID, "m", HeaderName.CONTACT, "e", HeaderName.CONTENT_ENCODING,
                "l", HeaderName.CONTENT_LENGTH, "c", HeaderName.CONTENT_TYPE, "f", HeaderName.FROM, "s", HeaderName.SUBJECT,
                "k", HeaderName.SUPPORTED, "t", HeaderName.TO, "v", HeaderName.VIA);
        compact.forEach((c, h) -> {
            assertSame(h, HeaderName.of(c));
            assertSame(h, HeaderName.of(c.toUpperCase(Locale.ROOT)));
            assertEquals(c.charAt(0), h.compactForm());
        });
        long withCompact = HeaderName.known().stream().filter(h -> h.compactForm() != 0).count();
        assertEquals(compact.size(), withCompact, "§7.3.3 lists exactly these compact forms");
        for (HeaderName h : HeaderName.known()) {
            assertSame(h, HeaderName.of(h.name().toUpperCase(Locale.ROOT)));
            assertSame(h, HeaderName.of(h.name().toLowerCase(Locale.ROOT)));
        }
    }

    /** Extension headers are kept as written: name spelling, value, order, repetition; names compare case-insensitively. */
    @Test
    void extensionHeadersKeptAsWritten() {
        String wire = "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n"
                + "X-Custom-Thing:  a, \"b,c\" ,<sip:x@y;p=1,2>  \r\n"
                + "P-Asserted-Identity: \"Cullen\" <sip:fluffy@cisco.com>\r\n"
                + "x-custom-thing: second\r\n"
                + "NewFangledHeader:   newfangled value\r\n continued newfangled value\r\n"
                + "\r\n";
        SipMessage m = new SipMessageParser().parse(wire);
        assertEquals(wire, m.toString());
        HeaderName x = m.headers().get(0).name();
        assertFalse(x.isKnown());
        assertEquals("X-Custom-Thing", x.name());
        assertEquals("x-custom-thing", m.headers().get(2).name().name());
        assertEquals(x, m.headers().get(2).name(), "field names are case-insensitive (§7.3.1)");
        assertEquals(List.of("a, \"b,c\" ,<sip:x@y;p=1,2>", "second"), m.headers().values(HeaderName.of("X-CUSTOM-THING")));
        assertEquals(List.of("a", "\"b,c\"", "<sip:x@y;p=1,2>"), HeaderValues.split(m.headerValue("x-custom-thing")));
        assertEquals("newfangled value continued newfangled value", m.headerValue("NEWFANGLEDHEADER"));
        assertNull(SipHeaders.of(x));

        SipRequest rebuilt = ((SipRequest) m).toBuilder().addHeader("X-Added", "v").build();
        assertEquals(List.of("a, \"b,c\" ,<sip:x@y;p=1,2>", "second"), rebuilt.headers().values(HeaderName.of("x-custom-thing")));
        assertEquals("v", rebuilt.headerValue("x-added"));
    }
}
