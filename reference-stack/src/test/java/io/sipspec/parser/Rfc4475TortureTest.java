package io.sipspec.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 49 SIP torture test messages of RFC 4475 §3 (vectors/rfc4475, from its Appendix A), each asserting the outcome
 * the RFC states: the message parses and the fields it points at have the stated values, or framing or validation
 * rejects it with the status the RFC names, or the reference UAS / proxy answers with that status. The outcomes and
 * the RFC's words are in vectors/rfc4475/expectations.txt.
 */
class Rfc4475TortureTest {

    private static final TortureVectors VECTORS = new TortureVectors("rfc4475");

    @TestFactory
    Stream<DynamicTest> rfc4475() {
        return VECTORS.tests();
    }

    @Test
    void everyVectorHasAnExpectationAndViceVersa() {
        assertEquals(VECTORS.vectorNames(), VECTORS.expectationNames());
        assertEquals(49, VECTORS.vectorNames().size(), "RFC 4475 §3 describes 49 messages");
    }
}
