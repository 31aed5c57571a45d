package io.sipspec.requirements;

import java.util.List;

/** A requirement with the scenarios that declare it and the resulting verdict. */
public record RequirementCoverage(Requirement requirement, List<ScenarioRun> scenarios, Verdict verdict) {

    public RequirementCoverage {
        scenarios = List.copyOf(scenarios);
    }

    public boolean hasScenario() {
        return !scenarios.isEmpty();
    }

    public boolean passing() {
        return verdict == Verdict.PASSING;
    }
}
