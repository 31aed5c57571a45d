package io.sipspec.steps;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.qameta.allure.Allure;
import io.sipspec.pcap.Capture;
import io.sipspec.pcap.PcapReadException;
import io.sipspec.pcap.PcapReader;
import io.sipspec.pcap.Replay;
import io.sipspec.pcap.ReplayDifference;
import io.sipspec.pcap.ReplayOptions;
import io.sipspec.pcap.ReplayReport;
import io.sipspec.pcap.ReplayResult;
import io.sipspec.pcap.ReplayScript;
import io.sipspec.report.PartyNames;
import io.sipspec.report.PcapWriter;
import io.sipspec.report.WireEvent;
import io.sipspec.server.ReferenceServer;
import io.sipspec.server.Role;
import io.sipspec.server.RoleRegistry;
import io.sipspec.server.ServerConfig;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Transport;
import io.sipspec.ua.UaConfig;
import io.sipspec.ua.UserAgent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Regression by replay: a capture's client side is replayed against the device and the device's answers are compared
 * with the recorded ones ({@link Replay}); the comparison, with both ladders side by side, goes to the report. Any
 * scenario can also keep its traffic as a capture for later replay: tag it {@code @record} (or
 * {@code @record:<name>}), or run with {@code -Dsipspec.record=<folder or name>}.
 */
public final class ReplaySteps {

    /** Where captures are kept, relative to the repository's root. */
    static final String PCAPS = "pcaps";

    private final WireContext wire;
    private ReplayOptions options = ReplayOptions.defaults().withPace(Double.parseDouble(
            System.getProperty("sipspec.replay.pace", "1"))).ignoring(System.getProperty("sipspec.replay.ignore", ""));
    private ReplayResult result;

    public ReplaySteps(WireContext wire) {
        this.wire = wire;
    }

    @StepDoc(group = StepGroup.SETUP, example = "the device is the embedded uas answering 486 after ringing 0 ms",
            summary = "An embedded UAS (embedded profile only) that rings for the duration, then answers INVITEs with this status.")
    @Given("the device is the embedded uas answering {int} after ringing {duration}")
    public void theDeviceIsTheEmbeddedUasAnswering(int status, Duration ringing) {
        DeviceSteps.requireEmbeddedProfile("an embedded device set up by the scenario");
        ServerConfig config = ServerConfig.fromArgs("--role=uas", "--listen=udp:127.0.0.1:0", "--t1=" + wire.timers().t1Millis());
        RoleRegistry roles = RoleRegistry.defaults().register(Role.UAS, (stack, c) -> new UserAgent(stack,
                UaConfig.of("bob", "127.0.0.1", "127.0.0.1").withRing(ringing.toMillis(), status)));
        wire.device(ReferenceServer.start(config, roles), "uas answering " + status);
    }

    @StepDoc(group = StepGroup.SETUP, example = "the device is the embedded uas hanging up 300 ms after answering",
            summary = "An embedded UAS (embedded profile only) that answers INVITEs with 200 and sends BYE after the duration.")
    @Given("the device is the embedded uas hanging up {duration} after answering")
    public void theDeviceIsTheEmbeddedUasHangingUp(Duration hold) {
        DeviceSteps.requireEmbeddedProfile("an embedded device set up by the scenario");
        ServerConfig config = ServerConfig.fromArgs("--role=uas", "--listen=udp:127.0.0.1:0", "--t1=" + wire.timers().t1Millis());
        RoleRegistry roles = RoleRegistry.defaults().register(Role.UAS, (stack, c) -> {
            UserAgent bob = new UserAgent(stack, UaConfig.of("bob", "127.0.0.1", "127.0.0.1"));
            bob.onIncomingCall(call -> call.established().thenRun(
                    () -> stack.executor().schedule(call::hangup, hold.toMillis(), TimeUnit.MILLISECONDS)));
            return bob;
        });
        wire.device(ReferenceServer.start(config, roles), "uas hanging up");
    }

    @StepDoc(group = StepGroup.REPLAY, example = "the replay answers challenges as \"alice:secret\"",
            summary = "Recorded Authorization values answer old nonces: the replay computes fresh credentials with this user:password.")
    @Given("the replay answers challenges as {string}")
    public void theReplayAnswersChallengesAs(String userColonPassword) {
        options = options.withCredentials(userColonPassword);
    }

    @StepDoc(group = StepGroup.REPLAY, example = "the replay ignores the headers \"Server, User-Agent\"",
            summary = "Headers (comma-separated) left out of the comparison of the device's answers with the recorded ones.")
    @Given("the replay ignores the headers {string}")
    public void theReplayIgnoresTheHeaders(String names) {
        options = options.ignoring(names);
    }

    @StepDoc(group = StepGroup.REPLAY, example = "the replay waits at most 1 s past the recorded delay for each message of the device",
            summary = "How late a message of the device may come, beyond its recorded delay, before the replay reports it missing.")
    @Given("the replay waits at most {duration} past the recorded delay for each message of the device")
    public void theReplayWaits(Duration patience) {
        options = options.withPatience(patience);
    }

