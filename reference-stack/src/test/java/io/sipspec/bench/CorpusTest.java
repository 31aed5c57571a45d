package io.sipspec.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import gov.nist.javax.sip.parser.StringMsgParser;
import io.sipspec.message.SipMessage;
import io.sipspec.parser.SipMessageParser;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.infra.Blackhole;

/** The benchmark corpus stays usable: every message parses, with both parsers, and the touched headers read. */
class CorpusTest {

    private static final Blackhole BH =
            new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    static List<String> names() {
        return Corpus.names();
    }

    @Test
    void indexNamesEachMessageOnce() {
        List<String> names = Corpus.names();
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate entries in " + Corpus.INDEX);
    }

    @ParameterizedTest
    @MethodSource("names")
    void parsesWithSipspecAndTheProxyHeadersRead(String name) {
        SipMessage m = new SipMessageParser().parse(Corpus.bytes(name));
        assertDoesNotThrow(() -> ParserBenchmark.touch(m, BH));
        assertNotNull(m.topVia(), "Via");
    }

    @ParameterizedTest
    @MethodSource("names")
    void parsesWithJainSip(String name) throws Exception {
        var m = ParserBenchmark.parseJainSip(new StringMsgParser(), Corpus.bytes(name));
        assertDoesNotThrow(() -> ParserBenchmark.touch(m, BH));
    }

    @ParameterizedTest
    @MethodSource("names")
    void theBodyIsWhatContentLengthSays(String name) {
        SipMessage m = new SipMessageParser().parse(Corpus.bytes(name));
        if (m.contentLength() >= 0) {
            assertEquals(m.contentLength(), m.bodyLength());
        }
    }
}
