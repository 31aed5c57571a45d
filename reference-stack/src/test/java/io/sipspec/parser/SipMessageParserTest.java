package io.sipspec.parser;

import static io.sipspec.parser.Samples.ascii;
import static io.sipspec.parser.Samples.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The framing grammar of RFC 3261 §7 in {@link SipMessageParser}: start lines, header lines, Content-Length. */
class SipMessageParserTest {

    private static final SipMessageParser PARSER = new SipMessageParser();
    private static final String HEADERS = "Call-ID: 1\r\nContent-Length: 0\r\n\r\n";

    private static SipDecodeException error(String text) {
        return assertThrows(SipDecodeException.class, () -> PARSER.parse(text), text);
    }

    /** The byte offset of the first occurrence of {@code marker} (its UTF-8 encoding) in {@code text}. */
    private static int utf8Index(String text, String marker) {
        int i = text.indexOf(marker);
        if (i < 0) {
            throw new IllegalArgumentException(marker + " not in " + text);
        }
        return text.substring(0, i).getBytes(StandardCharsets.UTF_8).length;
    }

    // ---------------------------------------------------------------- start line

    @Test
    void requestLineHasMethodUriAndVersion() {
        // Request-Line = Method SP Request-URI SP SIP-Version CRLF
        SipRequest r = assertInstanceOf(SipRequest.class, PARSER.parse("INVITE sip:bob@biloxi.example.com;transport=tcp SIP/2.0\r\n" + HEADERS));
        assertEquals("INVITE", r.method());
        assertEquals("sip:bob@biloxi.example.com;transport=tcp", r.requestUriText());
        assertEquals("SIP/2.0", r.version());
        assertEquals("INVITE sip:bob@biloxi.example.com;transport=tcp SIP/2.0", r.startLine());
        assertEquals("NEWMETHOD", ((SipRequest) PARSER.parse("NEWMETHOD sip:a@b.example SIP/2.0\r\n" + HEADERS)).method());
    }

    @Test
    void statusLineHasVersionThreeDigitCodeAndReasonPhrase() {
        // Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF
        SipResponse r = assertInstanceOf(SipResponse.class, PARSER.parse("SIP/2.0 486 Busy Here\r\n" + HEADERS));
        assertEquals(486, r.statusCode());
        assertEquals("Busy Here", r.reasonPhrase());
        assertEquals("SIP/2.0", r.version());
    }

    @Test
    void reasonPhraseMayBeUtf8OrEmpty() {
        // Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB)
        SipResponse utf8 = (SipResponse) PARSER.parse("SIP/2.0 200 Très bien ☺\tmerci\r\n" + HEADERS);
        assertEquals("Très bien ☺\tmerci", utf8.reasonPhrase());
        SipResponse empty = (SipResponse) PARSER.parse("SIP/2.0 200 \r\n" + HEADERS);
        assertEquals("", empty.reasonPhrase());
        assertEquals(200, empty.statusCode());
    }

