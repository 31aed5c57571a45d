package io.sipspec.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviationsTest {

    @Test
    void scenariosNameACauseOrGiveTheirOwnReason() {
        Map<String, String> d = Deviations.parse("f", List.of("# c", "@drops: it drops OPTIONS", "", "A = @drops",
                "B = §12.1.1: \"MUST copy\""));
        assertEquals(Map.of("A", "it drops OPTIONS", "B", "§12.1.1: \"MUST copy\""), d);
    }

    @Test
    void aTildeMarksAScenarioThatFailsInSomeRunsOnly() {
        Map<String, String> d = Deviations.parse("f", List.of("@drops: it drops OPTIONS", "A ~ @drops", "B ~ §1: timing", "C = x ~ y"));
        assertEquals(Deviations.SOMETIMES + "it drops OPTIONS", d.get("A"));
        assertEquals(Deviations.SOMETIMES + "§1: timing", d.get("B"));
        assertEquals("x ~ y", d.get("C"), "with \" = \" the line is an ordinary deviation");
    }

    @Test
    void unknownCausesDuplicatesAndLinesWithoutAReasonAreErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Deviations.parse("f", List.of("A = @nope", "A = x", "junk", "@c no colon")));
        assertEquals("f: line 2: the scenario is listed twice; line 3: no \" = \" in \"junk\"; line 4: a cause is \"@id: why\","
                + " each id once", e.getMessage());
    }

    @Test
    void theDeviceFilesRead() {
        assertEquals(true, Deviations.read("/interop/sipp.deviations").size() > 0);
        Deviations.read("/interop/kamailio-registrar.deviations");
        Deviations.read("/interop/kamailio-proxy.deviations");
    }
}
