package io.sipspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.cli.RunReport;
import io.sipspec.cli.RunRequest;
import io.sipspec.cli.Runner;
import io.sipspec.cli.ScenarioResult;
import io.sipspec.device.Profiles;
import io.sipspec.fault.Fault;
import io.sipspec.fault.FaultSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 7: "Each fault must make at least one scenario fail. A test runs the suite against each fault and asserts
 * that it is caught. Report the mutation score: faults caught out of faults injected." For each fault of
 * {@link Fault}, the embedded device runs with it ({@code sipspec.faults}, read when each scenario starts its device)
 * and the scenarios that catch it (catchers.properties) run against it: one must fail. A fault listed as uncaught runs
 * against the whole suite, which must pass, so the list of uncaught faults is exactly the data file's. The score goes
 * to reports/coverage/mutation.md (target/mutation.md without reports/) and to the output.
 */
class MutationScoreTest {

    private static final int THREADS = 4;
    private static final Map<Fault, FaultVerdict> VERDICTS = new TreeMap<>();

    @Test
    void theDataFileListsEveryFaultOnce() throws IOException {
        Catchers catchers = Catchers.read();
        List<Fault> missing = Arrays.stream(Fault.values()).filter(f -> catchers.of(f) == null).toList();
        assertEquals(List.of(), missing, "faults without a line in " + Catchers.FILE);
    }

    @Test
    void aLineNamingNoFaultIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Catchers.parse(List.of("no-to-tag=@rfc3261-8.2.6.2", "no-such-fault=@x", "no-to-tag=@y", "junk")));
        assertEquals(Catchers.FILE + ": line 2: 'no-such-fault' is not a fault; line 3: no-to-tag is listed twice; line 4: no '='"
                + " in \"junk\"", e.getMessage());
    }

    @Test
    void theCaughtByColumnOfDocsFaultsMdIsTheDataFiles() throws IOException {
        Catchers catchers = Catchers.read();
        Path doc = ProjectRoot.find().resolve("docs").resolve("faults.md");
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<String> expected = MutationReport.withCaughtBy(lines, catchers.byFault());
        if (Boolean.getBoolean("sipspec.mutation.write")) {
            Files.write(doc, expected, StandardCharsets.UTF_8);
            lines = expected;
        }
        long rows = lines.stream().filter(l -> MutationReport.faultOfRow(l) != null).count();
        assertEquals(Fault.values().length, rows, "one row per fault in " + doc);
        assertEquals(String.join("\n", expected), String.join("\n", lines), doc + " differs from " + Catchers.FILE
                + "; rewrite it with -Dsipspec.mutation.write=true");
    }

    @TestFactory
    Stream<DynamicTest> eachFaultMakesAScenarioFail() throws IOException {
        Catchers catchers = Catchers.read();
        return Arrays.stream(Fault.values()).map(catchers::of).filter(c -> c != null).map(c -> c.expectedCaught()
                ? DynamicTest.dynamicTest(c.fault().id() + " is caught by " + c.tags(), () -> {
                    FaultVerdict v = inject(c);
                    assertFalse(v.scenarios().isEmpty(), "no scenario matches " + c.tags());
                    assertTrue(v.caught(), () -> c.fault().id() + " (§" + c.fault().section() + ", \"" + c.fault().rfcSentence()
                            + "\"): no scenario of " + c.tags() + " failed:\n" + names(v.scenarios()));
                })
                : DynamicTest.dynamicTest(c.fault().id() + " is caught by no scenario: " + c.uncaughtReason(), () -> {
                    FaultVerdict v = inject(c);
                    assertFalse(v.caught(), () -> c.fault().id() + " is listed as uncaught, but these scenarios catch it (give it"
                            + " their tags in " + Catchers.FILE + "):\n" + names(v.failed()));
                }));
    }

    /** Runs the catcher's scenarios (all of them for an uncaught fault) against the embedded device with the fault. */
    private static FaultVerdict inject(Catchers.Catcher c) {
        String before = System.getProperty(FaultSet.PROPERTY);
        long start = System.nanoTime();
        RunReport report;
        try {
            System.setProperty(FaultSet.PROPERTY, c.fault().id());
            report = Runner.run(new RunRequest(List.of("../features"), c.tags(), Profiles.embedded(), null, THREADS));
        } finally {
            if (before == null) {
                System.clearProperty(FaultSet.PROPERTY);
            } else {
                System.setProperty(FaultSet.PROPERTY, before);
            }
        }
        FaultVerdict v = new FaultVerdict(c, report.scenarios(), Duration.ofNanos(System.nanoTime() - start));
        synchronized (VERDICTS) {
            VERDICTS.put(c.fault(), v);
        }
        return v;
    }

    private static String names(List<ScenarioResult> scenarios) {
        return scenarios.stream().map(s -> "  " + s.status() + " " + s.name() + " (" + s.source() + ")").collect(Collectors.joining("\n"));
    }

    @AfterAll
    static void writeTheScore() throws IOException {
        if (VERDICTS.isEmpty()) {
            return;
        }
        String markdown = MutationReport.markdown(VERDICTS.values());
        Path reports = ProjectRoot.find().resolve("reports");
        Path file = Files.isDirectory(reports) ? reports.resolve("coverage").resolve("mutation.md") : Path.of("target", "mutation.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        Duration total = VERDICTS.values().stream().map(FaultVerdict::took).reduce(Duration.ZERO, Duration::plus);
        System.out.println(markdown + "\n(" + total.toMillis() + " ms in the suite runs; written to " + file + ")");
    }
}
