package io.sipspec.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.sipspec.parser.SipMessageParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Header field comparison: RFC 3261 §7.3.1 and the rules of each header in §20. */
class HeaderEqualityTest {

    private static <T> void assertEquivalent(HeaderType<T> type, String a, String b) {
        List<T> x = type.parseField(a);
        List<T> y = type.parseField(b);
        assertEquals(x, y, type + ": " + a + " == " + b);
        assertEquals(y, x, type + ": " + b + " == " + a);
        assertEquals(x.hashCode(), y.hashCode(), type + ": hashCode of " + a + " and " + b);
    }

    private static <T> void assertNotEquivalent(HeaderType<T> type, String a, String b) {
        List<T> x = type.parseField(a);
        List<T> y = type.parseField(b);
        assertNotEquals(x, y, type + ": " + a + " != " + b);
        assertNotEquals(y, x, type + ": " + b + " != " + a);
    }

    // RFC 3261 §7.3.1: "Contact: <sip:alice@atlanta.com>;expires=3600 is equivalent to
    // CONTACT: <sip:alice@atlanta.com>;ExPiReS=3600 and Content-Disposition: session;handling=optional is equivalent to
    // content-disposition: Session;HANDLING=OPTIONAL. The following two header fields are not equivalent:
    // Warning: 370 devnull "Choose a bigger pipe" Warning: 370 devnull "CHOOSE A BIGGER PIPE""

    @Test
    void rfcExamplesOfSection731() {
        assertEquals(HeaderName.of("Contact"), HeaderName.of("CONTACT"));
        assertEquivalent(SipHeaders.CONTACT, "<sip:alice@atlanta.com>;expires=3600", "<sip:alice@atlanta.com>;ExPiReS=3600");
        assertEquals(HeaderName.of("Content-Disposition"), HeaderName.of("content-disposition"));
        assertEquivalent(SipHeaders.CONTENT_DISPOSITION, "session;handling=optional", "Session;HANDLING=OPTIONAL");
        assertNotEquivalent(SipHeaders.WARNING, "370 devnull \"Choose a bigger pipe\"", "370 devnull \"CHOOSE A BIGGER PIPE\"");
    }

    /** §7.3.1: "Subject:            lunch", "Subject      :      lunch", "Subject            :lunch", "Subject: lunch" are equivalent. */
    @Test
    void whiteSpaceAroundTheColonIsInsignificant() {
        for (String row : List.of("Subject:            lunch", "Subject      :      lunch", "Subject            :lunch", "Subject: lunch")) {
            SipMessage m = new SipMessageParser().parse("MESSAGE sip:a@b SIP/2.0\r\n" + row + "\r\n\r\n");
            assertEquals("lunch", m.header(SipHeaders.SUBJECT), row);
        }
    }

    /** §7.3.1: a folded "Subject: I know you're there,\r\n pick up the phone\r\n and talk to me!" equals the one-line form. */
    @Test
    void foldedSubjectEqualsOneLine() {
        SipMessage one = new SipMessageParser().parse(
                "MESSAGE sip:a@b SIP/2.0\r\nSubject: I know you're there, pick up the phone and talk to me!\r\n\r\n");
        SipMessage folded = new SipMessageParser().parse("MESSAGE sip:a@b SIP/2.0\r\nSubject: I know you're there,\r\n"
                + "         pick up the phone\r\n         and talk to me!\r\n\r\n");
        assertEquals(one.header(SipHeaders.SUBJECT), folded.header(SipHeaders.SUBJECT));
    }

