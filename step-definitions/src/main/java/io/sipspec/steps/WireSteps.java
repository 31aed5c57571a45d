package io.sipspec.steps;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.sipspec.auth.DigestClient;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.report.LadderRenderer;
import io.sipspec.report.PartyNames;
import io.sipspec.report.PcapFile;
import io.sipspec.report.RawMessages;
import io.sipspec.report.WireEvent;
import io.sipspec.server.ReferenceServer;
import io.sipspec.tester.Ack;
import io.sipspec.tester.Durations;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Sent;
import io.sipspec.tester.StatusPattern;
import io.sipspec.tester.Template;
import io.sipspec.tester.TrafficEvent;
import io.sipspec.tester.Transport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Steps that put messages on the wire between the tester's peers and the device (the embedded reference element by
 * default), and check what the device sends back, within a bound. The message a "receives" step takes becomes "it"
 * for the steps of {@link MatchSteps} and {@link TimingSteps}.
 */
public final class WireSteps {

    private static final SipMessageParser PARSER = new SipMessageParser();

    private final WireContext wire;

    public WireSteps(WireContext wire) {
        this.wire = wire;
    }

    // ---------------------------------------------------------------- setup

    @StepDoc(group = StepGroup.SETUP, example = "the device is the embedded registrar with users \"alice:secret\"",
            summary = "As above, with Digest users (comma-separated user:password): the device then challenges requests (RFC 3261 §22).")
    @Given("the device is the embedded {word} with users {string}")
    public void theDeviceIsTheEmbeddedWithUsers(String role, String users) {
        DeviceSteps.requireEmbeddedProfile("the device is the embedded " + role + " with users");
        // The UAC is the reference UA, as in EmbeddedDevice.start: it sends first through the trigger, with these credentials.
        String element = role.equalsIgnoreCase("uac") ? "uas" : role.toLowerCase(Locale.ROOT);
        ReferenceServer server = ReferenceServer.start("--role=" + element, "--listen=udp:127.0.0.1:0,tcp:127.0.0.1:0",
                "--t1=" + wire.timers().t1Millis(), "--users=" + users);
        wire.device(server, role);
    }

