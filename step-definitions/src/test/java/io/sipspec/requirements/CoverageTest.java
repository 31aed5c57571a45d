package io.sipspec.requirements;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageTest {

    static final Requirement MUST_UAS = row("RFC3261-8.2.1-2", "8.2.1", Keyword.MUST, Role.UAS, true);
    static final Requirement MUST_NOT_UAC = row("RFC3261-8.1.1.2-4", "8.1.1.2", Keyword.MUST_NOT, Role.UAC, true);
    static final Requirement SHOULD_REG = row("RFC3261-10.3-10", "10.3", Keyword.SHOULD, Role.REGISTRAR, true);
    static final Requirement MAY_UAS = row("RFC3261-8.2.4-3", "8.2.4", Keyword.MAY, Role.UAS, false);
    static final Catalogue CATALOGUE = Catalogue.of(List.of(MUST_NOT_UAC, MUST_UAS, MAY_UAS, SHOULD_REG));

    static Requirement row(String id, String section, Keyword k, Role role, boolean wire) {
        return new Requirement(id, section, k, List.of(k), role, wire, wire ? "" : "option", true, "It " + k.text());
    }

    static ScenarioRun run(String name, Outcome outcome, String... tags) {
        return new ScenarioRun(name, "features/x.feature:1", List.of(tags), outcome);
    }

    private static Verdict verdict(Coverage c, Requirement r) {
        return c.requirements().stream().filter(x -> x.requirement().equals(r)).findFirst().orElseThrow().verdict();
    }

    @Test
    void passingNeedsAScenarioAndEveryScenarioPassed() {
        Coverage c = Coverage.of(CATALOGUE, List.of(
                run("a", Outcome.PASSED, "@uas", "@req-RFC3261-8.2.1-2"),
                run("b", Outcome.PASSED, "@req-RFC3261-8.2.1-2")));
        assertEquals(Verdict.PASSING, verdict(c, MUST_UAS));
        assertEquals(Verdict.UNCOVERED, verdict(c, SHOULD_REG));
    }

    @Test
    void aFailedScenarioNeverCountsAsPassingEvenBesideAPassedOne() {
        Coverage c = Coverage.of(CATALOGUE, List.of(
                run("a", Outcome.PASSED, "@req-RFC3261-8.2.1-2"),
                run("b", Outcome.FAILED, "@req-RFC3261-8.2.1-2")));
        assertEquals(Verdict.FAILING, verdict(c, MUST_UAS));
        assertEquals(0, Tally.of(c.requirements()).passing());
    }

    @Test
    void skippedPendingUndefinedOrAmbiguousScenariosNeverCountAsPassing() {
        for (Outcome o : List.of(Outcome.SKIPPED, Outcome.PENDING, Outcome.UNDEFINED, Outcome.AMBIGUOUS,
                Outcome.UNUSED)) {
            Coverage c = Coverage.of(CATALOGUE, List.of(
                    run("a", Outcome.PASSED, "@req-RFC3261-8.2.1-2"),
                    run("b", o, "@req-RFC3261-8.2.1-2")));
            RequirementCoverage rc = c.requirements().stream().filter(x -> x.requirement() == MUST_UAS)
                    .findFirst().orElseThrow();
            assertTrue(rc.hasScenario());
            assertEquals(o == Outcome.AMBIGUOUS ? Verdict.FAILING : Verdict.NOT_RUN, rc.verdict(), o.name());
            assertEquals(0, Tally.of(c.requirements()).passing(), o.name());
        }
    }

    @Test
    void unknownRequirementIdsAreReportedAsErrors() {
        Coverage c = Coverage.of(CATALOGUE, List.of(
                run("typo", Outcome.PASSED, "@req-RFC3261-8.2.1-99", "@req-RFC3261-8.2.1-2"),
                run("bad", Outcome.PASSED, "@req-foo")));
        assertEquals(List.of(
                "unknown requirement id 'RFC3261-8.2.1-99' in tag @req-RFC3261-8.2.1-99 of scenario \"typo\" "
                        + "(features/x.feature:1)",
                "unknown requirement id 'foo' in tag @req-foo of scenario \"bad\" (features/x.feature:1)"),
                c.problems());
        assertEquals(Verdict.PASSING, verdict(c, MUST_UAS));
    }

    @Test
    void tablesCountLevelsSeparately() {
        Coverage c = Coverage.of(CATALOGUE, List.of(
                run("a", Outcome.PASSED, "@req-RFC3261-8.2.1-2", "@req-RFC3261-10.3-10"),
                run("b", Outcome.SKIPPED, "@req-RFC3261-8.1.1.2-4"),
                run("c", Outcome.PASSED)));
        assertEquals(List.of(
                new CoverageTables.Row("all", Keyword.Level.MUST, new Tally(2, 2, 2, 1)),
                new CoverageTables.Row("all", Keyword.Level.SHOULD, new Tally(1, 1, 1, 1)),
                new CoverageTables.Row("all", Keyword.Level.MAY, new Tally(1, 0, 0, 0))),
                CoverageTables.byLevel(c));
        assertEquals(List.of(
                new CoverageTables.Row("UAC", Keyword.Level.MUST, new Tally(1, 1, 1, 0)),
                new CoverageTables.Row("UAS", Keyword.Level.MUST, new Tally(1, 1, 1, 1)),
                new CoverageTables.Row("UAS", Keyword.Level.MAY, new Tally(1, 0, 0, 0)),
                new CoverageTables.Row("registrar", Keyword.Level.SHOULD, new Tally(1, 1, 1, 1))),
                CoverageTables.byRole(c));
        assertEquals(List.of("§8", "§10"),
                CoverageTables.byChapter(c).stream().map(CoverageTables.Row::group).distinct().toList());
        assertEquals(List.of("c"), c.untraced().stream().map(ScenarioRun::name).toList());
        assertEquals(List.of(MUST_NOT_UAC), CoverageText.mustGaps(c).stream()
                .map(RequirementCoverage::requirement).toList());
    }
}
