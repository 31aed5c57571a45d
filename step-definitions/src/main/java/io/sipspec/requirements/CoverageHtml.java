package io.sipspec.requirements;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The coverage report as one self-contained HTML page ({@code reports/coverage/index.html}). Each requirement row
 * has its id as anchor ({@code index.html#RFC3261-8.2.1-1}), which the Allure report links to.
 */
final class CoverageHtml {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1.5em}
            th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;font-size:.9em}
            th{background:#f2f2f2}td.n{text-align:right}
            .passing{background:#d9f2d9}.failing{background:#f8d0d0}.not-run{background:#fde9c4}
            .no-scenario{color:#777}.errors{color:#a00}
            td.sentence{max-width:60em}
            """;

    private CoverageHtml() {
    }

    static String render(Coverage coverage, String generated) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>RFC 3261 coverage</title><style>" + STYLE + "</style></head><body>\n");
        out.append("<h1>RFC 3261 coverage</h1>\n<p>").append(esc(CoverageText.summary(coverage, generated)))
                .append("</p>\n<p>A requirement is <b>passing</b> only when at least one scenario declares it "
                        + "(<code>@req-&lt;id&gt;</code>) and every one of them passed; a failed, skipped, pending or"
                        + " undefined scenario never counts. Markdown: <a href=\"coverage.md\">coverage.md</a>."
                        + "</p>\n");
        out.append("<ul>");
        CoverageText.goals(coverage).forEach(g -> out.append("<li>").append(esc(g)).append("</li>"));
        out.append("</ul>\n");
        if (!coverage.problems().isEmpty()) {
            out.append("<h2 class=\"errors\">Errors in the tags (").append(coverage.problems().size())
                    .append(")</h2>\n<ul class=\"errors\">");
            coverage.problems().forEach(p -> out.append("<li>").append(esc(p)).append("</li>"));
            out.append("</ul>\n");
        }
        table(out, "By level", null, CoverageTables.byLevel(coverage));
        table(out, "By role", "role", CoverageTables.byRole(coverage));
        table(out, "By section", "section", CoverageTables.byChapter(coverage));
        requirements(out, coverage.requirements());
        return out.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder out, String title, String group, List<CoverageTables.Row> rows) {
        out.append("<h2>").append(title).append("</h2>\n<table><tr>")
                .append(group == null ? "" : "<th>" + group + "</th>")
                .append("<th>level</th><th>requirements</th><th>wire-checkable</th><th>with a scenario</th>"
                        + "<th>passing</th></tr>\n");
        for (CoverageTables.Row row : rows) {
            Tally t = row.tally();
            out.append("<tr>").append(group == null ? "" : "<td>" + esc(row.group()) + "</td>").append("<td>")
                    .append(esc(row.level().label())).append("</td><td class=\"n\">").append(t.total())
                    .append("</td><td class=\"n\">").append(t.wireCheckable()).append("</td><td class=\"n\">")
                    .append(t.withScenario()).append(" (").append(Tally.percent(t.withScenario(), t.total()))
                    .append(")</td><td class=\"n\">").append(t.passing()).append(" (")
                    .append(Tally.percent(t.passing(), t.total())).append(")</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void requirements(StringBuilder out, List<RequirementCoverage> all) {
        Map<String, List<RequirementCoverage>> bySection = all.stream().collect(Collectors.groupingBy(
                c -> c.requirement().section(), () -> new TreeMap<>(CoverageHtml::compareSections),
                Collectors.toList()));
        out.append("<h2>Requirements by section</h2>\n");
        bySection.forEach((section, list) -> {
            out.append("<h3 id=\"section-").append(esc(section)).append("\">§").append(esc(section))
                    .append("</h3>\n<table><tr><th>requirement</th><th>key word</th><th>role</th>"
                            + "<th>wire-checkable</th><th>verdict</th><th>scenarios</th><th>sentence</th></tr>\n");
            for (RequirementCoverage c : list) {
                Requirement r = c.requirement();
                String css = c.verdict().label().replace(' ', '-');
                out.append("<tr id=\"").append(esc(r.id())).append("\" class=\"").append(css).append("\"><td>")
                        .append(esc(r.id())).append(r.curated() ? "" : " <small>(auto)</small>").append("</td><td>")
                        .append(esc(r.keyword().text())).append("</td><td>").append(esc(r.role().label()))
                        .append("</td><td>").append(r.wireCheckable() ? "yes" : "no: " + esc(r.reason()))
                        .append("</td><td>").append(esc(c.verdict().label())).append("</td><td>")
                        .append(c.scenarios().stream().map(s -> esc(s.name()) + " <small>(" + esc(s.outcome().label())
                                + ", " + esc(s.location()) + ")</small>").collect(Collectors.joining("<br>")))
                        .append("</td><td class=\"sentence\">").append(esc(r.sentence())).append("</td></tr>\n");
            }
            out.append("</table>\n");
        });
    }

    /** Section numbers in document order: 8.2 before 8.10. */
    static int compareSections(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
