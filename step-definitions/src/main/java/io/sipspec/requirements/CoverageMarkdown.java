package io.sipspec.requirements;

import java.util.List;
import java.util.stream.Collectors;

/** The coverage report as markdown ({@code reports/coverage/coverage.md}). */
final class CoverageMarkdown {

    private CoverageMarkdown() {
    }

    static String render(Coverage coverage, String generated) {
        StringBuilder out = new StringBuilder("# RFC 3261 coverage\n\n");
        out.append(CoverageText.summary(coverage, generated)).append("\n\n");
        out.append("A requirement is **passing** only when at least one scenario declares it (`@req-<id>`) and every "
                + "one of them passed; a failed, skipped, pending or undefined scenario never counts.\n\n");
        CoverageText.goals(coverage).forEach(g -> out.append("- ").append(g).append('\n'));
        out.append('\n');
        if (!coverage.problems().isEmpty()) {
            out.append("## Errors in the tags (").append(coverage.problems().size()).append(")\n\n");
            coverage.problems().forEach(p -> out.append("- ").append(cell(p)).append('\n'));
            out.append('\n');
        }
        table(out, "By level", "level", CoverageTables.byLevel(coverage), false);
        table(out, "By role", "role", CoverageTables.byRole(coverage), true);
        table(out, "By section", "section", CoverageTables.byChapter(coverage), true);
        out.append("## Requirements with scenarios\n\n| requirement | key word | role | verdict | scenarios |\n")
                .append("|---|---|---|---|---|\n");
        for (RequirementCoverage c : coverage.requirements()) {
            if (!c.hasScenario()) {
                continue;
            }
            Requirement r = c.requirement();
            out.append("| ").append(r.id()).append(" | ").append(r.keyword().text()).append(" | ")
                    .append(r.role().label()).append(" | ").append(c.verdict().label()).append(" | ")
                    .append(c.scenarios().stream().map(s -> cell(s.name()) + " (" + s.outcome().label() + ")")
                            .collect(Collectors.joining("<br>"))).append(" |\n");
        }
        List<RequirementCoverage> gaps = CoverageText.mustGaps(coverage);
        out.append("\n## Wire-checkable MUST / MUST NOT of the UAC, UAS and registrar not yet passing (")
                .append(gaps.size()).append(")\n\n");
        gaps.forEach(c -> out.append("- ").append(c.requirement().id()).append(" (").append(c.verdict().label())
                .append("): ").append(cell(c.requirement().sentence())).append('\n'));
        List<ScenarioRun> untraced = coverage.untraced();
        out.append("\n## Scenarios that declare no requirement (").append(untraced.size()).append(")\n\n");
        untraced.forEach(s -> out.append("- ").append(cell(s.name())).append(" (").append(s.location())
                .append(", ").append(s.outcome().label()).append(")\n"));
        return out.toString();
    }

    private static void table(StringBuilder out, String title, String group, List<CoverageTables.Row> rows,
                              boolean grouped) {
        out.append("## ").append(title).append("\n\n| ").append(grouped ? group + " | " : "")
                .append("level | requirements | wire-checkable | with a scenario | passing |\n|")
                .append(grouped ? "---|" : "").append("---|---:|---:|---:|---:|\n");
        for (CoverageTables.Row row : rows) {
            Tally t = row.tally();
            out.append("| ").append(grouped ? row.group() + " | " : "").append(row.level().label()).append(" | ")
                    .append(t.total()).append(" | ").append(t.wireCheckable()).append(" | ")
                    .append(t.withScenario()).append(" | ").append(t.passing()).append(" |\n");
        }
        out.append('\n');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