    /** The CSV rows below write CR, LF, HTAB and other bytes as \\r, \\n, \\t and \\xHH. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'r' -> b.append('\r');
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'x' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> b.append('\\').append(n);
            }
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SIP/2.0 20 OK                 | ' OK'        | Status-Code must be three digits
            SIP/2.0 2000 OK               | 0 OK         | Status-Code must be three digits
            SIP/2.0 2x0 OK                | x0           | Status-Code must be three digits
            SIP/2.0  200 OK               | ' 200'       | Status-Code must be three digits
            SIP/2.0 099 Too low           | 099          | Status-Code below 100
            SIP/2.0x 200 OK               | x 200        | invalid SIP-Version in Status-Line
            SIP/2.0 200 Bad\\x01          | \\x01        | control character in Reason-Phrase
            INVITE  sip:a@b SIP/2.0       | ' sip:a@b'   | expected Request-URI after a single SP
            INVITE sip:a@b  SIP/2.0       | ' SIP/2.0'   | expected SIP-Version
            'INVITE sip:a@b SIP/2.0 '     | '0 '         | unexpected text after SIP-Version
            INVITE sip:a@b SIP/2          | SIP/2        | expected SIP-Version
            INVITE sip:a@b SIP/2.         | SIP/2.       | expected SIP-Version
            INVITE sip:a@b                | \\r\\n       | expected SP after Request-URI
            INVITE\\tsip:a@b SIP/2.0      | \\tsip       | expected SP after Method
            INV@TE sip:a@b SIP/2.0        | @TE          | expected SP after Method
            ' INVITE sip:a@b SIP/2.0'     | ' INVITE'    | expected Method
            INVITE sip:a\\x01b SIP/2.0    | \\x01b       | control character in Request-URI
            """)
    void malformedStartLineIsReportedAtTheOffendingByte(String line, String at, String reason) {
        String startLine = unescape(line);
        String text = startLine + "\r\n" + HEADERS;
        String marker = unescape(at);
        // "0 " marks the SP after the version: the error is at the SP, one past the marker's start.
        int shift = marker.equals("0 ") ? 1 : 0;
        SipDecodeException e = error(text);
        assertEquals(reason, e.reason(), text);
        assertEquals(400, e.status(), text);
        assertEquals(utf8Index(text, marker) + shift, e.position(), () -> text + ": " + e.getMessage());
        assertEquals(startLine, e.startLine());
    }

    @Test
    void versionIsReadAsWritten() {
        // RFC 3261 §7.1: "The SIP-Version string is case-insensitive, but implementations MUST send upper-case."
        SipRequest r = (SipRequest) PARSER.parse("OPTIONS sip:a@b.example sip/2.0\r\n" + HEADERS);
        assertEquals("sip/2.0", r.version());
        assertEquals("SIP/3.0", PARSER.parse("SIP/3.0 200 OK\r\n" + HEADERS).version());
    }

    // ---------------------------------------------------------------- header lines

    @Test
    void whiteSpaceBeforeTheColonIsAllowed() {
        // HCOLON = *( SP / HTAB ) ":" SWS
        SipMessage m = PARSER.parse("OPTIONS sip:a@b.example SIP/2.0\r\nSubject \t:  hello  \r\nCall-ID:1\r\nl:0\r\n\r\n");
        assertEquals(List.of(HeaderField.of("Subject", "hello"), HeaderField.of("Call-ID", "1"), HeaderField.of("l", "0")),
                m.headers());
        assertEquals(HeaderName.CONTENT_LENGTH, m.headers().get(2).name());
    }

    @Test
    void foldedLinesAreEachASingleSpace() {
        // RFC 3261 §7.3.1: "For the purpose of parsing, a line fold is equivalent to a single SP"... any LWS
        // around it included.
        SipMessage m = PARSER.parse("OPTIONS sip:a@b.example SIP/2.0\r\nSubject: one  \r\n  two\r\n\t\tthree\r\n"
                + "Call-ID:\r\n 1\r\n" + HEADERS.substring("Call-ID: 1\r\n".length()));
        assertEquals("one two three", m.headerValue(HeaderName.SUBJECT));
        assertEquals("1", m.callId());
        assertEquals(3, m.headers().size());
    }

    @Test
    void foldedValuesReadAsTypedValuesAreTheUnfoldedText() {
        // A folded US-ASCII row is kept as bounds in the message bytes and unfolded when read: its typed values, their
        // text and their errors are those of the unfolded value.
        SipMessage m = PARSER.parse("OPTIONS sip:a@b.example SIP/2.0\r\nVia: SIP/2.0/UDP a.example:5060 ;\r\n  branch=z9hG4bK1"
                + "\r\n\t;received=192.0.2.1, SIP/2.0/TCP\r\n b.example\r\nTo: Bob\r\n <sip:bob@b.example>\r\n ;tag=x\r\n"
                + "From: <sip:alice@a.example\r\n >;tag=1\r\nContact: <sip:c@c.example>\r\n ,\r\n <sip:d@d.example>\r\n" + HEADERS);
        assertEquals("SIP/2.0/UDP a.example:5060 ; branch=z9hG4bK1 ;received=192.0.2.1, SIP/2.0/TCP b.example",
                m.headerValue(HeaderName.VIA));
        assertEquals(2, m.via().size());
        assertEquals("z9hG4bK1", m.topVia().branch());
        assertEquals("192.0.2.1", m.topVia().received());
        assertEquals("SIP/2.0/UDP a.example:5060 ; branch=z9hG4bK1 ;received=192.0.2.1", m.topVia().toString());
        assertEquals("b.example", m.via().get(1).host().text());
        assertEquals("Bob <sip:bob@b.example> ;tag=x", m.to().toString());
        assertEquals("x", m.to().tag());
        assertEquals("sip:d@d.example", m.contacts().get(1).uri().toString());
        SipParseException e = assertThrows(SipParseException.class, m::from);
        assertEquals("<sip:alice@a.example >;tag=1", e.input());
        assertEquals(20, e.position(), e.reason());
        assertEquals("From: unexpected character in SIP URI", e.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing colon             | Subject hello        | hello      | expected ':' after header name
            nothing but a name        | Subject              | \\r\\n     | expected ':' after header name
            no name                   | ': hello'            | ': hello'  | header line does not start with a field name
            separator in the name     | Sub(ject): hello     | (ject      | expected ':' after header name
            NUL in a value            | Subject: a\\x00b     | \\x00b     | control character 0x00 in header value
            bare CR in a value        | Subject: a\\rb       | \\rb       | control character 0x0D in header value
            DEL in a value            | Subject: a\\x7Fb     | \\x7Fb     | control character 0x7F in header value
            """)
    void malformedHeaderLineIsReportedAtTheOffendingByte(String what, String row, String at, String reason) {
        String line = unescape(row);
        String marker = unescape(at);
        String text = "OPTIONS sip:a@b.example SIP/2.0\r\nCall-ID: 7\r\n" + line + "\r\nContent-Length: 0\r\n\r\n";
        int lineStart = text.indexOf(line);
        SipDecodeException e = error(text);
        assertEquals(reason, e.reason(), what);
        assertEquals(400, e.status(), what);
        assertEquals(lineStart + (line + "\r\n").indexOf(marker), e.position(), what);
        assertEquals(List.of(HeaderField.of("Call-ID", "7")), e.headers(), "rows read before the error");
    }

    @Test
    void firstHeaderLineStartingWithWhiteSpaceIsAnError() {
        // Later such lines continue the row above (RFC 3261 §7.3.1); the first has no row to continue.
        String text = "OPTIONS sip:a@b.example SIP/2.0\r\n Subject: hello\r\n" + HEADERS;
        SipDecodeException e = error(text);
        assertEquals("header line starts with white space", e.reason());
        assertEquals(text.indexOf(" Subject"), e.position());
        assertEquals("7 Subject: hello", PARSER.parse("OPTIONS sip:a@b.example SIP/2.0\r\nCall-ID: 7\r\n Subject: hello\r\n"
                + "l: 0\r\n\r\n").headerValue(HeaderName.CALL_ID));
    }

    @Test
    void horizontalTabIsAllowedInAValue() {
        assertEquals("a\tb", PARSER.parse("OPTIONS sip:a@b.example SIP/2.0\r\nSubject: a\tb\r\n" + HEADERS)
                .headerValue(HeaderName.SUBJECT));
    }

    @Test
    void bareLineFeedsAreAccepted() {
        byte[] crlf = bytes("invite-with-body.sip");
        String text = new String(crlf, StandardCharsets.UTF_8);
        int bodyStart = text.indexOf("\r\n\r\n") + 4;
        String lf = text.substring(0, bodyStart).replace("\r\n", "\n") + text.substring(bodyStart);
        SipMessage withCrlf = PARSER.parse(crlf);
        SipMessage withLf = PARSER.parse(lf);
        assertEquals(withCrlf.startLine(), withLf.startLine());
        assertEquals(withCrlf.headers(), withLf.headers());
        assertArrayEquals(withCrlf.body(), withLf.body());
        assertArrayEquals(ascii(lf), withLf.toByteArray(), "the wire form is kept as received");
    }

    @Test
    void errorsCarryTheStartLineAndTheRowsReadSoFar() {
        SipDecodeException e = error("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h.example;branch=z9hG4bK1\r\nCSeq: 1 INVITE\r\nBad line\r\n\r\n");
        assertEquals("SIP/2.0 200 OK", e.startLine());
        assertEquals(2, e.headers().size());
        assertEquals(HeaderName.CSEQ, e.headers().get(1).name());
        assertEquals("expected ':' after header name at byte " + e.position(), e.getMessage());
    }

    // ---------------------------------------------------------------- framing

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1 2", "+5", "5;x", "0x10", "99999999999", ""})
    void invalidContentLengthIs400AtItsValue(String value) {
        String before = "OPTIONS sip:a@b.example SIP/2.0\r\nVia: SIP/2.0/UDP h.example;branch=z9hG4bK1\r\nContent-Length: ";
        String text = before + value + "\r\nCall-ID: 3\r\n\r\n";
        SipDecodeException e = error(text);
        assertEquals(400, e.status());
        assertEquals("invalid Content-Length \"" + value + "\"", e.reason());
        int firstNonDigit = 0;
        while (firstNonDigit < value.length() && Character.isDigit(value.charAt(firstNonDigit))) {
            firstNonDigit++;
        }
        int expected = firstNonDigit < value.length() ? before.length() + firstNonDigit : before.length();
        assertEquals(expected, e.position(), e.getMessage());
        assertEquals(3, e.headers().size(), "every row is kept, so a 400 can still be built");
    }

    @Test
    void moreThanOneContentLengthIs400AtTheSecondRow() {
        String text = "OPTIONS sip:a@b.example SIP/2.0\r\nContent-Length: 0\r\nCall-ID: 3\r\nl: 0\r\n\r\n";
        SipDecodeException e = error(text);
        assertEquals(400, e.status());
        assertEquals("more than one Content-Length", e.reason());
        assertEquals(text.indexOf("l: 0"), e.position());
    }

    @Test
    void contentLengthWithWhiteSpaceAndLeadingZerosIsANumber() {
        SipMessage m = PARSER.parse("MESSAGE sip:a@b.example SIP/2.0\r\nContent-Length:   003 \r\n\r\nabc");
        assertEquals(3, m.bodyLength());
        assertEquals("abc", m.bodyText());
    }

    @Test
    void headerLimitsApplyToTheParser() {
        SipMessageParser small = new SipMessageParser(new SipLimits(64, 2, 0));
        assertEquals(small.limits(), new SipLimits(64, 2, 0));
        SipDecodeException rows = assertThrows(SipDecodeException.class,
                () -> small.parse("OPTIONS sip:a@b SIP/2.0\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"));
        assertEquals(513, rows.status());
        assertEquals("OPTIONS sip:a@b SIP/2.0\r\nA: 1\r\nB: 2\r\n".length(), rows.position());
        SipDecodeException head = assertThrows(SipDecodeException.class,
                () -> small.parse("OPTIONS sip:a@b SIP/2.0\r\nSubject: " + "x".repeat(64) + "\r\n\r\n"));
        assertEquals(513, head.status());
        assertEquals(64, head.position());
        SipDecodeException line = assertThrows(SipDecodeException.class, () -> small.parse("OPTIONS sip:" + "a".repeat(80)));
        assertEquals(513, line.status());
        assertEquals(64, line.position());
    }

    @Test
    void defaultLimitsAreTheDocumentedOnes() {
        assertEquals(new SipLimits(65_536, 256, 1_048_576), SipLimits.DEFAULT);
        assertEquals(SipLimits.DEFAULT, new SipMessageParser().limits());
    }

    @Test
    void aFoldedRowCountsOnceAgainstMaxHeaderCount() {
        SipMessageParser two = new SipMessageParser(new SipLimits(128, 2, 0));
        SipMessage m = two.parse("OPTIONS sip:a@b SIP/2.0\r\nSubject: a\r\n b\r\n c\r\nl: 0\r\n\r\n");
        assertEquals(2, m.headers().size());
    }

    @Test
    void limitsBelowTheirMinimumAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SipLimits(63, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SipLimits(64, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SipLimits(64, 1, -1));
    }
}
