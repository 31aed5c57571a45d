package io.sipspec.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OperatorTest {

    @Test
    void eachOperatorIsReadFromItsWords() {
        for (Operator o : Operator.values()) {
            assertEquals(o, Operator.of(o.words()));
            assertTrue(o.words().matches(Operator.REGEX), o.words());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Operator.of("is"));
        assertEquals("not an operator: \"is\" (write equals, contains, matches, is the same as, is not the same as)", e.getMessage());
    }

    @Test
    void comparisons() {
        assertTrue(Operator.EQUALS.test("2 REGISTER", "2 REGISTER"));
        assertFalse(Operator.EQUALS.test("2 REGISTER", "2 register"));
        assertTrue(Operator.CONTAINS.test("INVITE, ACK, BYE", "ACK"));
        assertFalse(Operator.CONTAINS.test("INVITE, BYE", "ACK"));
        assertTrue(Operator.MATCHES.test("z9hG4bK776asdhds", "z9hG4bK\\w+"));
        assertFalse(Operator.MATCHES.test("x z9hG4bK776asdhds", "z9hG4bK\\w+"), "the whole value must match");
        assertTrue(Operator.MATCHES.test("line one\r\nline two", "line one.*two"), "a body spans lines");
        assertTrue(Operator.SAME_AS.test("a84b4c76e66710", "a84b4c76e66710"));
        assertTrue(Operator.NOT_SAME_AS.test("a84b4c76e66710", "9fxced76sl"));
        assertFalse(Operator.NOT_SAME_AS.test("a84b4c76e66710", "a84b4c76e66710"));
        assertFalse(Operator.NOT_SAME_AS.test("a84b4c76e66710", "a84b4c76e66710"));
        assertTrue(Operator.NOT_SAME_AS.test("z9hG4bK1", "z9hG4bK2"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Operator.MATCHES.test("x", "["));
        assertTrue(e.getMessage().startsWith("not a regular expression: \"[\""), e.getMessage());
    }

    @Test
    void statusPatterns() {
        assertTrue(StatusPattern.of("1xx").matches(100));
        assertTrue(StatusPattern.of("1xx").matches(183));
        assertFalse(StatusPattern.of("1xx").matches(200));
        assertTrue(StatusPattern.of("420").matches(420));
        assertFalse(StatusPattern.of("420").matches(421));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusPattern.of("7xx"));
        assertEquals("not a status: \"7xx\" (write e.g. 200, 420 or 1xx, 2xx)", e.getMessage());
    }
}