    /** §7.3.1: Route rows split or combined are equivalent; their order is not. */
    @Test
    void routeRowsInAnyCombinationOfRowsAndCommas() {
        SipParser p = new SipParser();
        List<Address> split = p.routes("Route: <sip:alice@atlanta.com>\r\nSubject: Lunch\r\nRoute: <sip:bob@biloxi.com>\r\n"
                + "Route: <sip:carol@chicago.com>\r\n");
        List<Address> twoRows = p.routes("Route: <sip:alice@atlanta.com>, <sip:bob@biloxi.com>\r\nRoute: <sip:carol@chicago.com>\r\n"
                + "Subject: Lunch\r\n");
        List<Address> oneRow = p.routes("Subject: Lunch\r\nRoute: <sip:alice@atlanta.com>, <sip:bob@biloxi.com>,\r\n"
                + "       <sip:carol@chicago.com>\r\n");
        assertEquals(split, twoRows);
        assertEquals(split, oneRow);
        List<Address> reordered = p.routes("Route: <sip:bob@biloxi.com>\r\nRoute: <sip:alice@atlanta.com>\r\n"
                + "Route: <sip:carol@chicago.com>\r\n");
        assertNotEquals(split, reordered);
    }

    /** Parses messages whose header block is given. */
    private static final class SipParser {
        List<Address> routes(String headerBlock) {
            return new SipMessageParser().parse("INVITE sip:a@b SIP/2.0\r\n" + headerBlock + "\r\n").routes();
        }
    }

    // §20.20: "Two From header fields are equivalent if their URIs match, and their parameters match. Extension
    // parameters in one header field, not present in the other are ignored for the purposes of comparison. This
    // means that the display name and presence or absence of angle brackets do not affect matching." (§20.39 To: the same)

    @Test
    void fromIgnoresDisplayNameAndBrackets() {
        assertEquivalent(SipHeaders.FROM, "\"A. G. Bell\" <sip:agb@bell-telephone.com> ;tag=a48s", "sip:agb@bell-telephone.com;tag=a48s");
        assertEquivalent(SipHeaders.FROM, "Alexander <sip:agb@bell-telephone.com>;tag=a48s", "\"Bell\"<sip:agb@BELL-TELEPHONE.com>;tag=a48s");
        assertEquivalent(SipHeaders.TO, "The Operator <sip:operator@cs.columbia.edu>", "<sip:operator@cs.columbia.edu>");
        assertEquivalent(SipHeaders.TO, "sip:+12125551212@server.phone2net.com", "<sip:+12125551212@server.phone2net.com>");
    }

    @Test
    void fromComparesUrisBySection1914() {
        assertNotEquivalent(SipHeaders.FROM, "<sip:agb@bell-telephone.com>;tag=a", "<sip:AGB@bell-telephone.com>;tag=a");
        assertEquivalent(SipHeaders.FROM, "<sip:%61gb@bell-telephone.com;transport=udp>;tag=a", "<sip:agb@Bell-Telephone.com;Transport=UDP>;tag=a");
        assertNotEquivalent(SipHeaders.FROM, "<sip:agb@bell-telephone.com>;tag=a", "<sips:agb@bell-telephone.com>;tag=a");
        assertNotEquivalent(SipHeaders.TO, "<sip:agb@bell-telephone.com>", "<sip:agb@bell-telephone.com:5060>");
    }

    @Test
    void tagIsSignificant() {
        assertNotEquivalent(SipHeaders.FROM, "<sip:agb@bell-telephone.com>;tag=a48s", "<sip:agb@bell-telephone.com>;tag=a48t");
        assertNotEquivalent(SipHeaders.FROM, "<sip:agb@bell-telephone.com>;tag=a48s", "<sip:agb@bell-telephone.com>");
        assertNotEquivalent(SipHeaders.TO, "<sip:agb@bell-telephone.com>", "<sip:agb@bell-telephone.com>;tag=1");
        // the tag is a token: tokens are case-insensitive (§7.3.1)
        assertEquivalent(SipHeaders.TO, "<sip:agb@bell-telephone.com>;tag=A48S", "<sip:agb@bell-telephone.com>;TAG=a48s");
    }

