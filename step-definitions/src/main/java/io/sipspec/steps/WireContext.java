package io.sipspec.steps;

import io.sipspec.device.ActiveProfile;
import io.sipspec.device.Device;
import io.sipspec.device.EmbeddedDevice;
import io.sipspec.device.Profiles;
import io.sipspec.device.StandInDevice;
import io.sipspec.message.Identifiers;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.report.ScenarioCapture;
import io.sipspec.report.WireEvent;
import io.sipspec.server.ReferenceServer;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Sent;
import io.sipspec.tester.Tolerance;
import io.sipspec.tester.TrafficEvent;
import io.sipspec.tester.Traffic;
import io.sipspec.tester.Variables;
import io.sipspec.transaction.TimerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * One scenario on the wire: the device under test, the tester's peers, their traffic and the values stored from it.
 * Made per scenario by {@link ScenarioObjectFactory}; {@link #close()} stops everything.
 */
public final class WireContext implements AutoCloseable {

    /** The embedded device's timers: scaled (T1 = 50 ms), so timer scenarios take milliseconds. */
    static final TimerConfig EMBEDDED_TIMERS = Profiles.embedded().timers();

    /** Where template files are looked up when set (see {@link #template}). */
    static final String TEMPLATES_PROPERTY = "sipspec.templates";

    /** 30 ms plus 25 % of the expected interval. */
    private static final Tolerance TOLERANCE = new Tolerance(Duration.ofMillis(30), 0.25);

    private final Traffic traffic = new Traffic();
    private final Instant wallStart = Instant.now();
    private final long nanoStart = traffic.now();
    private final Map<String, Peer> peers = new LinkedHashMap<>();
    private final Variables variables = new Variables();
    /** {@code live} (the default) or {@code synthesized}: how each scenario's pcap is made. */
    static final String CAPTURE_PROPERTY = "sipspec.capture";

    private ScenarioCapture capture;
    private Device device;
    private String deviceRole;
    private Received last;
    private final Map<String, Received> lastReceived = new LinkedHashMap<>();
    private final Map<String, List<Received>> taken = new LinkedHashMap<>();
    private final Map<String, Received> lastReceivedRequest = new LinkedHashMap<>();
    private final Map<String, byte[]> lastSent = new LinkedHashMap<>();
    /** The To tag each peer gave its responses to a request (by Call-ID, CSeq and branch): one dialog per request. */
    private final Map<String, String> toTags = new HashMap<>();

    /** The scenario's device (see {@link DeviceSteps}), closed with the scenario. */
    void device(Device d, String role) {
        if (device != null) {
            device.close();
        }
        this.device = d;
        this.deviceRole = role;
    }

    /** A reference element a step started itself. */
    void device(ReferenceServer server, String role) {
        device(EmbeddedDevice.of(server, role), role);
    }

    /** A device the tester does not start (e.g. another peer standing in for one, in unit tests). */
    void device(InetSocketAddress address, String role) {
        device(new StandInDevice(address, timers(), "stand-in " + role), role);
    }

    Device device() {
        if (device == null) {
            throw new AssertionError("no device: start the scenario with 'Given the device is the uas' (or uac, registrar, redirect)");
        }
        return device;
    }

    boolean hasDevice() {
        return device != null;
    }

    InetSocketAddress deviceAddress() {
        return device().address();
    }

    String deviceRole() {
        return deviceRole;
    }

    /** "device (embedded uas)", "device (sipp-uas)": the device's column in the ladder. */
    String deviceLabel() {
        return "device (" + device().label() + ")";
    }

    /** The device's timers, else the active profile's: {@code T1} and {@code 64*T1} in the features mean these. */
    TimerConfig timers() {
        return device != null ? device.timers() : ActiveProfile.get().timers();
    }

    Traffic traffic() {
        return traffic;
    }

    /** Adds a peer; {@code ${peer.NAME}} is then its host:port in the templates and header rows of the steps. */
    void peer(Peer p) {
        peers.put(p.name(), p);
        variables.set("peer." + p.name(), p.address().getHostString() + ":" + p.address().getPort());
        capture().watch(p.address());
    }

    /**
     * The scenario's capture: live on the loopback interface, one filter per peer, unless
     * {@code -Dsipspec.capture=synthesized} asks for the tester's own record only.
     */
    ScenarioCapture capture() {
        if (capture == null) {
            try {
                capture = "synthesized".equals(System.getProperty(CAPTURE_PROPERTY))
                        ? ScenarioCapture.synthesized("-D" + CAPTURE_PROPERTY + "=synthesized") : ScenarioCapture.live();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a folder for the scenario's capture: " + e.getMessage(), e);
            }
        }
        return capture;
    }

    Peer peer(String name) {
        Peer p = peers.get(name);
        if (p == null) {
            throw new AssertionError("no peer called " + name + ": add 'Given peer " + name + " on udp'");
        }
        return p;
    }

    Map<String, Peer> peers() {
        return peers;
    }

    Variables variables() {
        return variables;
    }

    /** The message a step just received: "it" of the steps that follow, and its peer's last received message. */
    void last(Received r) {
        this.last = r;
        lastReceived.put(r.peer(), r);
        taken.computeIfAbsent(r.peer(), p -> new ArrayList<>()).add(r);
        if (r.message() instanceof io.sipspec.message.SipRequest) {
            lastReceivedRequest.put(r.peer(), r);
        }
    }

    /** The messages steps took from {@code peer}'s mailbox, in order. */
    List<Received> takenBy(String peer) {
        return taken.getOrDefault(peer, List.of());
    }

    Received last() {
        if (last == null) {
            throw new AssertionError("no message has been received yet: a step such as 'alice receives a 200 response within 2 s' comes first");
        }
        return last;
    }

    /** The last message {@code peer} received in a step, or an error naming what is missing. */
    Received lastReceivedBy(String peer) {
        Received r = lastReceived.get(peer);
        if (r == null) {
            throw new AssertionError(peer + " has received nothing yet: a step such as '" + peer + " receives a 200 response within 2 s' comes first");
        }
        return r;
    }

    /** Whether {@code peer} has received a message in a step yet. */
    boolean hasReceived(String peer) {
        return lastReceived.containsKey(peer);
    }

    /** The request {@code peer} received last, if any. */
    java.util.Optional<Received> lastReceivedRequestBy(String peer) {
        Received r = lastReceivedRequest.get(peer);
        return java.util.Optional.ofNullable(r);
    }

    /**
     * The response {@code peer} gives {@code request}, built as RFC 3261 §8.2.6 says: a To tag added (except to a 100, or
     * when the request has one), the same for every response this peer gives this request (Call-ID, CSeq and branch),
     * as a UAS's responses to one request all belong to the one dialog it makes.
     */
    SipResponse.Builder response(String peer, SipRequest request, int status) {
        if (status == 100 || request.to() == null || request.to().tag() != null) {
            return request.createResponse(status);
        }
        String key = peer + ' ' + request.callId() + ' ' + request.cseq() + ' ' + (request.topVia() == null ? "" : request.topVia().branch());
        return request.createResponse(status, toTags.computeIfAbsent(key, k -> Identifiers.newTag()));
    }

    /** Records the bytes {@code peer} sent last, for "sends it again" and for answering the responses to them. */
    void sent(String peer, byte[] bytes) {
        lastSent.put(peer, bytes);
    }

    byte[] lastSentBy(String peer) {
        byte[] b = lastSent.get(peer);
        if (b == null) {
            throw new AssertionError(peer + " has sent nothing yet");
        }
        return b;
    }

    /** How far measured retransmission intervals may be from the timer's: generous, for a loaded CI machine. */
    Tolerance tolerance() {
        return TOLERANCE;
    }

    /**
     * A template file by name, relative to the templates folder: the system property {@value #TEMPLATES_PROPERTY},
     * else {@code features/templates} of the project (run from the project or from a module folder).
     */
    Path template(String name) {
        String configured = System.getProperty(TEMPLATES_PROPERTY);
        List<Path> folders = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("features", "templates"), Path.of("..", "features", "templates"));
        for (Path folder : folders) {
            Path p = folder.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new AssertionError("no template " + name + " in " + folders.stream().map(f -> f.toAbsolutePath().normalize().toString()).toList()
                + " (set -D" + TEMPLATES_PROPERTY + "=FOLDER)");
    }

    /** The traffic as report events (wall-clock times), for the ladder and the pcap. */
    List<WireEvent> wireEvents() {
        List<WireEvent> out = new ArrayList<>();
        for (TrafficEvent e : traffic.events()) {
            if (e instanceof Sent s) {
                out.add(new WireEvent(at(s.nanos()), WireEvent.Transport.valueOf(s.transport().name()), s.local(), s.remote(),
                        s.bytes(), WireEvent.Direction.SENT, s.peer()));
            } else if (e instanceof Received r) {
                out.add(new WireEvent(at(r.nanos()), WireEvent.Transport.valueOf(r.transport().name()), r.remote(), r.local(),
                        r.raw(), WireEvent.Direction.RECEIVED, r.peer()));
            }
        }
        return out;
    }

    private Instant at(long nanos) {
        return wallStart.plusNanos(nanos - nanoStart);
    }

    @Override
    public void close() {
        for (Peer p : peers.values()) {
            p.close();
        }
        if (capture != null) {
            try {
                capture.close();
            } catch (IOException e) {
                // Only temporary files are left behind; the scenario's verdict and evidence are already out.
                LoggerFactory.getLogger(WireContext.class).warn("the capture's temporary files stay: {}", e.getMessage());
            }
        }
        if (device != null) {
            device.close();
        }
    }
}
