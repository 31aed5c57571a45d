package io.sipspec.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.sipspec.device.ActiveProfile;
import io.sipspec.device.Applicability;
import io.sipspec.device.Device;
import io.sipspec.device.DeviceProfile;
import io.sipspec.device.EmbeddedDevice;
import io.sipspec.device.ExternalDevice;
import io.sipspec.device.TriggerTarget;
import io.sipspec.tester.Durations;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.RetransmissionVerdict;
import io.sipspec.tester.Retransmissions;
import io.sipspec.tester.Tolerance;
import io.sipspec.tester.Transport;
import io.sipspec.transaction.TimerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * The device under test, taken from the active {@link DeviceProfile}: the embedded reference element for the role
 * (the default) or an external device at the profile's address. Scenarios whose role or transport the device does
 * not have are skipped with the reason; so are those that need the device to send first when the profile has no
 * trigger for it ("skipped: needs trigger").
 */
public final class DeviceSteps {

    private final WireContext wire;
    private Collection<String> tags = List.of();

    public DeviceSteps(WireContext wire) {
        this.wire = wire;
    }

    /** Skips, with the reason, a scenario the device cannot be tested with (role, transport, the profile's tags). */
    @Before(order = 0)
    public void skipWhereNotApplicable(Scenario scenario) {
        tags = scenario.getSourceTagNames();
        Optional<String> reason = Applicability.skipReason(ActiveProfile.get(), tags);
        if (reason.isPresent()) {
            throw new TestAbortedException(reason.get());
        }
    }

    /**
     * The device of the active profile in {@code role} (uas, uac, registrar, redirect, proxy): the embedded element for
     * the role, listening on the scenario's transport (on both, at one port, for a scenario tagged @udp and @tcp), or
     * the external device's address and timers. Variables for the templates: {@code ${device.aor}}, {@code ${device.user}}, {@code ${device.password}}, {@code ${device.domain}}.
     */
    @StepDoc(group = StepGroup.SETUP, example = "the device is the uas",
            summary = "The device under test in this role, from the active profile: the embedded reference element (default) or the external device; skipped when the device does not have the role.")
    @Given("the device is the {word}")
    public void theDeviceIs(String role) {
        DeviceProfile profile = ActiveProfile.get();
        String r = role.toLowerCase(Locale.ROOT);
        if (!profile.hasRole(r)) {
            throw new TestAbortedException("skipped: " + profile.name() + " is not a " + r + " (its roles: "
                    + String.join(", ", profile.roles()) + ")");
        }
        Device device;
        if (!profile.embedded()) {
            device = new ExternalDevice(profile);
        } else {
            // The embedded element listens on UDP and TCP at one port (§18.2.1), which @udp @tcp scenarios rely on.
            device = EmbeddedDevice.start(r, scenarioTransport(profile), profile.timers());
        }
        wire.device(device, r);
        wire.variables().set("device.aor", profile.aor()).set("device.user", profile.user())
                .set("device.password", profile.password()).set("device.domain", profile.domain());
    }