    @StepDoc(group = StepGroup.SETUP, example = "peer alice on udp",
            summary = "Binds a tester peer of this name on a free port of 127.0.0.1, on udp or tcp.")
    @Given("peer {word} on {word}")
    public void peerOn(String name, String transport) {
        Transport t;
        try {
            t = Transport.valueOf(transport.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AssertionError("peer " + name + " on " + transport + ": the transport is udp or tcp", e);
        }
        wire.peer(Peer.open(name, t, wire.traffic()));
    }

    // ---------------------------------------------------------------- send

    @StepDoc(group = StepGroup.SEND, example = "alice sends:",
            docString = "OPTIONS sip:bob@${sut} SIP/2.0\nVia: SIP/2.0/UDP ${local};branch=${branch}\nMax-Forwards: 70\n"
                    + "To: <sip:bob@${sut}>\nFrom: <sip:alice@${local}>;tag=${tag}\nCall-ID: ${call-id}\nCSeq: 1 OPTIONS\n"
                    + "Content-Length: 0",
            summary = "Sends the doc string to the device, byte for byte after rendering: lines end with CRLF, ${...} variables "
                    + "are replaced (${branch} ${call-id} ${tag} ${local} ${sut} ${len}, stored values).")
    @When("{word} sends:")
    public void sends(String peerName, String docString) {
        send(peerName, Template.of(docString));
    }

    @StepDoc(group = StepGroup.SEND, example = "alice sends the template \"invite.sip\"",
            summary = "As 'sends:', with the message in a file of features/templates (or -Dsipspec.templates=FOLDER).")
    @When("{word} sends the template {string}")
    public void sendsTheTemplate(String peerName, String name) {
        send(peerName, Template.load(wire.template(name)));
    }

    @StepDoc(group = StepGroup.SEND, example = "alice sends it again",
            summary = "Sends the last message this peer sent once more, byte for byte: a retransmission.")
    @When("{word} sends it again")
    public void sendsItAgain(String peerName) {
        wire.peer(peerName);
        send(peerName, wire.lastSentBy(peerName));
    }

    @StepDoc(group = StepGroup.SEND, example = "bob answers with 180",
            summary = "Answers the last request this peer received with this status, built as RFC 3261 §8.2.6 says "
                    + "(a To tag added, except to a 100: the same in every response the peer gives that request), sent back "
                    + "where the request came from.")
    @When("{word} answers with {int}")
    public void answersWith(String peerName, int status) {
        String step = peerName + " answers with " + status;
        Received r = wire.lastReceivedBy(peerName);
        if (!(r.message() instanceof SipRequest request)) {
            throw new AssertionError(step + ": the last message " + peerName + " received is not a request: " + describe(r));
        }
        byte[] bytes = wire.response(peerName, request, status).build().toByteArray();
        wire.peer(peerName).send(bytes, r.remote());
        wire.sent(peerName, bytes);
    }

    @StepDoc(group = StepGroup.SEND, example = "alice acknowledges it",
            summary = "Sends the ACK for the final response this peer last received to its INVITE: in the INVITE's transaction "
                    + "for a non-2xx (§17.1.1.3), as a new transaction to the Contact for a 2xx (§13.2.2.4).")
    @When("{word} acknowledges it")
    public void acknowledgesIt(String peerName) {
        String step = peerName + " acknowledges it";
        SipResponse response = finalResponse(step, peerName);
        SipRequest invite = sentRequestAnsweredBy(step, peerName, response);
        try {
            send(peerName, Ack.of(invite, response).toByteArray());
        } catch (IllegalArgumentException e) {
            throw new AssertionError(step + ": " + e.getMessage(), e);
        }
    }

    @StepDoc(group = StepGroup.SEND, example = "alice answers the challenge as \"alice\" with password \"secret\"",
            summary = "Sends the challenged request again with Digest credentials computed for the 401/407 this peer last "
                    + "received (RFC 3261 §22.2): CSeq one higher, a new branch.")
    @When("{word} answers the challenge as {string} with password {string}")
    public void answersTheChallenge(String peerName, String user, String password) {
        String step = peerName + " answers the challenge as \"" + user + "\"";
        SipResponse challenge = finalResponse(step, peerName);
        if (challenge.statusCode() != 401 && challenge.statusCode() != 407) {
            throw new AssertionError(step + ": the last response " + peerName + " received is not a challenge (401 or 407): "
                    + describe(wire.lastReceivedBy(peerName)));
        }
        SipRequest request = sentRequestAnsweredBy(step, peerName, challenge);
        Optional<SipRequest> retry = DigestClient.of(user, password).retry(request, challenge);
        if (retry.isEmpty()) {
            throw new AssertionError(step + ": no Digest challenge in it that can be answered: " + describe(wire.lastReceivedBy(peerName)));
        }
        send(peerName, retry.get().toByteArray());
    }

    private void send(String peerName, Template template) {
        Peer p = wire.peer(peerName);
        byte[] bytes;
        try {
            bytes = template.render(wire.variables(), p.endpoints(wire.deviceAddress()));
        } catch (IllegalArgumentException e) {
            throw new AssertionError(peerName + " sends: " + e.getMessage(), e);
        }
        send(peerName, bytes);
    }

    private void send(String peerName, byte[] bytes) {
        wire.peer(peerName).send(bytes, destination(peerName, bytes));
        wire.sent(peerName, bytes);
    }

    /**
     * The device; but over UDP a response goes back where the last request this peer received came from, as
     * 'answers with' does: a device may send its requests from another port than the one the peers reach it at (e.g.
     * a UAC started apart from the UAS). Over TCP the peer sends to the device's address (a new connection, unless one
     * to it is open).
     */
    private java.net.InetSocketAddress destination(String peerName, byte[] bytes) {
        Peer p = wire.peer(peerName);
        boolean response = bytes.length > 4 && new String(bytes, 0, 4, StandardCharsets.US_ASCII).equals("SIP/");
        if (response && p.transport() == Transport.UDP) {
            Optional<Received> request = wire.lastReceivedRequestBy(peerName);
            if (request.isPresent()) {
                return request.get().remote();
            }
        }
        return wire.deviceAddress();
    }

    private SipResponse finalResponse(String step, String peerName) {
        Received r = wire.lastReceivedBy(peerName);
        if (!(r.message() instanceof SipResponse response) || response.statusCode() < 200) {
            throw new AssertionError(step + ": the last message " + peerName + " received is not a final response: " + describe(r));
        }
        return response;
    }

    /** The request this peer sent that {@code response} answers: the latest with its Call-ID and CSeq. */
    private SipRequest sentRequestAnsweredBy(String step, String peerName, SipResponse response) {
        List<TrafficEvent> events = new ArrayList<>(wire.traffic().events());
        Collections.reverse(events);
        for (TrafficEvent e : events) {
            if (e instanceof Sent s && s.peer().equals(peerName)) {
                SipMessage m;
                try {
                    m = PARSER.parse(s.bytes());
                } catch (RuntimeException notSip) {
                    continue;
                }
                if (m instanceof SipRequest request && request.callId().equals(response.callId())
                        && request.cseq().equals(response.cseq())) {
                    return request;
                }
            }
        }
        throw new AssertionError(step + ": " + peerName + " sent no request with the Call-ID and CSeq of " + describe(wire.lastReceivedBy(peerName)));
    }

    // ---------------------------------------------------------------- expect

    @StepDoc(group = StepGroup.EXPECT, example = "alice receives a 420 response within 2 s",
            summary = "Waits at most the duration for a response with this status (or class: 1xx, 2xx...) that no earlier step took.")
    @Then("{word} receives a {status} response within {duration}")
    public void receivesResponse(String peerName, StatusPattern status, Duration within) {
        wire.last(wire.peer(peerName).mailbox().expect(status::matches, within, peerName + " receives a " + status + " response"));
    }

    @StepDoc(group = StepGroup.EXPECT, example = "bob receives an INVITE request within T1",
            summary = "Waits at most the duration for a request with this method that no earlier step took.")
    @Then("{word} receives a(n) {word} request within {duration}")
    public void receivesRequest(String peerName, String method, Duration within) {
        wire.last(wire.peer(peerName).mailbox().expect(r -> r.isRequest(method), within,
                peerName + " receives a(n) " + method + " request"));
    }

    @StepDoc(group = StepGroup.EXPECT, example = "alice receives nothing within 64*T1",
            summary = "Waits the whole duration and fails on any message that no earlier step took.")
    @Then("{word} receives nothing within {duration}")
    public void receivesNothing(String peerName, Duration within) {
        wire.peer(peerName).mailbox().expectNothing(r -> true, within, peerName + " receives nothing");
    }

    @StepDoc(group = StepGroup.EXPECT, example = "alice receives 4 retransmissions of it within 2 s",
            summary = "Waits at most the duration for this many more copies of \"it\", byte for byte (the device retransmitting it).")
    @Then("{word} receives {int} retransmission(s) of it within {duration}")
    public void receivesRetransmissions(String peerName, int count, Duration within) {
        Received it = itReceivedBy(peerName, "receives " + count + " retransmissions of it");
        long deadline = System.nanoTime() + within.toNanos();
        for (int got = 0; got < count; got++) {
            Duration left = got == 0 ? within : Duration.ofMillis(Math.max(0, deadline - System.nanoTime()) / 1_000_000);
            wire.peer(peerName).mailbox().expect(r -> r != it && Arrays.equals(r.raw(), it.raw()), left,
                    peerName + " receives " + count + " retransmissions of \"" + it.startLine() + "\" within "
                            + Durations.format(within) + " (" + got + " received)");
        }
    }

    @StepDoc(group = StepGroup.EXPECT, example = "alice receives no retransmission of it within 2*T2",
            summary = "Waits the whole duration and fails on a copy of \"it\" arriving meanwhile (e.g. after the ACK).")
    @Then("{word} receives no retransmission of it within {duration}")
    public void receivesNoRetransmission(String peerName, Duration within) {
        Received it = itReceivedBy(peerName, "receives no retransmission of it");
        long from = wire.traffic().now();
        wire.peer(peerName).mailbox().expectNothing(r -> r.nanos() >= from && Arrays.equals(r.raw(), it.raw()), within,
                peerName + " receives no retransmission of \"" + it.startLine() + "\"");
    }

    @StepDoc(group = StepGroup.EXPECT, example = "alice sees the connection closed within 2 s",
            summary = "Waits at most the duration for the device to close (or reset) a TCP connection with this peer.")
    @Then("{word} sees the connection closed within {duration}")
    public void seesTheConnectionClosed(String peerName, Duration within) {
        wire.peer(peerName).mailbox().expectClose(within, peerName + " sees the connection closed");
    }

    private Received itReceivedBy(String peerName, String what) {
        Received it = wire.last();
        if (!it.peer().equals(peerName)) {
            throw new AssertionError(peerName + " " + what + ": \"it\" (" + it.startLine() + ") was received by " + it.peer()
                    + ", not " + peerName);
        }
        return it;
    }

    private String describe(Received r) {
        return wire.peer(r.peer()).mailbox().describe(r);
    }

    // ---------------------------------------------------------------- evidence

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
            String kept = System.getProperty(PCAP_DIR_PROPERTY);
            Path pcap = kept != null ? Path.of(kept).resolve(pcapName(scenario)) : Files.createTempFile("sipspec-", ".pcap");
            PcapFile file = wire.capture().finish(events, pcap);
            Reports.attachToScenario("traffic (" + file.summary() + ")", PcapFile.MEDIA_TYPE, Files.readAllBytes(pcap), ".pcap");
            if (kept == null) {
                Files.deleteIfExists(pcap);
            }
        } finally {
            wire.close();
        }
    }

    /** Where each scenario's pcap is kept (besides the report); unset: only attached. Maven sets it to reports/pcaps. */
    static final String PCAP_DIR_PROPERTY = "sipspec.pcap.dir";

    /** "8.2.2-header-inspection.feature:26" becomes "8.2.2-header-inspection-26.pcap". */
    static String pcapName(Scenario scenario) {
        String uri = scenario.getUri().toString();
        String feature = uri.substring(uri.lastIndexOf('/') + 1).replaceFirst("\\.feature$", "");
        return (feature + "-" + scenario.getLine()).replaceAll("[^A-Za-z0-9._-]", "_") + ".pcap";
    }
}
