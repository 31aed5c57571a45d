package io.sipspec.steps;

import io.cucumber.java.After;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.sipspec.report.LadderRenderer;
import io.sipspec.report.PartyNames;
import io.sipspec.report.PcapFile;
import io.sipspec.report.PcapWriter;
import io.sipspec.report.RawMessages;
import io.sipspec.report.WireEvent;
import io.sipspec.tester.Durations;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Template;
import io.sipspec.tester.Transport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Steps that put messages on the wire between the tester's peers and the device (the embedded reference element by
 * default), and check what the device sends back, within a bound.
 */
public final class WireSteps {

    private final WireContext wire;

    public WireSteps(WireContext wire) {
        this.wire = wire;
    }

    /** Durations as the RFC writes them: {@code 500 ms}, {@code 2 s}, {@code T1}, {@code 64*T1}. */
    @ParameterType("\\d+ ?(?:ms|s)|(?:\\d+\\*)?T[124]")
    public Duration duration(String text) {
        return Durations.parse(text, wire.timers());
    }

    @Given("peer {word} on {word}")
    public void peerOn(String name, String transport) {
        wire.peer(Peer.open(name, Transport.valueOf(transport.toUpperCase(Locale.ROOT)), wire.traffic()));
    }

    @When("{word} sends:")
    public void sends(String peerName, String docString) {
        Peer p = wire.peer(peerName);
        byte[] bytes = Template.of(docString).render(wire.variables(), p.endpoints(wire.deviceAddress()));
        p.send(bytes, wire.deviceAddress());
    }

    @Then("{word} receives a {int} response within {duration}")
    public void receivesResponse(String peerName, int status, Duration within) {
        wire.last(wire.peer(peerName).mailbox().expect(r -> r.isResponse(status), within,
                peerName + " receives a " + status + " response"));
    }

    @Then("{word} receives a(n) {word} request within {duration}")
    public void receivesRequest(String peerName, String method, Duration within) {
        wire.last(wire.peer(peerName).mailbox().expect(r -> r.isRequest(method), within,
                peerName + " receives a " + method + " request"));
    }

    @Then("{word} receives nothing within {duration}")
    public void receivesNothing(String peerName, Duration within) {
        wire.peer(peerName).mailbox().expectNothing(r -> true, within, peerName + " receives nothing");
    }

    @Then("its header {string} contains {string}")
    public void itsHeaderContains(String name, String text) {
        Received r = wire.last();
        String value = r.message().headerValue(name);
        if (value == null || !value.contains(text)) {
            throw new AssertionError("header " + name + " of \"" + r.startLine() + "\": expected it to contain \"" + text
                    + "\" but it was " + (value == null ? "absent" : '"' + value + '"'));
        }
    }

    /** Each scenario on the wire gets its message ladder and a pcap of its traffic in the report. */
    @After(order = 10)
    public void attachEvidence(Scenario scenario) throws IOException {
        List<WireEvent> events = wire.wireEvents();
        try {
            if (events.isEmpty()) {
                return;
            }
            PartyNames names = PartyNames.empty();
            for (Map.Entry<String, Peer> p : wire.peers().entrySet()) {
                names = names.with(p.getValue().address(), p.getKey());
            }
            if (wire.deviceRole() != null) {
                names = names.with(wire.deviceAddress(), wire.deviceLabel());
            }
            String ladder = new LadderRenderer(names).render(scenario.getName(), String.join(" ", scenario.getSourceTagNames()), events);
            Reports.attachToScenario("message ladder", "text/html", ladder.getBytes(StandardCharsets.UTF_8), ".html");
            Reports.attachToScenario("raw messages", "text/plain", RawMessages.render(events, names).getBytes(StandardCharsets.UTF_8), ".txt");
            Path pcap = Files.createTempFile("sipspec-", ".pcap");
            PcapFile file = PcapWriter.write(events, pcap);
            Reports.attachToScenario("traffic (" + file.summary() + ")", PcapFile.MEDIA_TYPE, Files.readAllBytes(pcap), ".pcap");
            Files.deleteIfExists(pcap);
        } finally {
            wire.close();
        }
    }
}