    /** The step the first features were written with; it now means the device of the active profile, as above. */
    /**
     * Makes the device send a request to a peer (its UAC behaviour): through the API of the embedded stack, or the
     * profile's {@code trigger.<method>} command for an external device; skipped ("needs trigger") without one.
     */
    @StepDoc(group = StepGroup.SEND, example = "the device sends an INVITE to bob",
            summary = "Makes the device send this request to the peer (UAC behaviour): the embedded stack's API, or the profile's trigger command; skipped (needs trigger) without one.")
    @When("the device sends a(n) {word} to {word}")
    public void theDeviceSends(String method, String peerName) {
        Peer p = wire.peer(peerName);
        wire.device().trigger(method, new TriggerTarget(peerName, p.address(), p.transport().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * RFC 3261 §17.1.1.2 and §17.1.2.2: waits until {@code until} after the first transmission (the message the
     * peer last received), then checks every transmission of that request (same method and branch) against the
     * schedule of Timer A (INVITE: T1, 2*T1, 4*T1... uncapped) or Timer E (non-INVITE: doubling, capped at T2), that
     * none came after {@code until} (Timer B or F), and that none is missing: after the last one, the next interval
     * would have ended after {@code until}. (The last transmission of the schedule is only T1 before the timeout, so the
     * next one is reckoned from the device's own last transmission, not from the nominal schedule, whose ticks may have
     * drifted.)
     */
    @StepDoc(group = StepGroup.TIMING, example = "bob receives its retransmissions on Timer A until 64*T1",
            summary = "Every transmission of the request last received, until the duration, follows Timer A (INVITE) or E (non-INVITE): none late, none missing, none after Timer B/F.")
    @Then("{word} receives its retransmissions on Timer {word} until {duration}")
    public void receivesRetransmissions(String peerName, String timer, Duration until) {
        Received first = wire.last();
        TimerConfig timers = wire.timers();
        Retransmissions schedule = switch (timer) {
            case "A" -> Retransmissions.timerA(timers);
            case "E" -> Retransmissions.timerE(timers);
            default -> throw new IllegalArgumentException("Timer " + timer + ": write Timer A (INVITE) or Timer E (non-INVITE)");
        };
        Tolerance tolerance = tolerance(timers);
        int expected = transmissionsBefore(schedule, until);
        Duration grace = tolerance.allowed(schedule.interval(expected));
        String branch = first.message().topVia().branch();
        String method = first.message().cseq().method();
        Peer peer = wire.peer(peerName);
        // Waits the whole span: a retransmission too many is as much a failure as one too few.
        Duration left = until.plus(grace).minus(Duration.ofNanos(wire.traffic().now() - first.nanos()));
        peer.mailbox().expectNothing(r -> false, left.isNegative() ? Duration.ZERO : left, peerName + " collects the retransmissions");
        List<Received> copies = new ArrayList<>(peer.mailbox().all(r -> r.isRequest(method) && r.message().topVia() != null
                && branch.equals(r.message().topVia().branch())));
        copies.removeIf(r -> r.nanos() < first.nanos());
        for (int i = 1; i < copies.size(); i++) {
            // Consumed, so that a later "receives nothing" sees only what comes after them.
            peer.mailbox().expect(r -> r.isRequest(method) && branch.equals(r.message().topVia().branch()), Duration.ZERO,
                    peerName + " receives a retransmission of " + method);
        }
        List<Duration> times = copies.stream().map(r -> Duration.ofNanos(r.nanos() - first.nanos())).toList();
        Reports.attachText("transmissions of " + method, format(times));
        checkTransmissions(method + " on Timer " + timer + " (T1 = " + Durations.format(timers.t1()) + ")", times, schedule,
                tolerance, until);
    }

    /**
     * The check of {@link #receivesRetransmissions} on the times of the transmissions (the first at 0).
     *
     * @throws AssertionError naming the interval off schedule, the transmission after the timeout or the one missing
     */
    static void checkTransmissions(String what, List<Duration> times, Retransmissions schedule, Tolerance tolerance, Duration until) {
        RetransmissionVerdict verdict = schedule.check(times.stream().map(Duration::toNanos).toList(), tolerance);
        if (!verdict.ok()) {
            throw new AssertionError(verdict.explanation() + "; the transmissions came at " + format(times));
        }
        Duration last = times.get(times.size() - 1);
        if (last.compareTo(until.plus(tolerance.absolute())) > 0) {
            throw new AssertionError(what + ": transmission " + times.size() + " came at " + Durations.format(last)
                    + ", after the transaction timed out at " + Durations.format(until) + "; the transmissions came at " + format(times));
        }
        // The next transmission was due before the timeout (on the device's own clock, drift included): it is missing.
        Duration next = schedule.interval(times.size() - 1);
        if (last.plus(next).plus(tolerance.absolute()).compareTo(until) < 0) {
            throw new AssertionError(what + ": saw " + times.size() + " transmissions, the last at " + Durations.format(last)
                    + "; transmission " + (times.size() + 1) + " was due " + Durations.format(next) + " later, before the transaction"
                    + " times out at " + Durations.format(until) + " (the schedule has " + transmissionsBefore(schedule, until)
                    + "); the transmissions came at " + format(times));
        }
    }

    private static String format(List<Duration> times) {
        return times.stream().map(Durations::format).toList().toString();
    }

    /**
     * 25 % of the interval, plus a fifth of T1 (at least 30 ms) for scheduling and loopback latency: the tolerance of
     * the timing steps, wide enough for a busy 2-core machine running the embedded device with T1 = 50 ms.
     */
    static Tolerance tolerance(TimerConfig timers) {
        return new Tolerance(Duration.ofMillis(Math.max(30, timers.t1Millis() / 5)), 0.25);
    }

    /** How many transmissions {@code schedule} makes before {@code until}, the first at 0. */
    static int transmissionsBefore(Retransmissions schedule, Duration until) {
        int n = 1;
        Duration at = Duration.ZERO;
        for (int i = 0; ; i++) {
            at = at.plus(schedule.interval(i));
            if (at.compareTo(until) >= 0) {
                return n;
            }
            n++;
        }
    }

    /** What the trigger commands printed, in the report. Runs before the evidence hook closes the device. */
    @After(order = 20)
    public void attachTriggerLog() {
        if (wire.hasDevice()) {
            String log = wire.device().triggerLog();
            if (!log.isEmpty()) {
                Reports.attachText("trigger", log);
            }
        }
    }

    /** TCP for a scenario tagged @tcp only, else the profile's main transport. */
    Transport scenarioTransport(DeviceProfile profile) {
        if (tags.contains("@tcp") && !tags.contains("@udp")) {
            return Transport.TCP;
        }
        return tags.contains("@udp") ? Transport.UDP : profile.transport();
    }

    /**
     * Steps that set up a particular embedded element test our own stack whatever the profile says; against an
     * external device they would hand out a verdict about the wrong device, so they skip instead.
     */
    static void requireEmbeddedProfile(String what) {
        DeviceProfile profile = ActiveProfile.get();
        if (!profile.embedded()) {
            throw new TestAbortedException("skipped: " + what + " needs the embedded profile (the device is " + profile.name() + ")");
        }
    }
}
