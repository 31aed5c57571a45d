package io.sipspec.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Address;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {

    private final ExpiryPolicy policy = new ExpiryPolicy(3600, 300, 7200);

    @Test
    @DisplayName("§10.3 step 7: the \"expires\" parameter, else the Expires header field, else the local default")
    void requestedInterval() {
        assertEquals(20, policy.requested(Address.parse("<sip:a@x>;expires=20"), 40L));
        assertEquals(40, policy.requested(Address.parse("<sip:a@x>"), 40L));
        assertEquals(3600, policy.requested(Address.parse("<sip:a@x>"), null));
        // Unbracketed, ";expires" is a header parameter too (§20.10).
        assertEquals(20, policy.requested(Address.parse("sip:a@x;expires=20"), null));
    }

    @Test
    @DisplayName("§10.2: \"Implementations MAY treat values larger than 2**32-1 ... as equivalent to 2**32-1\"; malformed is 3600")
    void expiresParameterValues() {
        assertEquals(4294967295L, ExpiryPolicy.expiresParameter("4294967296"));
        assertEquals(4294967295L, ExpiryPolicy.expiresParameter("999999999999999999999999"));
        assertEquals(3600, ExpiryPolicy.expiresParameter("-1"));
        assertEquals(3600, ExpiryPolicy.expiresParameter("Thu, 01 Dec 1994 16:00:00 GMT"));
        assertEquals(3600, ExpiryPolicy.expiresParameter(""));
        assertEquals(0, ExpiryPolicy.expiresParameter("0"));
    }

    @Test
    @DisplayName("§10.3 step 7: 423 \"If and only if ... greater than zero AND smaller than one hour AND less than a ... minimum\"")
    void tooBrief() {
        assertFalse(policy.isTooBrief(0));
        assertTrue(policy.isTooBrief(1));
        assertTrue(policy.isTooBrief(299));
        assertFalse(policy.isTooBrief(300));
        ExpiryPolicy strict = new ExpiryPolicy(7200, 7200, 7200);
        assertTrue(strict.isTooBrief(3599));
        assertFalse(strict.isTooBrief(3600));
    }

    @Test
    @DisplayName("§10.3 step 7: \"The registrar MAY choose an expiration less than the requested expiration interval.\"")
    void chosenIsAtMostTheMaximum() {
        assertEquals(7200, policy.chosen(7201));
        assertEquals(100, policy.chosen(100));
        assertEquals(0, policy.chosen(0));
    }

    @Test
    @DisplayName("a policy needs 0 <= min <= default <= max")
    void validation() {
        assertThrows(IllegalArgumentException.class, () -> new ExpiryPolicy(30, 60, 7200));
        assertThrows(IllegalArgumentException.class, () -> new ExpiryPolicy(3600, 60, 600));
        assertThrows(IllegalArgumentException.class, () -> new ExpiryPolicy(3600, -1, 7200));
    }
}
