package io.sipspec.steps;

import io.sipspec.device.ActiveProfile;
import io.sipspec.device.Device;
import io.sipspec.device.EmbeddedDevice;
import io.sipspec.device.Profiles;
import io.sipspec.device.StandInDevice;
import io.sipspec.report.WireEvent;
import io.sipspec.server.ReferenceServer;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Sent;
import io.sipspec.tester.TrafficEvent;
import io.sipspec.tester.Traffic;
import io.sipspec.tester.Variables;
import io.sipspec.transaction.TimerConfig;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario on the wire: the device under test, the tester's peers, their traffic and the values stored from it.
 * Made per scenario by {@link ScenarioObjectFactory}; {@link #close()} stops everything.
 */
public final class WireContext implements AutoCloseable {

    /** The embedded device's timers: scaled (T1 = 50 ms), so timer scenarios take milliseconds. */
    static final TimerConfig EMBEDDED_TIMERS = Profiles.embedded().timers();

    private final Traffic traffic = new Traffic();
    private final Instant wallStart = Instant.now();
    private final long nanoStart = traffic.now();
    private final Map<String, Peer> peers = new LinkedHashMap<>();
    private final Variables variables = new Variables();
    private Device device;
    private String deviceRole;
    private Received last;

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

    void peer(Peer p) {
        peers.put(p.name(), p);
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

    void last(Received r) {
        this.last = r;
    }

    Received last() {
        if (last == null) {
            throw new AssertionError("no message has been received yet");
        }
        return last;
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
        if (device != null) {
            device.close();
        }
    }
}