    @Test
    void headerParametersAreUnorderedCaseInsensitiveTokensAndCaseSensitiveQuotedStrings() {
        assertEquivalent(SipHeaders.TO, "<sip:a@b.com>;tag=1;x=y", "<sip:a@b.com>;X=Y;tag=1");
        assertNotEquivalent(SipHeaders.TO, "<sip:a@b.com>;tag=1;x=y", "<sip:a@b.com>;tag=1;x=z");
        assertEquivalent(SipHeaders.TO, "<sip:a@b.com>;x=\"Quoted\"", "<sip:a@b.com>;x=\"Quoted\"");
        assertNotEquivalent(SipHeaders.TO, "<sip:a@b.com>;x=\"Quoted\"", "<sip:a@b.com>;x=\"quoted\"");
        // "Extension parameters in one header field, not present in the other are ignored"
        assertEquivalent(SipHeaders.FROM, "<sip:a@b.com>;tag=1;ext=2", "<sip:a@b.com>;tag=1");
        assertEquivalent(SipHeaders.FROM, "<sip:a@b.com>;tag=1;ext=2", "<sip:a@b.com>;tag=1;other=3");
    }

    @Test
    void uriParametersAndHeaderParametersAreNotTheSame() {
        // §20.10: "If the URI is not enclosed in angle brackets, any semicolon-delimited parameters are
        // header-parameters, not URI parameters."
        Address unbracketed = SipHeaders.TO.parse("sip:a@b.com;transport=tcp");
        Address bracketed = SipHeaders.TO.parse("<sip:a@b.com;transport=tcp>");
        assertEquals("tcp", unbracketed.parameter("transport"));
        assertEquals(null, ((SipUri) unbracketed.uri()).transport());
        assertEquals("tcp", ((SipUri) bracketed.uri()).transport());
        assertNotEquals(unbracketed, bracketed);
    }

    /**
     * §7.3.1: "any given parameter-name MUST NOT appear more than once"; the parser keeps such values, and a second parse
     * of the same text must still be equal to the first.
     */
    @Test
    void repeatedParameterNamesKeepEqualityReflexive() {
        assertEquivalent(SipHeaders.TO, "<sip:a@b.com>;tag=a;tag=b", "<sip:a@b.com>;tag=a;tag=b");
        assertEquivalent(SipHeaders.VIA, "SIP/2.0/UDP a.example.com;branch=z9hG4bKa;branch=z9hG4bKb",
                "SIP/2.0/UDP a.example.com;branch=z9hG4bKa;branch=z9hG4bKb");
        assertEquivalent(SipHeaders.WWW_AUTHENTICATE, "Digest a=a,a=b", "Digest a=a,a=b");
        assertNotEquivalent(SipHeaders.VIA, "SIP/2.0/UDP a.example.com;rport=1;rport=2", "SIP/2.0/UDP a.example.com;rport=1;rport=1");
        assertEquals(Uri.parse("sip:a@b.com?x=1&x=2"), Uri.parse("sip:a@b.com?x=1&x=2"));
        assertNotEquals(Uri.parse("sip:a@b.com?x=1&x=2"), Uri.parse("sip:a@b.com?x=1&x=1"));
    }

    // §20.42: "Two Via header fields are equal if their sent-protocol and sent-by fields are equal, both have the
    // same set of parameters, and the values of all parameters are equal."

