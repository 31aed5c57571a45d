package io.sipspec.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The reader over message bytes: its word-at-a-time search and its text, against the plain definitions. */
class SipReaderBytesTest {

    /** indexOf finds the first occurrence before the reader's end, whatever the alignment, as a byte-by-byte loop would. */
    @Property
    void indexOfFindsTheFirstOccurrenceBeforeTheEnd(@ForAll @Size(max = 80) byte[] bytes, @ForAll @IntRange(max = 80) int from,
            @ForAll @IntRange(max = 80) int end, @ForAll("separators") char c) {
        int e = Math.min(end, bytes.length);
        int f = Math.min(from, e);
        int expected = -1;
        for (int i = f; i < e; i++) {
            if (bytes[i] == c) {
                expected = i;
                break;
            }
        }
        assertEquals(expected, new SipReader(bytes, f, e).indexOf(c, f));
    }

    @Provide
    Arbitrary<Character> separators() {
        return Arbitraries.of('>', ']', ';', '\0', '\u007f');
    }

    @Test
    void aMatchInTheSecondWordOrTheTailIsFound() {
        byte[] b = "<sip:alice@atlanta.example.com>;tag=1".getBytes(StandardCharsets.US_ASCII);
        assertEquals(30, new SipReader(b, 0, b.length).indexOf('>', 1));
        assertEquals(-1, new SipReader(b, 0, 30).indexOf('>', 1));
        assertEquals(31, new SipReader(b, 0, b.length).indexOf(';', 31));
    }

    @Test
    void aValueReadInPlaceGivesTheSameTextAsTheStringReader() {
        String value = "Bob <sip:bob@biloxi.example.com>;tag=a6c85cf";
        byte[] message = ("To: " + value + "\r\n").getBytes(StandardCharsets.US_ASCII);
        Address inPlace = SipHeaders.TO.parseOne(new SipReader(message, 4, 4 + value.length()), 4, 4 + value.length());
        Address fromString = SipHeaders.TO.parse(value);
        assertEquals(fromString, inPlace);
        assertEquals(value, inPlace.toString());
        assertEquals("a6c85cf", inPlace.tag());
        assertEquals("sip:bob@biloxi.example.com", inPlace.uri().toString());
    }

    @Test
    void anErrorNamesACharacterAboveLatin1ItselfNotItsByte() {
        SipParseException e = assertThrows(SipParseException.class,
                () -> SipHeaders.CALL_ID.parse("a@b \u20ac"));
        assertEquals("Call-ID: unexpected character '\u20ac'", e.reason());
        assertEquals(4, e.position());
    }

    @Test
    void aStringWithCharactersAboveLatin1KeepsThemInItsText() {
        SipReader r = new SipReader("\"\u0100\u20ac\" <sip:a@b>");
        assertEquals("\"\u0100\u20ac\"", "\"" + r.quotedString() + "\"");
    }
}
