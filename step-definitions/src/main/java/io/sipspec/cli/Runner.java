package io.sipspec.cli;

import io.sipspec.device.ActiveProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs features with Cucumber on the JUnit Platform launcher against the profile's device, in-process, and collects
 * each scenario's verdict. Scenarios run in parallel on {@code threads} threads; each peer binds its own free port, and
 * scenarios tagged {@code @isolated} (e.g. a fixed port) run alone.
 */
public final class Runner {

    private Runner() {
    }

    public static RunReport run(RunRequest request) {
        Map<String, String> config = new java.util.LinkedHashMap<>(configuration(request.threads()));
        List<String> plugins = new ArrayList<>();
        if (request.reportDir() != null) {
            Path dir = request.reportDir().toAbsolutePath();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the report folder " + dir + ": " + e.getMessage(), e);
            }
            plugins.add("html:" + dir.resolve("cucumber.html"));
            plugins.add("junit:" + dir.resolve("junit.xml"));
            if (request.allure()) {
                plugins.add("io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm");
                System.setProperty("allure.results.directory", dir.resolve("allure-results").toString());
            }
        }
        if (!plugins.isEmpty()) {
            config.put("cucumber.plugin", String.join(", ", plugins));
        }
        if (request.tags() != null && !request.tags().isBlank()) {
            config.put("cucumber.filter.tags", request.tags());
        }
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String f : request.features()) {
            selectors.add(selector(f));
        }
        LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request().selectors(selectors)
                .configurationParameters(config).build();
        Collector collector = new Collector();
        try (ActiveProfile.Scope ignored = ActiveProfile.use(request.profile())) {
            LauncherFactory.create().execute(discovery, collector);
        }
        return new RunReport(collector.results);
    }

    /** Glue, object factory and parallel execution: the same as ConformanceSuite with junit-platform.properties. */
    static Map<String, String> configuration(int threads) {
        return Map.of(
                "cucumber.glue", "io.sipspec.steps",
                "cucumber.object-factory", "io.sipspec.steps.ScenarioObjectFactory",
                "cucumber.execution.parallel.enabled", Boolean.toString(threads > 1),
                "cucumber.execution.parallel.config.strategy", "fixed",
                "cucumber.execution.parallel.config.fixed.parallelism", Integer.toString(threads),
                "cucumber.execution.parallel.config.fixed.max-pool-size", Integer.toString(threads),
                "cucumber.execution.exclusive-resources.isolated.read-write",
                "org.junit.platform.engine.support.hierarchical.ExclusiveResource.GLOBAL_KEY",
                "cucumber.publish.quiet", "true");
    }

    private static DiscoverySelector selector(String feature) {
        if (feature.startsWith("classpath:")) {
            return DiscoverySelectors.selectClasspathResource(feature.substring("classpath:".length()));
        }
        Path p = Path.of(feature);
        if (Files.isDirectory(p)) {
            return DiscoverySelectors.selectDirectory(p.toFile());
        }
        if (Files.isRegularFile(p)) {
            return DiscoverySelectors.selectFile(p.toFile());
        }
        throw new IllegalArgumentException("no such feature file or folder: " + feature);
    }

    /** Each scenario's verdict, from the launcher's events (scenarios may finish on several threads at once). */
    private static final class Collector implements TestExecutionListener {

        final List<ScenarioResult> results = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            // Cucumber's engine reports the scenarios that --tags leaves out as skipped; they were not asked for.
            if (id.isTest() && !(reason.startsWith("'cucumber.filter.tags=") && reason.endsWith("did not match this scenario"))) {
                add(id, ScenarioResult.Status.SKIPPED, reason);
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) {
                return;
            }
            String message = result.getThrowable().map(t -> Optional.ofNullable(t.getMessage()).orElse(t.toString())).orElse("");
            ScenarioResult.Status status = switch (result.getStatus()) {
                case SUCCESSFUL -> ScenarioResult.Status.PASSED;
                case ABORTED -> ScenarioResult.Status.SKIPPED;
                case FAILED -> ScenarioResult.Status.FAILED;
            };
            add(id, status, message);
        }

        private void add(TestIdentifier id, ScenarioResult.Status status, String message) {
            if (seen.putIfAbsent(id.getUniqueId(), true) != null) {
                return;
            }
            results.add(new ScenarioResult(id.getDisplayName(), source(id),
                    id.getTags().stream().map(TestTag::getName).collect(Collectors.toSet()), status, message));
        }

        private static String source(TestIdentifier id) {
            return id.getSource().map(s -> {
                if (s instanceof FileSource f) {
                    return f.getFile().getName() + f.getPosition().map(FilePosition::getLine).map(l -> ":" + l).orElse("");
                }
                if (s instanceof UriSource u) {
                    String uri = u.getUri().toString();
                    return uri.substring(uri.lastIndexOf('/') + 1);
                }
                return "";
            }).orElse("");
        }
    }
}
