package io.sipspec.device;

import io.sipspec.message.Address;
import io.sipspec.message.Methods;
import io.sipspec.message.SipParseException;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import io.sipspec.server.ConfigException;
import io.sipspec.server.ConfigKey;
import io.sipspec.server.ReferenceServer;
import io.sipspec.tester.Transport;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.ua.IncomingCall;
import io.sipspec.ua.OutgoingCall;
import io.sipspec.ua.Registration;
import io.sipspec.ua.UacCore;
import io.sipspec.ua.UserAgent;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.opentest4j.TestAbortedException;

/**
 * The reference element for a role, started in-process on a free port of 127.0.0.1 with the profile's timers. The
 * UAC role is the reference user agent, which sends first when triggered through its API ({@link UacCore}).
 */
public final class EmbeddedDevice implements Device {

    private final ReferenceServer server;
    private final String role;
    private final TimerConfig timers;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<Uri, Registration> registrations = new ConcurrentHashMap<>();

    /** A call placed through the trigger, to {@code target}. */
    private record Call(Uri target, OutgoingCall call) {
    }
    /** The calls the device placed ({@link #trigger}), by the host:port of the peer called: the latest one each. */
    private final Map<String, OutgoingCall> placed = new ConcurrentHashMap<>();
    /** The calls the device received, in order (see {@link #start}). */
    private final List<IncomingCall> received = new ArrayList<>();

    private EmbeddedDevice(ReferenceServer server, String role, TimerConfig timers) {
        this.server = server;
        this.role = role;
        this.timers = timers;
    }

    /**
     * Starts the reference element of {@code role} listening on {@code transport}, and on the other of UDP and TCP on the
     * same port.
     *
     * @throws TestAbortedException when the reference stack has no element for the role yet (e.g. proxy)
     */
    public static EmbeddedDevice start(String role, Transport transport, TimerConfig timers) {
        return start(role, transport, timers, Map.of());
    }

    /**
     * As {@link #start(String, Transport, TimerConfig)}, with more keys of the reference server's configuration
     * ({@code fork=sequential}, {@code proxy.mode=stateless}, {@code timer.c=500}: see {@link ConfigKey}).
     *
     * @throws IllegalArgumentException naming an option the reference server does not take
     */
    public static EmbeddedDevice start(String role, Transport transport, TimerConfig timers, Map<String, String> options) {
        String r = role.toLowerCase(Locale.ROOT);
        // The UAC is the reference UA: it answers like a UAS and sends first through the trigger.
        String element = r.equals("uac") ? "uas" : r;
        if (r.equals("uac")) {
            Warmup.once();
        }
        // RFC 3261 §18.2.1: "For any port and interface that a server listens on for UDP, it MUST listen on that same port
        // and interface for TCP." Both on one free port; the scenario's transport first, the address the peers use.
        Transport other = transport == Transport.UDP ? Transport.TCP : Transport.UDP;
        String listen = transport.name().toLowerCase(Locale.ROOT) + ":127.0.0.1:0," + other.name().toLowerCase(Locale.ROOT) + ":127.0.0.1:0";
        try {
            List<String> args = new ArrayList<>(List.of("--role=" + element, "--listen=" + listen, "--t1=" + timers.t1Millis(),
                    "--t2=" + timers.t2Millis(), "--t4=" + timers.t4Millis()));
            options.forEach((k, v) -> args.add("--" + k + "=" + v));
            ReferenceServer server = ReferenceServer.start(args.toArray(String[]::new));
            return watched(new EmbeddedDevice(server, r, server.config().timers()));
        } catch (ConfigException e) {
            if (!options.isEmpty()) {
                throw new IllegalArgumentException("the embedded " + r + " does not take the options " + options + ": " + e.getMessage(), e);
            }
            throw new TestAbortedException("skipped: the embedded stack cannot be the " + r + ": " + e.getMessage());
        }
    }

    /** A reference element started elsewhere (e.g. with more options than a profile gives), closed with the scenario. */
    public static EmbeddedDevice of(ReferenceServer server, String role) {
        return watched(new EmbeddedDevice(server, role.toLowerCase(Locale.ROOT), server.config().timers()));
    }

    /** A UA device keeps the calls it receives, to {@link #act} in them. */
    private static EmbeddedDevice watched(EmbeddedDevice device) {
        if (device.server.element() instanceof UserAgent ua) {
            ua.onIncomingCall(device::received);
        }
        return device;
    }

    @Override
    public InetSocketAddress address() {
        return server.listeningPoints().get(0).address();
    }

    @Override
    public TimerConfig timers() {
        return timers;
    }

    @Override
    public String label() {
        return "embedded " + role;
    }

