package io.sipspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.cli.RunReport;
import io.sipspec.cli.RunRequest;
import io.sipspec.cli.Runner;
import io.sipspec.cli.ScenarioResult;
import io.sipspec.device.Applicability;
import io.sipspec.device.Profiles;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@code @slow} scenarios (minutes of real time, e.g. a proxy's Timer C of more than 3 minutes, RFC 3261 §16.6 step
 * 11) against the embedded stack, in parallel, on every build: the conformance suite leaves them out to stay within its
 * budget, so without this run their requirements would never be shown passing.
 */
class SlowScenariosTest {

    @Test
    @DisplayName("the @slow scenarios pass against the embedded stack")
    void theSlowScenariosPass() {
        String before = System.getProperty(Applicability.SLOW);
        System.setProperty(Applicability.SLOW, "true");
        try {
            RunReport report = Runner.run(new RunRequest(List.of("../features"), "@slow", Profiles.embedded(), null, 4));
            assertTrue(report.scenarios().size() >= 2, () -> "the @slow scenarios were not found\n" + report.summary());
            List<String> notPassed = report.scenarios().stream().filter(s -> s.status() != ScenarioResult.Status.PASSED)
                    .map(s -> s.name() + ": " + s.status() + " " + s.message()).toList();
            assertEquals(List.of(), notPassed, report::summary);
        } finally {
            if (before == null) {
                System.clearProperty(Applicability.SLOW);
            } else {
                System.setProperty(Applicability.SLOW, before);
            }
        }
    }
}
