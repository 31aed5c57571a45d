package io.sipspec.requirements;

import io.cucumber.plugin.event.Event;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CoveragePluginTest {

    /** Collects the handlers the plugin registers, so the test can publish events to it. */
    private static final class Publisher implements EventPublisher {
        private final Map<Class<?>, EventHandler<?>> handlers = new HashMap<>();

        @Override
        public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
            handlers.put(type, handler);
        }

        @Override
        public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
            handlers.remove(type);
        }

        @SuppressWarnings("unchecked")
        <T extends Event> void publish(Class<T> type, T event) {
            ((EventHandler<T>) handlers.get(type)).receive(event);
        }
    }

    /** A scenario as Cucumber describes it; the interface still has two deprecated methods to implement. */
    @SuppressWarnings("deprecation")
    private record Scenario(String name, List<String> tags) implements TestCase {
        @Override public Integer getLine() { return 7; }
        @Override public Location getLocation() { return new Location(7, 3); }
        @Override public String getKeyword() { return "Scenario"; }
        @Override public String getName() { return name; }
        @Override public String getScenarioDesignation() { return name; }
        @Override public List<String> getTags() { return tags; }
        @Override public List<TestStep> getTestSteps() { return List.of(); }
        @Override public URI getUri() { return URI.create("file:/tmp/p/features/rfc3261/08/x.feature"); }
        @Override public UUID getId() { return UUID.nameUUIDFromBytes(name.getBytes()); }
    }

    @Test
    void writesTheReportFromTheScenariosOutcomesWhenTheRunFinishes(@TempDir Path root) throws IOException {
        Path catalogue = root.resolve(Catalogue.PATH);
        Files.createDirectories(catalogue.getParent());
        Files.writeString(catalogue, CatalogueCsv.write(CoverageTest.CATALOGUE.requirements()));
        Path allure = root.resolve("allure-results");
        CoveragePlugin plugin = new CoveragePlugin(root, allure);
        Publisher publisher = new Publisher();
        plugin.setEventPublisher(publisher);
        Instant now = Instant.now();
        publisher.publish(TestCaseFinished.class, new TestCaseFinished(now,
                new Scenario("405", List.of("@uas", "@req-RFC3261-8.2.1-2")), new Result(Status.PASSED,
                Duration.ZERO, null)));
        publisher.publish(TestCaseFinished.class, new TestCaseFinished(now,
                new Scenario("skipped one", List.of("@req-RFC3261-10.3-10")), new Result(Status.SKIPPED,
                Duration.ZERO, null)));
        publisher.publish(TestRunFinished.class, new TestRunFinished(now, new Result(Status.PASSED,
                Duration.ZERO, null)));

        String md = Files.readString(root.resolve(CoveragePlugin.REPORT_DIR).resolve("coverage.md"));
        assertTrue(md.contains("| RFC3261-8.2.1-2 | MUST | UAS | passing | 405 (passed) |"), md);
        assertTrue(md.contains("| RFC3261-10.3-10 | SHOULD | registrar | not run | skipped one (skipped) |"), md);
        assertTrue(Files.readString(root.resolve(CoveragePlugin.REPORT_DIR).resolve("index.html"))
                .contains("features/rfc3261/08/x.feature:7"));
        String executor = Files.readString(allure.resolve("executor.json"));
        assertTrue(executor.contains("\"buildUrl\":\"../coverage/index.html\""), executor);
    }
}
