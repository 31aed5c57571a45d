package io.sipspec.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FaultSetTest {

    /** Issue 7: "at least one per section covered (sections 7–15, 17–22 and 25". */
    private static final List<String> SECTIONS = List.of("7", "8", "9", "10", "11", "12", "13", "14", "15", "17", "18", "19", "20",
            "21", "22", "25");

    @Test
    void atLeastTwentyFiveFaultsWithDistinctIds() {
        assertTrue(Fault.values().length >= 25, "faults: " + Fault.values().length);
        Set<String> ids = Arrays.stream(Fault.values()).map(Fault::id).collect(Collectors.toSet());
        assertEquals(Fault.values().length, ids.size());
        for (Fault f : Fault.values()) {
            assertTrue(f.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), f.id());
            assertFalse(f.rfcSentence().isBlank(), f.id());
            assertFalse(f.description().isBlank(), f.id());
        }
    }

    @Test
    void everyCoveredSectionHasAFault() {
        Set<String> chapters = Arrays.stream(Fault.values()).map(f -> f.section().split("\\.")[0]).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(chapters.containsAll(SECTIONS), "sections with a fault: " + chapters);
    }

    @Test
    void parsesCommaSeparatedIdsCaseInsensitively() {
        FaultSet s = FaultSet.parse(" no-to-tag, WRONG-VIA ,,");
        assertEquals(EnumSet.of(Fault.NO_TO_TAG, Fault.WRONG_VIA), s.faults());
        assertTrue(s.has(Fault.NO_TO_TAG));
        assertFalse(s.has(Fault.NO_RECEIVED));
        assertEquals("no-to-tag,wrong-via", s.toString());
        assertEquals(s, FaultSet.parse(s.toString()));
    }

    @Test
    void blankMeansNone() {
        assertSame(FaultSet.NONE, FaultSet.parse(""));
        assertSame(FaultSet.NONE, FaultSet.parse(" , "));
        assertSame(FaultSet.NONE, FaultSet.of());
        assertTrue(FaultSet.NONE.isEmpty());
        assertEquals("", FaultSet.NONE.toString());
    }

    @Test
    void anUnknownIdIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FaultSet.parse("no-to-tag,no-such-fault"));
        assertTrue(e.getMessage().startsWith("'no-such-fault' is not a fault; one of wrong-sip-version, "), e.getMessage());
    }

    @Test
    void everyIdParsesBackToItsFault() {
        for (Fault f : Fault.values()) {
            assertEquals(EnumSet.of(f), FaultSet.parse(f.id()).faults());
        }
    }

    @Test
    void skipsRejectionOnlyForTheChecksItsFaultsSkip() {
        FaultSet none = FaultSet.NONE;
        for (int status : new int[] {405, 416, 420, 501, 481, 400}) {
            assertFalse(none.skipsRejection(status), Integer.toString(status));
        }
        assertTrue(FaultSet.of(Fault.UNKNOWN_METHOD_ACCEPTED).skipsRejection(405));
        assertTrue(FaultSet.of(Fault.UNKNOWN_METHOD_ACCEPTED).skipsRejection(501));
        assertFalse(FaultSet.of(Fault.UNKNOWN_METHOD_ACCEPTED).skipsRejection(416));
        assertTrue(FaultSet.of(Fault.UNSUPPORTED_SCHEME_ACCEPTED).skipsRejection(416));
        assertTrue(FaultSet.of(Fault.REQUIRE_IGNORED).skipsRejection(420));
        assertFalse(FaultSet.of(Fault.REQUIRE_IGNORED).skipsRejection(400));
    }
}
