package io.sipspec.requirements;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Wording and selections shared by the markdown and HTML reports. */
final class CoverageText {

    /** The roles whose wire-checkable MUSTs issue 7 asks to cover completely. */
    static final Set<Role> TARGET_ROLES = EnumSet.of(Role.UAC, Role.UAS, Role.REGISTRAR);

    private CoverageText() {
    }

    static String summary(Coverage coverage, String generated) {
        List<ScenarioRun> runs = coverage.scenarios();
        long passed = runs.stream().filter(s -> s.outcome() == Outcome.PASSED).count();
        long failed = runs.stream().filter(s -> s.outcome() == Outcome.FAILED || s.outcome() == Outcome.AMBIGUOUS)
                .count();
        long curated = coverage.requirements().stream().filter(c -> c.requirement().curated()).count();
        Tally all = Tally.of(coverage.requirements());
        return "Generated " + generated + " from " + runs.size() + " scenarios (" + passed + " passed, " + failed
                + " failed, " + (runs.size() - passed - failed) + " not run: skipped, pending or undefined). "
                + "Catalogue: " + all.total() + " requirements (" + curated + " curated), " + all.withScenario()
                + " with a scenario, " + all.passing() + " passing.";
    }

    /**
     * Issue 7's two figures: the wire-checkable MUST / MUST NOT of the UAC, UAS and registrar (goal: all with a
     * scenario, all passing) and the wire-checkable SHOULD / SHOULD NOT (goal: 80% with a scenario).
     */
    static List<String> goals(Coverage coverage) {
        Tally must = Tally.of(coverage.requirements().stream()
                .filter(c -> c.requirement().level() == Keyword.Level.MUST && c.requirement().wireCheckable()
                        && TARGET_ROLES.contains(c.requirement().role())).toList());
        Tally should = Tally.of(coverage.requirements().stream()
                .filter(c -> c.requirement().level() == Keyword.Level.SHOULD && c.requirement().wireCheckable())
                .toList());
        return List.of(
                "Wire-checkable MUST / MUST NOT of the UAC, UAS and registrar: " + must.total() + "; with a scenario "
                        + must.withScenario() + " (" + Tally.percent(must.withScenario(), must.total())
                        + "); passing " + must.passing() + " (" + Tally.percent(must.passing(), must.total()) + ").",
                "Wire-checkable SHOULD / SHOULD NOT (all roles): " + should.total() + "; with a scenario "
                        + should.withScenario() + " (" + Tally.percent(should.withScenario(), should.total())
                        + "); passing " + should.passing() + " (" + Tally.percent(should.passing(), should.total())
                        + ").");
    }

    /** Wire-checkable MUST-level requirements of the target roles that are not passing. */
    static List<RequirementCoverage> mustGaps(Coverage coverage) {
        return coverage.requirements().stream()
                .filter(c -> c.requirement().level() == Keyword.Level.MUST && c.requirement().wireCheckable()
                        && TARGET_ROLES.contains(c.requirement().role()) && !c.passing())
                .toList();
    }
}
