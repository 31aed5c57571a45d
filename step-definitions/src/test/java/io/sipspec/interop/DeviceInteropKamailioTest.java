package io.sipspec.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sipspec.cli.RunReport;
import io.sipspec.cli.RunRequest;
import io.sipspec.cli.Runner;
import io.sipspec.device.DeviceProfile;
import io.sipspec.device.Profiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The features against Kamailio 5.6 (Debian package kamailio) as an external registrar: the test starts it with
 * src/test/resources/interop/kamailio-registrar.cfg on a free port and runs ../features through the CLI's runner with
 * profiles/kamailio-registrar.properties. The verdicts are recorded in docs/interop.md.
 */
class DeviceInteropKamailioTest {

    /** Scenarios where Kamailio deviates from RFC 3261 (docs/interop.md). */
    static final Map<String, String> DEVIATIONS = Deviations.read("/interop/kamailio-registrar.deviations");

    @Test
    @DisplayName("Kamailio as the registrar: every registrar scenario passes; the others are skipped with a reason")
    void theRegistrarFeaturesAgainstKamailio(@TempDir Path dir) throws Exception {
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
            DeviceProfile profile = Profiles.load(Path.of("..", "profiles", "kamailio-registrar.properties"),
                    Map.of("port", Integer.toString(port)));
            RunReport report = Runner.run(new RunRequest(List.of("../features"), null, profile, null, 4));
            Verdicts.assertVerdicts(report, DEVIATIONS, List.of(
                    "A registration is added and the 200 lists it with its expiry",
                    "An expiry shorter than the registrar's minimum gets 423 with Min-Expires"));
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

    private static String config() throws Exception {
        try (InputStream in = DeviceInteropKamailioTest.class.getResourceAsStream("/interop/kamailio-registrar.cfg")) {
            assertNotNull(in, "interop/kamailio-registrar.cfg is missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
