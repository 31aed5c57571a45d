package io.sipspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vendors' command line: arguments, the summary by RFC section, the exit status, a real run. */
class DeviceCliTest {

    @Test
    void theCommandLineMakesAnExternalDeviceProfile() {
        RunRequest r = RunCommand.parse(List.of("../features/rfc3261/11-options", "--device", "192.0.2.10:5070", "--roles", "uas",
                "-Dt1=250", "-Dsipspec.device.user=bob", "--tags", "@udp", "--threads", "2", "--report", "out"));
        assertEquals(List.of("../features/rfc3261/11-options"), r.features());
        assertEquals("192.0.2.10", r.profile().host());
        assertEquals(5070, r.profile().port());
        assertEquals(Set.of("uas"), r.profile().roles());
        assertEquals(Duration.ofMillis(250), r.profile().timers().t1());
        assertEquals("bob", r.profile().user());
        assertEquals("@udp", r.tags());
        assertEquals(2, r.threads());
        assertEquals(Path.of("out"), r.reportDir());
        assertTrue(r.allure());
        assertTrue(!RunCommand.parse(List.of("--no-allure")).allure());
        assertEquals("(@udp) and not @slow and not @message and (@uas or not (@uac or @registrar or @redirect or @proxy)) and not (@tcp)",
                RunCommand.parse(List.of("--device", "127.0.0.1:5060", "--roles", "uas", "--tags", "@udp", "--applicable-only")).tags());
        assertNull(RunCommand.parse(List.of("--help")));
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhy() {
        assertEquals("--device wants HOST:PORT, got example.com", assertThrows(IllegalArgumentException.class,
                () -> RunCommand.parse(List.of("--device", "example.com"))).getMessage());
        assertEquals("unknown option --proflie", assertThrows(IllegalArgumentException.class,
                () -> RunCommand.parse(List.of("--proflie", "x"))).getMessage());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Sipspec.run(new String[] {"run", "--profile", "no-such.properties"}, System.out, new PrintStream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("sipspec run: no such profile file: no-such.properties"));
        assertEquals(2, Sipspec.run(new String[] {"frobnicate"}, System.out, new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void replayAndPcap2featureAreSubcommands() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Sipspec.run(new String[] {"replay"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: sipspec replay"), err.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertEquals(2, Sipspec.run(new String[] {"pcap2feature", "no-such.pcap"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err2)));
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("no-such.pcap"), err2.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSummaryCountsBySectionAndListsFailuresAndSkipReasons() {
        RunReport report = new RunReport(List.of(
                new ScenarioResult("a", "x.feature:3", Set.of("rfc3261-8.2.2", "rfc3261-8.2.2.1", "uas"), ScenarioResult.Status.PASSED, ""),
                new ScenarioResult("b", "x.feature:9", Set.of("rfc3261-8.2.2", "rfc3261-8.2.2.1"), ScenarioResult.Status.FAILED,
                        "alice receives a 416 response: nothing\nstack"),
                new ScenarioResult("c", "", Set.of("rfc3261-10.3"), ScenarioResult.Status.SKIPPED, "skipped: no registrar"),
                new ScenarioResult("d", "", Set.of("rfc3261-8.10"), ScenarioResult.Status.SKIPPED, "skipped: no registrar")));
        assertEquals("""
                RFC 3261 section        passed  failed skipped
                §8.2.2.1                     1       1       0
                §8.10                        0       0       1
                §10.3                        0       0       1
                FAILED §8.2.2.1 b (x.feature:9)
                    alice receives a 416 response: nothing
                SKIPPED 2 (§8.10 §10.3): skipped: no registrar
                4 scenarios: 1 passed, 1 failed, 2 skipped
                """, report.summary());
        assertTrue(!report.passed());
        assertEquals("b", report.scenario("b").name());
    }

    @Test
    void aRunAgainstTheEmbeddedStackWritesReportsAndExitsZero(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Sipspec.run(new String[] {"run", "../features", "--tags", "@rfc3261-11.2", "--report", dir.toString(), "--threads", "2",
                        "--no-allure"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        // The table has a row per RFC section, with passed, failed and skipped counts (a scenario of §11.2 may be
        // filed under a section it checks more closely, e.g. §20.1).
        assertTrue(printed.matches("(?s).*\\n§11\\.2 +[12] +0 +0\\n.*"), printed);
        assertTrue(printed.contains("2 scenarios: 2 passed, 0 failed, 0 skipped"), printed);
        assertTrue(Files.readString(dir.resolve("summary.txt")).contains("2 scenarios: 2 passed, 0 failed, 0 skipped"));
        assertTrue(Files.size(dir.resolve("junit.xml")) > 0);
    }

    @Test
    void aFailingScenarioMakesTheExitStatusOne() throws Exception {
        // The OPTIONS feature against a "device" that is a UDP port nobody answers on.
        try (java.net.DatagramSocket silent = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = Sipspec.run(new String[] {"run", "../features/rfc3261/11-options", "--device", "127.0.0.1:" + silent.getLocalPort(),
                    "--roles", "uas"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            String printed = out.toString(StandardCharsets.UTF_8);
            assertEquals(1, status, printed);
            assertTrue(printed.contains("FAILED §11.2 A UAS ready to accept calls answers OPTIONS"), printed);
            assertTrue(printed.contains("alice receives a 200 response: nothing matching within 2000 ms; last message seen: nothing at all"),
                    printed);
        }
    }
}