    @Test
    void viaEquality() {
        assertEquivalent(SipHeaders.VIA, "SIP/2.0/UDP first.example.com:4000;ttl=16;maddr=224.2.0.1;branch=z9hG4bKa7c6a8dlze.1",
                "SIP / 2.0 / UDP first.example.com: 4000;ttl=16 ;maddr=224.2.0.1 ;branch=z9hG4bKa7c6a8dlze.1");
        assertEquivalent(SipHeaders.VIA, "sip/2.0/udp First.Example.COM:4000;branch=z9hG4bK1;ttl=16",
                "SIP/2.0/UDP first.example.com:4000;TTL=16;branch=z9hG4bK1");
        assertEquivalent(SipHeaders.VIA, "SIP/2.0/UDP [2001:db8::9:1];branch=z9hG4bK1", "SIP/2.0/UDP [2001:DB8:0:0:0:0:9:1];branch=z9hG4bK1");
        assertNotEquivalent(SipHeaders.VIA, "SIP/2.0/UDP a.example.com;branch=z9hG4bK1", "SIP/2.0/TCP a.example.com;branch=z9hG4bK1");
        assertNotEquivalent(SipHeaders.VIA, "SIP/2.0/UDP a.example.com;branch=z9hG4bK1", "SIP/2.0/UDP a.example.com:5060;branch=z9hG4bK1");
        assertNotEquivalent(SipHeaders.VIA, "SIP/2.0/UDP a.example.com;branch=z9hG4bK1", "SIP/2.0/UDP b.example.com;branch=z9hG4bK1");
        assertNotEquivalent(SipHeaders.VIA, "SIP/2.0/UDP a.example.com;branch=z9hG4bK1", "SIP/2.0/UDP a.example.com;branch=z9hG4bK2");
        // "the same set of parameters": unlike From and To, an extra parameter makes a difference
        assertNotEquivalent(SipHeaders.VIA, "SIP/2.0/UDP a.example.com;branch=z9hG4bK1",
                "SIP/2.0/UDP a.example.com;branch=z9hG4bK1;received=192.0.2.1");
        assertNotEquivalent(SipHeaders.VIA, "SIP/2.0/UDP a.example.com;branch=z9hG4bK1;rport",
                "SIP/2.0/UDP a.example.com;branch=z9hG4bK1;rport=5060");
        assertNotEquivalent(SipHeaders.VIA, "SIP/2.0/UDP a.example.com;branch=z9hG4bK1;x=\"Q\"", "SIP/2.0/UDP a.example.com;branch=z9hG4bK1;x=\"q\"");
    }

    @Test
    void cseqMethodIsCaseSensitiveAndNumberNumeric() {
        // §20.16: "The method part of CSeq is
        // case-sensitive."
        assertNotEquivalent(SipHeaders.CSEQ, "4711 INVITE", "4711 invite");
        assertEquivalent(SipHeaders.CSEQ, "4711 INVITE", "04711   INVITE");
        assertNotEquivalent(SipHeaders.CSEQ, "4711 INVITE", "4712 INVITE");
    }

    @Test
    void callIdIsComparedByteByByte() {
        // §20.8: "Call-IDs are case-sensitive and are simply compared byte-by-byte."
        assertNotEquivalent(SipHeaders.CALL_ID, "f81d4fae@biloxi.com", "F81D4FAE@biloxi.com");
        assertNotEquivalent(SipHeaders.CALL_ID, "f81d4fae@biloxi.com", "f81d4fae@BILOXI.com");
        assertEquivalent(SipHeaders.CALL_ID, "f81d4fae@biloxi.com", "f81d4fae@biloxi.com");
    }

    @Test
    void mediaTypesAndTokens() {
        assertEquivalent(SipHeaders.CONTENT_TYPE, "text/html; charset=ISO-8859-4", "TEXT/HTML;Charset=iso-8859-4");
        assertNotEquivalent(SipHeaders.CONTENT_TYPE, "text/html", "text/plain");
        assertNotEquivalent(SipHeaders.CONTENT_TYPE, "multipart/mixed;boundary=\"AbC\"", "multipart/mixed;boundary=\"abc\"");
        assertNotEquivalent(SipHeaders.CONTENT_TYPE, "application/sdp", "application/sdp;level=1");
        assertEquivalent(SipHeaders.ALLOW, "INVITE, ACK", "INVITE,ACK");
        // §7.1: "The method names are case-sensitive."
        assertNotEquivalent(SipHeaders.ALLOW, "INVITE", "invite");
        assertEquivalent(SipHeaders.ACCEPT_LANGUAGE, "en-GB;q=0.8", "en-gb; Q=0.8");
    }

