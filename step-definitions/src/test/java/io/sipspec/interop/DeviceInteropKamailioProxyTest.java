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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The @proxy features against Kamailio 5.6 (Debian package kamailio) as an external proxy (issue 9): the test starts
 * it with src/test/resources/interop/kamailio-proxy.cfg on a free port (UDP and TCP), runs every @proxy scenario of
 * ../features through the CLI's runner with profiles/kamailio-proxy.properties, and asserts each scenario's verdict
 * against {@link #DEVIATIONS} and {@link #EXPECTED}: a change in Kamailio's verdict (or a new @proxy scenario) fails
 * the test. docs/interop.md explains every failure and skip.
 */
class DeviceInteropKamailioProxyTest {

    private static final String PASSES = "passes";
    private static String needs(String option) {
        return "skipped: the scenario needs the proxy configured with " + option + ";";
    }

    private static final String SLOW = "skipped: @slow: the scenario waits minutes of real time";

    private static final String SKIPPED = "skipped: the device is the embedded proxy with users needs the embedded profile";

    /**
     * The @proxy scenarios Kamailio fails, each with the RFC 3261 sentence it does not follow: the data file
     * src/test/resources/interop/kamailio-proxy.deviations (docs/interop.md explains each).
     */
    static final Map<String, String> DEVIATIONS = Deviations.read("/interop/kamailio-proxy.deviations");

    /** Every other @proxy scenario and Kamailio's verdict: {@link #PASSES} or a skip reason (the start of it). */
    static final Map<String, String> EXPECTED = Map.ofEntries(
            // §16.1
            Map.entry("A response the proxy makes itself is built as a UAS builds one", PASSES),
            Map.entry("A request forked to two contacts is forwarded statefully to each", PASSES),
            Map.entry("A request from TCP forwarded over UDP is forwarded statefully", PASSES),
            // §16.2
            Map.entry("The proxy sends 100 (Trying) for an INVITE its target has not answered", PASSES),
            Map.entry("The proxy sends no 100 (Trying) for a non-INVITE request", PASSES),
            Map.entry("A request with an unknown method and an unknown header field is proxied and its response relayed", PASSES),
            // §16.3
            Map.entry("A request with Max-Forwards 0 gets 483 and is not forwarded", PASSES),
            Map.entry("An option-tag in Proxy-Require that the proxy does not understand gets 420 with Unsupported", PASSES),
            Map.entry("A request that comes back to the proxy unchanged has looped and gets 482 or 483", PASSES),
            Map.entry("Two copies of a request that reach the proxy by two paths are both forwarded", PASSES),
            Map.entry("A request whose Max-Forwards is not a number is not forwarded and gets 400", PASSES),
            Map.entry("A malformed header field the proxy does not use is forwarded unchanged", PASSES),
            // §16.4
            Map.entry("A Route value naming the proxy is removed and the request follows the next one", PASSES),
            Map.entry("A request from a strict router gets its Request-URI back from the last Route value", PASSES),
            Map.entry("A maddr naming the proxy is stripped from the Request-URI", PASSES),
            // §16.5
            Map.entry("A request to a registered user goes to its registered contact", PASSES),
            Map.entry("A request to a user of the proxy's domain with no binding gets 480", PASSES),
            Map.entry("A request to the proxy itself, a resource that does not exist, gets 404", PASSES),
            Map.entry("The Request-URI is looked up without its parameters", PASSES),
            Map.entry("The Request-URI is looked up with its escaped characters unescaped", PASSES),
            Map.entry("A Request-URI with a maddr parameter is the only target, even for a registered user", PASSES),
            Map.entry("A request for another domain goes to its Request-URI alone, never to a binding of the same user", PASSES),
            Map.entry("A contact registered while the INVITE rings joins its target set", PASSES),
            Map.entry("A 3xx contact equal to a target already in the set is not added to it again", needs("recurse=on")),
            // §16.6
            Map.entry("Max-Forwards is decremented by one", PASSES),
            Map.entry("The proxy inserts its Via before the received ones", PASSES),
            Map.entry("A record-routing proxy inserts a loose-routing Record-Route with its own address into an INVITE", PASSES),
            Map.entry("The proxy's Record-Route URI has no transport parameter", PASSES),
            Map.entry("The first Route value is a strict router: the request is reformatted for it", PASSES),
            Map.entry("The forwarded copy keeps every header field, the order of values of the same name, and the body", PASSES),
            Map.entry("The forwarded copy keeps the order of the header fields", PASSES),
            Map.entry("A request without Max-Forwards is forwarded with Max-Forwards 70", PASSES),
            Map.entry("The proxy's ACK for a non-2xx response has the branch of the INVITE it acknowledges", PASSES),
            Map.entry("The CANCEL the proxy forwards has the branch of the INVITE it cancels", PASSES),
            Map.entry("A request without Content-Length forwarded over TCP gets one", PASSES),
            Map.entry("A record-routing proxy inserts its Record-Route into a re-INVITE too", PASSES),
            Map.entry("A record-routing proxy inserts its Record-Route into a request with a method it does not understand", PASSES),
            Map.entry("A request that spirals through the proxy with a new Request-URI is not taken for a loop", PASSES),
            Map.entry("A second attempt to the same address, port and transport has another branch", needs("recurse=on")),
            Map.entry("Timer C is set for the client transaction of the second target of a sequential fork too",
                    needs("fork=sequential, timer.c=500")),
            Map.entry("A request without Route gets one, with the route set, and goes to its first proxy", needs("proxy.route=<sip:${peer.edge};lr>")),
            Map.entry("The route set is pushed ahead of the Route values the request has", needs("proxy.route=<sip:${peer.edge};lr>")),
            Map.entry("A request with Route is not sent as it is to a proxy of the policy not known to be a loose router",
                    needs("proxy.route=<sip:${peer.edge}>")),
            // @slow: minutes of real time, left out unless -Dsipspec.slow=true
            Map.entry("Timer C set when the INVITE is proxied does not fire within 3 minutes", SLOW),
            Map.entry("Timer C reset by a 180 does not fire within 3 minutes of it", SLOW),
            // §22.3
            Map.entry("Credentials for another proxy's realm are forwarded as they came", PASSES),
            Map.entry("A request without credentials is forwarded without Proxy-Authorization", PASSES),
            Map.entry("A 407 from further on is forwarded to the UAC with its challenge", PASSES),
            Map.entry("The challenges of two forks are merged into the one 407 sent to the UAC", PASSES),
            Map.entry("A proxy that requires credentials challenges with 407 and a Proxy-Authenticate of its realm", SKIPPED),
            Map.entry("The request with valid credentials is forwarded", SKIPPED),
            Map.entry("The request with a wrong password is challenged again, not forwarded", SKIPPED),
            // §16.7 to §16.12: options the profile does not declare (Kamailio is configured stateful, parallel forking,
            // no recursion, its own Timer C) skip their scenarios
            Map.entry("A 180 is forwarded at once, a 100 Trying is not forwarded", PASSES),
            Map.entry("A 180 resets Timer C", needs("timer.c=1000")),
            Map.entry("A 2xx is forwarded at once while another branch is pending, which is then cancelled", PASSES),
            Map.entry("A 2xx of another branch after the final response is forwarded too", PASSES),
            Map.entry("A 2xx that comes after the server transaction has ended is forwarded statelessly", PASSES),
            Map.entry("A 3xx whose every contact the proxy recursed on is not a candidate", needs("recurse=on")),
            Map.entry("A 6xx is chosen over a lower class", PASSES),
            Map.entry("A 6xx is not forwarded at once: the pending branches are cancelled first", PASSES),
            Map.entry("A CANCEL gets 200 at once and cancels every pending branch", PASSES),
            Map.entry("A final non-2xx waits for the other branch; the lowest class goes to the server transaction", PASSES),
            Map.entry("A forwarded response loses the proxy's Via and keeps the rest", PASSES),
            Map.entry("A lone 503 becomes a 500", PASSES),
            Map.entry("A request whose Route names the proxy and then another loose router goes to that router, Request-URI unchanged", PASSES),
            Map.entry("A response that matches no client transaction is forwarded as a stateless proxy would", PASSES),
            Map.entry("A response whose top Via is not the proxy's is dropped", needs("proxy.mode=stateless")),
            Map.entry("A stateless proxy forwards a CANCEL like any request, where its INVITE went", needs("proxy.mode=stateless")),
            Map.entry("A stateless proxy forwards an INVITE with its own Via and sends no 100", needs("proxy.mode=stateless")),
            Map.entry("A stateless proxy forwards the body and the other header fields of a response unchanged", needs("proxy.mode=stateless")),
            Map.entry("A stateless proxy removes its own Route value and uses the location service", needs("proxy.mode=stateless")),
            Map.entry("A stateless proxy sends the request to one target only", needs("proxy.mode=stateless")),
            Map.entry("A stateless proxy takes its Via off a response and sends it to the next Via", needs("proxy.mode=stateless")),
            Map.entry("A stateless proxy validates the request: Max-Forwards 0 gets 483", needs("proxy.mode=stateless")),
            Map.entry("A transport error on one branch does not cancel the others", PASSES),
            Map.entry("After a 6xx the proxy starts no new branch", needs("fork=sequential")),
            Map.entry("Among 4xx responses a 401 is preferred", PASSES),
            Map.entry("In sequential forking a 486 of the first target lets the proxy try the next", needs("fork=sequential")),
            Map.entry("Retransmissions of a request are forwarded to the same target, transformed the same way", needs("proxy.mode=stateless")),
            Map.entry("The 100 (Trying) to an INVITE without a To tag has no To tag", PASSES),
            Map.entry("The 200 to the proxy's own CANCEL is not forwarded", PASSES),
            Map.entry("The ACK for a non-2xx goes where its INVITE went", needs("proxy.mode=stateless")),
            Map.entry("The SIP contacts of a 3xx the proxy recurses on are taken out of it", needs("recurse=on")),
            Map.entry("The basic trapezoid: the proxy is P2, record-routes the INVITE and routes the BYE of the dialog", PASSES),
            Map.entry("The challenges of a 401 and a 407 are merged into the response forwarded", PASSES),
            Map.entry("The proxy forwards the body and the header fields of a 200 unchanged", PASSES),
            Map.entry("The proxy is P1: a request for a resource it does not own keeps its Request-URI", PASSES),
            Map.entry("The proxy keeps the To tag of a 1xx and a 2xx", PASSES),
            Map.entry("The proxy's Record-Route in a 2xx relayed from UDP to TCP is a loose-routing SIP URI of the proxy", PASSES),
            Map.entry("The proxy keeps the To tag of a 486 it forwards", PASSES),
            Map.entry("The proxy keeps the To tag of the request in the response it forwards", PASSES),
            Map.entry("The proxy puts no To tag into a 1xx that has none", PASSES),
            Map.entry("The received parameter the proxy added to the next Via stays in the response", PASSES),
            Map.entry("Timer C fires on a branch that never answered: the proxy answers 408", needs("timer.c=500")),
            Map.entry("Timer C fires on a branch that rang: the proxy cancels it", needs("timer.c=500")));

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
            List<String> wrong = new ArrayList<>();
            for (ScenarioResult s : report.scenarios()) {
                String expected = DEVIATIONS.containsKey(s.name()) ? "fails: " + DEVIATIONS.get(s.name()) : EXPECTED.get(s.name());
                if (expected == null) {
                    wrong.add("a new @proxy scenario, give it its verdict here and in docs/interop.md: " + s.name() + " -> " + verdict(s));
                } else if (!matches(expected, s)) {
                    wrong.add(s.name() + ": expected " + expected + ", but " + verdict(s));
                }
            }
            List<String> ran = report.scenarios().stream().map(ScenarioResult::name).toList();
            Stream.concat(EXPECTED.keySet().stream(), DEVIATIONS.keySet().stream()).filter(n -> !ran.contains(n)).sorted()
                    .forEach(n -> wrong.add("no longer runs: " + n));
            assertEquals(List.of(), wrong, () -> "Kamailio's verdicts changed\n" + report.summary() + "\nkamailio's log:\n" + kamailio.output());
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

    private static boolean matches(String expected, ScenarioResult s) {
        if (expected.equals(PASSES)) {
            return s.status() == ScenarioResult.Status.PASSED;
        }
        if (expected.startsWith("fails: ")) {
            return s.status() == ScenarioResult.Status.FAILED;
        }
        return s.status() == ScenarioResult.Status.SKIPPED && s.message().startsWith(expected);
    }

    private static String verdict(ScenarioResult s) {
        return s.status() == ScenarioResult.Status.PASSED ? PASSES : s.status().name().toLowerCase(Locale.ROOT) + ": " + s.message();
    }

    private static String config() throws Exception {
        try (InputStream in = DeviceInteropKamailioProxyTest.class.getResourceAsStream("/interop/kamailio-proxy.cfg")) {
            assertNotNull(in, "interop/kamailio-proxy.cfg is missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
