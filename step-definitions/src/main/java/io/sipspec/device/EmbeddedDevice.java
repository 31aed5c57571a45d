package io.sipspec.device;

import io.sipspec.message.Methods;
import io.sipspec.message.SipParseException;
import io.sipspec.message.Uri;
import io.sipspec.server.ConfigException;
import io.sipspec.server.ConfigKey;
import io.sipspec.server.ReferenceServer;
import io.sipspec.tester.Transport;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.ua.UacCore;
import io.sipspec.ua.UserAgent;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opentest4j.TestAbortedException;

/**
 * The reference element for a role, started in-process on a free port of 127.0.0.1 with the profile's timers. The
 * UAC role is the reference user agent, which sends first when triggered through its API ({@link UacCore}).
 */
public final class EmbeddedDevice implements Device {

    private final ReferenceServer server;
    private final String role;
    private final TimerConfig timers;

    private EmbeddedDevice(ReferenceServer server, String role, TimerConfig timers) {
        this.server = server;
        this.role = role;
        this.timers = timers;
    }

    /**
     * Starts the reference element of {@code role} listening on {@code transport}.
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
        try {
            List<String> args = new ArrayList<>(List.of("--role=" + element,
                    "--listen=" + transport.name().toLowerCase(Locale.ROOT) + ":127.0.0.1:0", "--t1=" + timers.t1Millis(),
                    "--t2=" + timers.t2Millis(), "--t4=" + timers.t4Millis()));
            options.forEach((k, v) -> args.add("--" + k + "=" + v));
            ReferenceServer server = ReferenceServer.start(args.toArray(String[]::new));
            return new EmbeddedDevice(server, r, server.config().timers());
        } catch (ConfigException e) {
            if (!options.isEmpty()) {
                throw new IllegalArgumentException("the embedded " + r + " does not take the options " + options + ": " + e.getMessage(), e);
            }
            throw new TestAbortedException("skipped: the embedded stack cannot be the " + r + ": " + e.getMessage());
        }
    }

    /** A reference element started elsewhere (e.g. with more options than a profile gives), closed with the scenario. */
    public static EmbeddedDevice of(ReferenceServer server, String role) {
        return new EmbeddedDevice(server, role.toLowerCase(Locale.ROOT), server.config().timers());
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

    /** INVITE places a call (§13), REGISTER registers the UA's contact (§10.2), other methods go out of dialog (§8.1). */
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
            case Methods.INVITE -> uac.call(uri);
            case Methods.REGISTER -> uac.registration(uri).register(3600);
            default -> uac.send(uac.newRequest(method, uri).build());
        }
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
