package io.sipspec.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.cli.RunReport;
import io.sipspec.cli.ScenarioResult;
import java.util.List;
import java.util.Map;

/**
 * The expected verdicts of a device: every scenario that applies passes, except the listed ones, where the device
 * deviates from RFC 3261 (docs/interop.md explains each): those must fail. So the suite's verdict is itself tested.
 */
final class Verdicts {

    private Verdicts() {
    }

    /**
     * @param deviations scenario name -> the RFC sentence the device does not follow
     * @param passing    scenarios that must pass (at least these; any other that applies must pass too)
     */
    static void assertVerdicts(RunReport report, Map<String, String> deviations, List<String> passing) {
        String summary = report.summary();
        for (Map.Entry<String, String> d : deviations.entrySet()) {
            if (d.getValue().startsWith(Deviations.SOMETIMES)) {
                ScenarioResult.Status status = report.scenario(d.getKey()).status();
                assertTrue(status == ScenarioResult.Status.FAILED || status == ScenarioResult.Status.PASSED,
                        () -> "expected to pass or fail (" + d.getValue() + "): " + d.getKey() + ", but " + status + "\n" + summary);
                continue;
            }
            assertEquals(ScenarioResult.Status.FAILED, report.scenario(d.getKey()).status(),
                    () -> "expected to fail (" + d.getValue() + "): " + d.getKey() + "\n" + summary);
        }
        for (String p : passing) {
            assertEquals(ScenarioResult.Status.PASSED, report.scenario(p).status(), () -> "expected to pass: " + p + "\n" + summary);
        }
        List<String> unexpected = report.scenarios().stream()
                .filter(s -> s.status() == ScenarioResult.Status.FAILED && !deviations.containsKey(s.name()))
                .map(s -> s.name() + ": " + s.message()).toList();
        assertEquals(List.of(), unexpected, () -> "failed, but not a known deviation of the device\n" + summary);
        assertTrue(report.count(ScenarioResult.Status.PASSED) + deviations.size() > 0, summary);
    }
}
