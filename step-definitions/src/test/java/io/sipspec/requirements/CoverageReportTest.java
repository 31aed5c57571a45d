package io.sipspec.requirements;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.sipspec.requirements.CoverageTest.CATALOGUE;
import static io.sipspec.requirements.CoverageTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageReportTest {

    private static final Coverage COVERAGE = Coverage.of(CATALOGUE, List.of(
            run("405 <with> Allow", Outcome.PASSED, "@req-RFC3261-8.2.1-2"),
            run("no To tag", Outcome.FAILED, "@req-RFC3261-8.1.1.2-4"),
            run("typo | pipe", Outcome.SKIPPED, "@req-RFC3261-10.3-999")));

    @Test
    void writesHtmlAndMarkdown(@TempDir Path dir) throws IOException {
        Path html = CoverageReport.write(COVERAGE, dir.resolve("coverage"), "2026-01-01T00:00:00Z");
        assertEquals(dir.resolve("coverage").resolve("index.html"), html);
        assertTrue(Files.exists(dir.resolve("coverage").resolve("coverage.md")));
    }

    @Test
    void markdownListsRequirementScenariosAndVerdicts() {
        String md = CoverageMarkdown.render(COVERAGE, "2026-01-01T00:00:00Z");
        assertTrue(md.contains("from 3 scenarios (1 passed, 1 failed, 1 not run"), md);
        assertTrue(md.contains("| RFC3261-8.2.1-2 | MUST | UAS | passing | 405 <with> Allow (passed) |"), md);
        assertTrue(md.contains("| RFC3261-8.1.1.2-4 | MUST NOT | UAC | failing | no To tag (failed) |"), md);
        assertTrue(md.contains("## Errors in the tags (1)\n\n- unknown requirement id 'RFC3261-10.3-999'"), md);
        assertTrue(md.contains("\"typo \\| pipe\""), "pipes escaped in table cells: " + md);
        assertTrue(md.contains("## By level\n\n| level | requirements | wire-checkable | with a scenario | passing |\n"
                + "|---|---:|---:|---:|---:|\n| MUST / MUST NOT | 2 | 2 | 2 | 1 |\n"), md);
        assertTrue(md.contains("| UAC | MUST / MUST NOT | 1 | 1 | 1 | 0 |"), md);
        assertTrue(md.contains("not yet passing (1)\n\n- RFC3261-8.1.1.2-4 (failing)"), md);
        assertTrue(md.contains("- Wire-checkable MUST / MUST NOT of the UAC, UAS and registrar: 2; with a scenario 2"
                + " (100%); passing 1 (50%)."), md);
        assertTrue(md.contains("- Wire-checkable SHOULD / SHOULD NOT (all roles): 1; with a scenario 0 (0%);"
                + " passing 0 (0%)."), md);
    }

    @Test
    void htmlHasAnAnchorPerRequirementAndEscapesText() {
        String html = CoverageHtml.render(COVERAGE, "2026-01-01T00:00:00Z");
        assertTrue(html.contains("<tr id=\"RFC3261-8.2.1-2\" class=\"passing\">"), html);
        assertTrue(html.contains("<tr id=\"RFC3261-8.1.1.2-4\" class=\"failing\">"), html);
        assertTrue(html.contains("<tr id=\"RFC3261-10.3-10\" class=\"no-scenario\">"), html);
        assertTrue(html.contains("405 &lt;with&gt; Allow"), html);
        assertFalse(html.contains("405 <with>"), html);
        assertTrue(html.indexOf("id=\"section-8.1.1.2\"") < html.indexOf("id=\"section-8.2.1\"")
                && html.indexOf("id=\"section-8.2.4\"") < html.indexOf("id=\"section-10.3\""), "document order");
    }

    @Test
    void sectionsSortInDocumentOrder() {
        assertTrue(CoverageHtml.compareSections("8.2", "8.10") < 0);
        assertTrue(CoverageHtml.compareSections("8", "8.1") < 0);
        assertEquals(0, CoverageHtml.compareSections("17.1.1.2", "17.1.1.2"));
    }
}
