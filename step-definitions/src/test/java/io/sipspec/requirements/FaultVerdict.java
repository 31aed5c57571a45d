package io.sipspec.requirements;

import io.sipspec.cli.ScenarioResult;
import java.time.Duration;
import java.util.List;

/**
 * What the suite did against one injected fault: the scenarios run (those of the catcher's tags, or all of them for
 * a fault no scenario is expected to catch) and how long it took. The fault is caught when one of them failed.
 */
record FaultVerdict(Catchers.Catcher catcher, List<ScenarioResult> scenarios, Duration took) {

    FaultVerdict {
        scenarios = List.copyOf(scenarios);
    }

    List<ScenarioResult> failed() {
        return scenarios.stream().filter(s -> s.status() == ScenarioResult.Status.FAILED).toList();
    }

    boolean caught() {
        return !failed().isEmpty();
    }
}
