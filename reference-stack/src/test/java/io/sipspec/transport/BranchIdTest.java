package io.sipspec.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Identifiers;
import io.sipspec.message.Via;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * RFC 3261 §8.1.1.7: "The branch parameter value MUST be unique across space and time for all requests sent by the
 * UA." and "The branch ID inserted by an element compliant with this specification MUST always begin with the
 * characters "z9hG4bK"."
 */
class BranchIdTest {

    @Test
    void manyBranchesAreDistinctCarryTheCookieAndFitAVia() {
        int n = 100_000;
        Set<String> seen = new HashSet<>(n * 2);
        for (int i = 0; i < n; i++) {
            String b = Identifiers.newBranch();
            assertTrue(b.startsWith(Via.MAGIC_COOKIE), b);
            assertTrue(b.length() > Via.MAGIC_COOKIE.length() + 8, b);
            assertTrue(seen.add(b), "repeated branch " + b);
        }
        assertEquals(n, seen.size());
        String b = Identifiers.newBranch();
        Via v = Via.parse("SIP/2.0/UDP 127.0.0.1:5060;branch=" + b);
        assertTrue(v.hasMagicCookie());
        assertEquals(b, v.branch());
    }
}