    @Test
    void authValues() {
        assertEquivalent(SipHeaders.WWW_AUTHENTICATE, "Digest realm=\"atlanta.com\", stale=FALSE, algorithm=MD5",
                "digest ALGORITHM=md5,realm=\"atlanta.com\" , stale=false");
        assertNotEquivalent(SipHeaders.WWW_AUTHENTICATE, "Digest realm=\"atlanta.com\"", "Digest realm=\"ATLANTA.com\"");
        assertNotEquivalent(SipHeaders.AUTHORIZATION, "Digest username=\"Alice\"", "Digest username=\"alice\"");
    }

    // Headers whose grammar the stack does not know: HeaderValues.canonical and HeaderValues.split.

    @Test
    void unknownHeaderCanonicalForm() {
        // "Tokens are always case-insensitive. Unless specified otherwise, values expressed as quoted strings are
        // case-sensitive." and LWS "has the same semantics as SP"
        assertEquals(HeaderValues.canonical("Foo  Bar;Param=Value"), HeaderValues.canonical("foo bar ; param = VALUE"));
        assertEquals(HeaderValues.canonical("foo\t\tbar"), HeaderValues.canonical("foo bar"));
        assertEquals(HeaderValues.canonical("foo\r\n bar"), HeaderValues.canonical("foo bar"));
        assertEquals("foo bar", HeaderValues.canonical(" Foo   BAR "));
        assertNotEquals(HeaderValues.canonical("foobar"), HeaderValues.canonical("foo bar"));
        assertNotEquals(HeaderValues.canonical("x=\"Quoted Text\""), HeaderValues.canonical("x=\"quoted text\""));
        assertEquals(HeaderValues.canonical("X = \"Quoted  Text\""), HeaderValues.canonical("x=\"Quoted  Text\""));
        assertNotEquals(HeaderValues.canonical("x=\"a  b\""), HeaderValues.canonical("x=\"a b\""));
        assertEquals("\"a \\\" B\"", HeaderValues.canonical("\"a \\\" B\""), "an escaped quote does not end the quoted string");
        assertEquals("<sip:a@b>,<sip:c@d>", HeaderValues.canonical("<SIP:A@B> , <sip:c@d>"));
    }

    @Test
    void unknownHeaderSplitAtCommasOutsideQuotesAndBrackets() {
        assertEquals(List.of("a", "b", "c"), HeaderValues.split("a, b ,c"));
        assertEquals(List.of("\"x, y\"", "z"), HeaderValues.split("\"x, y\", z"));
        assertEquals(List.of("\"x\\\", y\"", "z"), HeaderValues.split("\"x\\\", y\", z"));
        assertEquals(List.of("<sip:a@b;x=1,2>;p=q", "<sip:c@d>"), HeaderValues.split("<sip:a@b;x=1,2>;p=q, <sip:c@d>"));
        assertEquals(List.of("Foo (a, b) bar", "baz"), HeaderValues.split("Foo (a, b) bar, baz"));
        // found by HeaderProperties: an unreserved "(" inside a bare URI is not a comment
        assertEquals(List.of("sip:(@a", "<sip:a>"), HeaderValues.split("sip:(@a , <sip:a>"));
        assertEquals(List.of("<sip:h?(=>", "<sip:h>"), HeaderValues.split("<sip:h?(=>, <sip:h>"), "a URI may hold \"(\"");
        assertEquals(List.of("X (a <b, c) d", "e"), HeaderValues.split("X (a <b, c) d, e"), "\"<\" is ctext in a comment");
        assertEquals(List.of("X (a \\) \"b, c) d", "e"), HeaderValues.split("X (a \\) \"b, c) d, e"), "quoted-pair in a comment");
        assertEquals(List.of("single"), HeaderValues.split("single"));
        assertEquals(List.of("", ""), HeaderValues.split(","));
    }
}