    /**
     * INVITE places a call (§13), REGISTER registers the UA's contact (§10.2, the same registration each time for a
     * registrar, so refreshes keep its Call-ID), other methods go out of dialog (§8.1). Two actions that are not
     * methods of a new request: CANCEL hangs up the calls to the target that have no final response (the UA sends the
     * CANCEL when §9.1 lets it), "unregister" removes the registration at the target (§10.2.2), and
     * {@value Device#INVITE_WITHOUT_OFFER} places a call whose INVITE has no offer (§13.2.1: the answer goes in the ACK).
     */
    @Override
    public void trigger(String method, TriggerTarget target) {
        if (!(server.element() instanceof UserAgent ua)) {
            throw new TestAbortedException("skipped: needs trigger: the embedded " + role + " does not send " + method + " requests");
        }
        Uri uri;
        try {
            uri = Uri.parse(target.uri());
        } catch (SipParseException e) {
            throw new IllegalArgumentException("cannot trigger a request to " + target.uri() + ": " + e.reason(), e);
        }
        UacCore uac = ua.uac();
        switch (method) {
            case Methods.INVITE -> {
                OutgoingCall call = uac.call(uri);
                calls.add(new Call(uri, call));
                placed.put(target.hostPort(), call);
            }
            case INVITE_WITHOUT_OFFER -> {
                OutgoingCall call = uac.callWithoutOffer(uri);
                calls.add(new Call(uri, call));
                placed.put(target.hostPort(), call);
            }
            case Methods.REGISTER -> registrations.computeIfAbsent(uri, uac::registration).register(3600);
            case Methods.CANCEL -> calls.stream().filter(c -> c.target().equals(uri) && c.call().state() != OutgoingCall.State.CONFIRMED)
                    .forEach(c -> c.call().hangup());
            case "unregister" -> registrations.computeIfAbsent(uri, uac::registration).unregister();
            default -> uac.send(uac.newRequest(method, uri).build());
        }
    }

    /**
     * Gives the UA a pre-existing route set for its requests outside of dialogs (§8.1.1.1, an outbound proxy).
     *
     * @throws TestAbortedException when the embedded element is not a UA
     */
    public void routeSet(List<Address> routes) {
        if (!(server.element() instanceof UserAgent ua)) {
            throw new TestAbortedException("skipped: the embedded " + role + " sends no requests of its own");
        }
        ua.uac().routeSet(routes);
    }

    private synchronized void received(IncomingCall call) {
        received.add(call);
        notifyAll();
    }

    /** How long {@link #act} waits for the call to reach the UA core: it hears of it just after its 180 is sent. */
    private static final long CALL_WAIT_MILLIS = 2000;

    /**
     * Hangs up ({@code hangup()}: BYE, or CANCEL / 403 while the call is not answered) or re-INVITEs the latest call
     * with the peer: one the device placed to it, else one whose INVITE came from it (its top Via's sent-by).
     */
    @Override
    public void act(CallAction action, TriggerTarget target) {
        OutgoingCall out = placed.get(target.hostPort());
        if (out != null) {
            switch (action) {
                case HANG_UP -> out.hangup();
                case REINVITE -> out.reinvite();
                case REINVITE_WITHOUT_OFFER -> out.reinviteWithoutOffer();
            }
            return;
        }
        IncomingCall in = incomingFrom(target).orElseThrow(() -> new AssertionError("the device has no call with "
                + target.user() + " (" + target.hostPort() + ") to " + action.description() + " in"));
        switch (action) {
            case HANG_UP -> in.hangup();
            case REINVITE -> in.reinvite();
            case REINVITE_WITHOUT_OFFER -> in.reinviteWithoutOffer();
        }
    }

    private synchronized Optional<IncomingCall> incomingFrom(TriggerTarget target) {
        long deadline = System.nanoTime() + CALL_WAIT_MILLIS * 1_000_000;
        while (true) {
            for (int i = received.size() - 1; i >= 0; i--) {
                Via via = received.get(i).invite().topVia();
                if (via != null && via.sentBy().equals(target.hostPort())) {
                    return Optional.of(received.get(i));
                }
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The reference UA forms the request (§19.1.5) and sends it, or sends nothing when it finds the URI invalid. */
    @Override
    public void triggerFromUri(String uri) {
        if (!(server.element() instanceof UserAgent ua)) {
            throw new TestAbortedException("skipped: needs trigger: the embedded " + role + " does not send requests");
        }
        ua.uac().sendFromUri(uri);
    }

    @Override
    public String triggerLog() {
        return "";
    }

    @Override
    public void close() {
        server.close();
    }
}
