package io.sipspec.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bad input gets a clear error, never a crash: random strings, random bytes and mutations of valid values (control
 * characters inserted, truncations, deletions, replaced characters) make every entry point of the grammar either
 * return a value or throw {@link SipParseException}, nothing else. A value it does accept is written back and read
 * again to an equal value.
 */
class JunkProperties {

    /** Every parser of the message model, by name. */
    private static final Map<String, Function<String, Object>> PARSERS = new LinkedHashMap<>();

    static {
        PARSERS.put("Uri", Uri::parse);
        PARSERS.put("SipUri", SipUri::parse);
        PARSERS.put("TelUri", TelUri::parse);
        PARSERS.put("AbsoluteUri", AbsoluteUri::parse);
        PARSERS.put("Host", Host::parse);
        PARSERS.put("Address", Address::parse);
        PARSERS.put("Via", Via::parse);
        PARSERS.put("CSeq", CSeq::parse);
        PARSERS.put("MediaType", MediaType::parse);
        PARSERS.put("AuthValue", AuthValue::parse);
        PARSERS.put("ParameterizedValue", ParameterizedValue::parse);
        PARSERS.put("InfoUri", InfoUri::parse);
        PARSERS.put("Warning", Warning::parse);
        PARSERS.put("RetryAfter", RetryAfter::parse);
        PARSERS.put("SipDate", SipDate::parse);
        PARSERS.put("Timestamp", Timestamp::parse);
    }

    /** SIP's special characters, so that random text reaches deep into the grammar. */
    private static final String SIPISH = "sip:tel@;=?&%[]<>\",. /\\\t\r\n0123456789abcdefABCDEF:-+*()!~'_`$#{}|^zZ";

    /**
     * Runs the checks on a thread of its own: almost every input makes dozens of parsers throw, and an exception's
     * stack trace costs in proportion to the stack's depth, which under jqwik and surefire is deep.
     */
    private static final ExecutorService SHALLOW_STACK = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "junk-properties");
        t.setDaemon(true);
        return t;
    });

    private static void assertOnlyParseErrors(String input) {
        try {
            SHALLOW_STACK.submit(() -> check(input)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void check(String input) {
        for (Map.Entry<String, Function<String, Object>> p : PARSERS.entrySet()) {
            Object value;
            try {
                value = p.getValue().apply(input);
            } catch (SipParseException e) {
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(p.getKey() + ".parse threw " + e + " for " + printable(input), e);
            }
            try {
                String written = value.toString();
                assertEquals(value, p.getValue().apply(written), () -> p.getKey() + ": " + printable(input) + " written as "
                        + printable(written));
            } catch (SipParseException e) {
                fail(p.getKey() + " accepted " + printable(input) + " but not its own output " + printable(value.toString()), e);
            }
        }
        for (HeaderType<?> type : SipHeaders.all()) {
            headerOnlyParseErrors(type, input);
        }
    }

    private static <T> void headerOnlyParseErrors(HeaderType<T> type, String input) {
        List<T> values;
        try {
            values = type.parseField(input);
        } catch (SipParseException e) {
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(type + ".parseField threw " + e + " for " + printable(input), e);
        }
        String written = type.format(values);
        try {
            assertEquals(values, type.parseField(written), () -> type + ": " + printable(input) + " written as " + printable(written));
        } catch (SipParseException e) {
            fail(type + " accepted " + printable(input) + " but not its own output " + printable(written), e);
        }
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7F) {
                b.append(String.format("\\x%02X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    // ---------------------------------------------------------------- junk

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> sipishText() {
        return Arbitraries.strings().withChars(SIPISH.toCharArray()).ofMaxLength(60);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(60);
    }

    @Provide
    Arbitrary<String> valid() {
        return Arbitraries.oneOf(
                SipArbitraries.sipUri().map(SipArbitraries.GenSipUri::text),
                SipArbitraries.telUri().map(SipArbitraries.GenTelUri::text),
                SipArbitraries.host().map(SipArbitraries.GenHost::text),
                SipArbitraries.address().map(SipArbitraries.GenAddress::text),
                SipArbitraries.via().map(SipArbitraries.GenVia::text),
                SipArbitraries.mediaType().map(SipArbitraries.GenMediaType::text),
                SipArbitraries.authValue().map(SipArbitraries.GenAuth::text),
                Arbitraries.of("Sat, 13 Nov 2010 23:29:00 GMT", "120 (I'm in a meeting);duration=60", "54.0 1.5", "4711 INVITE",
                        "307 isi.edu \"Session parameter 'foo' not understood\"", "<http://www.example.com/a.wav>;x=y",
                        "attachment; filename=smime.p7s;handling=required", "1.0", "f81d4fae-7dec-11d0@biloxi.com"));
    }

    @Provide
    Arbitrary<String> mutated() {
        return Combinators.combine(valid(), Arbitraries.longs(), Arbitraries.integers().between(1, 3)).as(JunkProperties::mutate);
    }

    /** Applies {@code n} random edits: insert a control character, truncate, delete, replace or insert a character. */
    static String mutate(String s, long seed, int n) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(s);
        for (int k = 0; k < n; k++) {
            int at = r.nextInt(b.length() + 1);
            switch (r.nextInt(6)) {
                case 0 -> b.insert(at, (char) (r.nextBoolean() ? r.nextInt(0x20) : 0x7F));
                case 1 -> b.setLength(at);
                case 2 -> {
                    if (at < b.length()) {
                        b.deleteCharAt(at);
                    }
                }
                case 3 -> {
                    if (at < b.length()) {
                        b.setCharAt(at, SIPISH.charAt(r.nextInt(SIPISH.length())));
                    }
                }
                case 4 -> b.insert(at, SIPISH.charAt(r.nextInt(SIPISH.length())));
                default -> b.insert(at, b.substring(r.nextInt(at + 1), at));
            }
        }
        return b.toString();
    }

    @Property(tries = 200)
    void randomTextGivesOnlyParseErrors(@ForAll("anyText") String s) {
        assertOnlyParseErrors(s);
    }

    @Property(tries = 300)
    void sipLikeTextGivesOnlyParseErrors(@ForAll("sipishText") String s) {
        assertOnlyParseErrors(s);
    }

    @Property(tries = 100)
    void randomBytesGiveOnlyParseErrors(@ForAll("bytes") byte[] b) {
        assertOnlyParseErrors(new String(b, StandardCharsets.ISO_8859_1));
        assertOnlyParseErrors(new String(b, StandardCharsets.UTF_8));
    }

    @Property(tries = 400)
    void mutatedValidValuesGiveOnlyParseErrors(@ForAll("mutated") String s) {
        assertOnlyParseErrors(s);
    }

    /** The unmutated values are accepted by at least one parser: the mutation property does start from valid text. */
    @Property(tries = 100)
    void validValuesParse(@ForAll("valid") String s) {
        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, Function<String, Object>> p : PARSERS.entrySet()) {
            try {
                p.getValue().apply(s);
                accepted.add(p.getKey());
            } catch (SipParseException e) {
                // this parser is not the one for s
            }
        }
        for (HeaderType<?> type : SipHeaders.all()) {
            try {
                type.parseField(s);
                accepted.add(type.toString());
            } catch (SipParseException e) {
                // nor is this header's grammar
            }
        }
        if (accepted.isEmpty()) {
            fail("no parser accepts " + printable(s));
        }
    }
}