    @StepDoc(group = StepGroup.REPLAY, example = "the replay runs at 4.0 times the recorded pace",
            summary = "Scales the recorded pacing of the client side (2.0 sends twice as fast).")
    @Given("the replay runs at {double} times the recorded pace")
    public void theReplayRunsAtPace(double factor) {
        options = options.withPace(factor == 0 ? 0 : 1 / factor);
    }

    @StepDoc(group = StepGroup.REPLAY, example = "the tester replays \"pcaps/call-cancel.pcap\" against the device as the client side",
            summary = "Re-sends the capture's client side to the device with fresh Call-ID, tags, branches and addresses, answers its requests as recorded, and compares its answers.")
    @When("the tester replays {string} against the device as the client side")
    public void theTesterReplays(String name) throws PcapReadException {
        Path file = locate(name);
        Capture capture = PcapReader.read(file);
        ReplayScript script = ReplayScript.clientSide(capture);
        Transport transport = script.messages().get(0).transport().wire() == WireEvent.Transport.TCP ? Transport.TCP : Transport.UDP;
        Peer tester = Peer.open("tester", transport, wire.traffic());
        wire.peer(tester);
        result = new Replay(script, options).run(tester, wire.deviceAddress());
        PartyNames names = PartyNames.empty().with(tester.address(), "tester")
                .with(wire.deviceAddress(), "device (embedded " + wire.deviceRole() + ")");
        Allure.addAttachment("replay of " + file.getFileName() + (result.same() ? " (same)" : " (" + result.differences().size()
                + " differences)"), "text/html", ReplayReport.render(file.getFileName().toString(), result, wire.wireEvents(), names),
                ".html");
    }

    @StepDoc(group = StepGroup.REPLAY, example = "the device answers as recorded",
            summary = "Fails with each difference (status, headers that matter, body presence) between the recorded and the replayed answers.")
    @Then("the device answers as recorded")
    public void theDeviceAnswersAsRecorded() {
        if (!replayed().same()) {
            throw new AssertionError(replayed().describe());
        }
    }

    @StepDoc(group = StepGroup.REPLAY, example = "the replay reports the difference \"SIP/2.0 487 Request Terminated: status 486 instead of 487\"",
            summary = "Checks that the replay found exactly this difference (to show that a regression is caught).")
    @Then("the replay reports the difference {string}")
    public void theReplayReportsTheDifference(String text) {
        List<ReplayDifference> found = replayed().differences();
        if (found.stream().noneMatch(d -> d.toString().contains(text))) {
            throw new AssertionError("expected a difference containing \"" + text + "\"; " + replayed().describe());
        }
    }

    /**
     * Keeps the scenario's traffic as a capture when asked. The traffic log outlives the wire's close, so this hook and
     * {@link WireSteps#attachEvidence} may run in either order.
     */
    @After(order = 20)
    public void record(Scenario scenario) throws IOException {
        Path file = recordTo(scenario.getName(), scenario.getSourceTagNames(), System.getProperty("sipspec.record"));
        List<WireEvent> events = wire.wireEvents();
        if (file != null && !events.isEmpty()) {
            PcapWriter.write(events, file);
            scenario.log("traffic recorded in " + file.toAbsolutePath().normalize());
        }
    }

    private ReplayResult replayed() {
        if (result == null) {
            throw new AssertionError("nothing was replayed: add 'When the tester replays \"pcaps/<name>.pcap\" against the device as the client side'");
        }
        return result;
    }

    /**
     * The capture a scenario records into, or null when it records nothing.
     *
     * @param name     the scenario's name
     * @param tags     its tags
     * @param property the value of {@code -Dsipspec.record}, or null
     */
    static Path recordTo(String name, Collection<String> tags, String property) {
        String slug = slug(name);
        for (String tag : tags) {
            if (tag.equals("@record")) {
                return root().resolve(PCAPS).resolve(slug + ".pcap");
            }
            if (tag.startsWith("@record:")) {
                return root().resolve(PCAPS).resolve(tag.substring("@record:".length()) + ".pcap");
            }
        }
        if (property == null || property.isBlank()) {
            return null;
        }
        Path target = Path.of(property);
        if (property.endsWith(".pcap")) {
            return target;
        }
        if (Files.isDirectory(target) || property.endsWith("/")) {
            return target.resolve(slug + ".pcap");
        }
        return root().resolve(PCAPS).resolve(property + "-" + slug + ".pcap");
    }

    /** A capture named in a feature: relative to the working directory, else to the repository's root. */
    static Path locate(String name) {
        Path direct = Path.of(name);
        if (Files.exists(direct) || direct.isAbsolute()) {
            return direct;
        }
        return root().resolve(name);
    }

    /** The repository's root: the working directory, or its parent when the suite runs in step-definitions. */
    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve(PCAPS)) || here.getParent() == null ? here : here.getParent();
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "scenario" : s;
    }
}
