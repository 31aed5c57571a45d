package io.sipspec.requirements;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.qameta.allure.Allure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Cucumber plugin that writes the coverage report at the end of every run of the suite: it collects each scenario's
 * tags and outcome, and when the run finishes writes {@code reports/coverage/index.html} and {@code coverage.md}
 * against {@code features/requirements/rfc3261.csv}, plus an Allure {@code executor.json} whose link on the Allure
 * overview opens the report (under Maven, allure-maven writes the same from its {@code executorInfo}). Each scenario
 * also gets Allure links to its requirements' rows in the report.
 * Register it after Allure's plugin, so the scenario's Allure test case exists when it adds the links.
 */
public final class CoveragePlugin implements ConcurrentEventListener {

    /** Where the report goes, relative to the project root. */
    public static final Path REPORT_DIR = Path.of("reports", "coverage");
    /** The report as seen from the Allure report ({@code reports/allure/index.html}). */
    static final String FROM_ALLURE = "../coverage/index.html";

    private final Path root;
    private final Path allureResults;
    private final List<ScenarioRun> runs = new ArrayList<>();

    public CoveragePlugin() {
        this(ProjectRoot.find(), Path.of(System.getProperty("allure.results.directory", "target/allure-results")));
    }

    CoveragePlugin(Path root, Path allureResults) {
        this.root = root;
        this.allureResults = allureResults;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, this::started);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> write());
    }

    private void started(TestCaseStarted event) {
        List<String> ids = ScenarioRun.requirementIds(event.getTestCase().getTags());
        if (ids.isEmpty()) {
            Allure.link("RFC 3261 coverage", FROM_ALLURE);
        }
        ids.forEach(id -> Allure.link(id, FROM_ALLURE + "#" + id));
    }

    private void finished(TestCaseFinished event) {
        TestCase tc = event.getTestCase();
        ScenarioRun run = new ScenarioRun(tc.getName(), location(tc), tc.getTags(),
                Outcome.of(event.getResult().getStatus().name()));
        synchronized (runs) {
            runs.add(run);
        }
    }

    private String location(TestCase tc) {
        String uri = tc.getUri().getPath();
        int features = uri == null ? -1 : uri.lastIndexOf("/features/");
        String file = features >= 0 ? uri.substring(features + 1) : String.valueOf(tc.getUri());
        return file + ":" + tc.getLocation().getLine();
    }

    /** Writes the report; returns the HTML file. */
    Path write() {
        List<ScenarioRun> snapshot;
        synchronized (runs) {
            snapshot = List.copyOf(runs);
        }
        try {
            Coverage coverage = Coverage.of(Catalogue.loadFrom(root), snapshot);
            Path html = CoverageReport.write(coverage, root.resolve(REPORT_DIR),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            AllureExecutor.write(allureResults, FROM_ALLURE);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the coverage report into " + root.resolve(REPORT_DIR), e);
        }
    }
}
