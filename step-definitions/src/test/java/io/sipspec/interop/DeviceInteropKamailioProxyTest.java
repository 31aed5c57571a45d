package io.sipspec.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sipspec.cli.RunReport;
import io.sipspec.cli.RunRequest;
import io.sipspec.cli.Runner;
import io.sipspec.cli.ScenarioResult;
import io.sipspec.device.DeviceProfile;
import io.sipspec.device.Profiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The @proxy features against Kamailio 5.6 (Debian package kamailio) as an external proxy (issue 9): the test starts
 * it with src/test/resources/interop/kamailio-proxy.cfg on a free port (UDP and TCP), runs every @proxy scenario of
 * ../features through the CLI's runner with profiles/kamailio-proxy.properties, and asserts each scenario's verdict
 * against {@link #EXPECTED}: a change in Kamailio's verdict (or a new @proxy scenario) fails the test. docs/interop.md
 * explains every failure and skip.
 */
class DeviceInteropKamailioProxyTest {

    /**
     * Scenarios Kamailio fails, each with the RFC 3261 sentence it does not follow (a deviation of Kamailio, or of
     * this configuration, as docs/interop.md says).
     */
    static final Map<String, String> DEVIATIONS = Map.of();

    /** Scenarios skipped against Kamailio, with the start of the reason (they set up an embedded proxy). */
    static final Map<String, String> SKIPPED = Map.of();

    @Test
    @DisplayName("Kamailio as the proxy: every @proxy scenario has its expected verdict")
    void theProxyFeaturesAgainstKamailio(@TempDir Path dir) throws Exception {
        String exe = Daemon.which("kamailio");
        assumeTrue(exe != null, "kamailio is not installed (apt-get install kamailio); .ci/run installs it");
        int port = Daemon.freeUdpPort();
        Path cfg = dir.resolve("kamailio.cfg");
        Files.writeString(cfg, config().replace("@PORT@", Integer.toString(port)).replace("@RUNDIR@", dir.toString()));
        try (Daemon check = Daemon.start("kamailio-check", List.of(exe, "-c", "-f", cfg.toString()))) {
            assertEquals(0, check.waitFor(20), () -> "kamailio -c rejects the configuration:\n" + check.output());
        }
        try (Daemon kamailio = Daemon.start("kamailio", List.of(exe, "-f", cfg.toString(), "-DD", "-E", "-m", "64", "-M", "8"))) {
            kamailio.awaitBound(port);
            DeviceProfile profile = Profiles.load(Path.of("..", "profiles", "kamailio-proxy.properties"),
                    Map.of("port", Integer.toString(port)));
            RunReport report = Runner.run(new RunRequest(List.of("../features"), "@proxy", profile, null, 4));
            Map<String, String> actual = new TreeMap<>();
            for (ScenarioResult s : report.scenarios()) {
                actual.put(s.name(), s.status() + (s.status() == ScenarioResult.Status.PASSED ? "" : ": " + s.message()));
            }
            String verdicts = actual.entrySet().stream().map(e -> e.getKey() + " -> " + e.getValue()).collect(Collectors.joining("\n"));
            Verdicts.assertVerdicts(report, DEVIATIONS, List.of());
            for (Map.Entry<String, String> s : SKIPPED.entrySet()) {
                assertEquals(ScenarioResult.Status.SKIPPED, report.scenario(s.getKey()).status(), () -> "expected skipped: " + s.getKey()
                        + "\n" + verdicts);
            }
            List<String> unexpectedSkips = report.scenarios().stream().filter(s -> s.status() == ScenarioResult.Status.SKIPPED)
                    .map(ScenarioResult::name).filter(n -> !SKIPPED.containsKey(n)).toList();
            assertEquals(List.of(), unexpectedSkips, () -> "skipped, but not expected to be\n" + verdicts);
            assertEquals(EXPECTED_PASSING, report.scenarios().stream().filter(s -> s.status() == ScenarioResult.Status.PASSED)
                    .map(ScenarioResult::name).sorted().toList(), () -> "the passing scenarios changed\n" + verdicts);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(dir)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** The @proxy scenarios Kamailio passes, sorted. */
    static final List<String> EXPECTED_PASSING = List.of();

    private static String config() throws Exception {
        try (InputStream in = DeviceInteropKamailioProxyTest.class.getResourceAsStream("/interop/kamailio-proxy.cfg")) {
            assertNotNull(in, "interop/kamailio-proxy.cfg is missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
