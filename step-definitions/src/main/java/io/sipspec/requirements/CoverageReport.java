package io.sipspec.requirements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code index.html} and {@code coverage.md} of a coverage into a directory. */
public final class CoverageReport {

    private CoverageReport() {
    }

    /** Writes both files into {@code dir} (created if needed); returns the HTML file. */
    public static Path write(Coverage coverage, Path dir, String generated) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("coverage.md"), CoverageMarkdown.render(coverage, generated),
                StandardCharsets.UTF_8);
        Path html = dir.resolve("index.html");
        Files.writeString(html, CoverageHtml.render(coverage, generated), StandardCharsets.UTF_8);
        return html;
    }

    /** The coverage of {@code runs} against the catalogue at {@code catalogue}. */
    public static Coverage of(Path catalogue, List<ScenarioRun> runs) throws IOException {
        return Coverage.of(Catalogue.load(catalogue), runs);
    }
}
