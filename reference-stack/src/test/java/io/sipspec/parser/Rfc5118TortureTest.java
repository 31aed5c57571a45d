package io.sipspec.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 12 IPv6 torture test messages of RFC 5118 §4 (vectors/rfc5118), each asserting the outcome the RFC states.
 * The outcomes and the RFC's words are in vectors/rfc5118/expectations.txt.
 */
class Rfc5118TortureTest {

    private static final TortureVectors VECTORS = new TortureVectors("rfc5118");

    @TestFactory
    Stream<DynamicTest> rfc5118() {
        return VECTORS.tests();
    }

    @Test
    void everyVectorHasAnExpectationAndViceVersa() {
        assertEquals(VECTORS.vectorNames(), VECTORS.expectationNames());
        assertEquals(12, VECTORS.vectorNames().size(), "RFC 5118 §4 describes 12 messages");
    }
}
