package io.sipspec.requirements;

import java.util.List;

/** The verdict on one requirement, from the outcomes of the scenarios that declare it. */
public enum Verdict {
    /** At least one scenario, and every one passed. */
    PASSING("passing"),
    /** At least one scenario failed (or was ambiguous). */
    FAILING("failing"),
    /** Scenarios exist but none failed and at least one did not pass: skipped, pending or undefined steps. */
    NOT_RUN("not run"),
    /** No scenario declares it. */
    UNCOVERED("no scenario");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Verdict of(List<ScenarioRun> scenarios) {
        if (scenarios.isEmpty()) {
            return UNCOVERED;
        }
        if (scenarios.stream().anyMatch(s -> s.outcome() == Outcome.FAILED || s.outcome() == Outcome.AMBIGUOUS)) {
            return FAILING;
        }
        return scenarios.stream().allMatch(s -> s.outcome() == Outcome.PASSED) ? PASSING : NOT_RUN;
    }
}
