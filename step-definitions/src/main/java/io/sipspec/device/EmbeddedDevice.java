package io.sipspec.device;

import io.sipspec.message.Methods;
import io.sipspec.message.SipParseException;
import io.sipspec.message.Uri;
import io.sipspec.server.ConfigException;
import io.sipspec.server.ReferenceServer;
import io.sipspec.tester.Transport;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.ua.UacCore;
import io.sipspec.ua.UserAgent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Locale;
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
        String r = role.toLowerCase(Locale.ROOT);
        // The UAC is the reference UA: it answers like a UAS and sends first through the trigger.
        String element = r.equals("uac") ? "uas" : r;
        if (r.equals("uac")) {
            Warmup.once();
        }
        try {
            ReferenceServer server = ReferenceServer.start("--role=" + element,
                    "--listen=" + transport.name().toLowerCase(Locale.ROOT) + ":127.0.0.1:0", "--t1=" + timers.t1Millis(),
                    "--t2=" + timers.t2Millis(), "--t4=" + timers.t4Millis());
            return new EmbeddedDevice(server, r, server.config().timers());
        } catch (ConfigException e) {
            throw new TestAbortedException("skipped: the embedded stack cannot be the " + r + ": " + e.getMessage());
        }
    }

    /**
     * Starts the reference element of {@code role} listening on UDP and TCP at the same port of 127.0.0.1 (for
     * scenarios tagged both @udp and @tcp: a request that arrives over one transport and leaves over the other). The
     * port is one found free for both; if another process takes it meanwhile, another is tried.
     *
     * @throws TestAbortedException when the reference stack has no element for the role yet
     */
    public static EmbeddedDevice startOnUdpAndTcp(String role, TimerConfig timers) {
        String r = role.toLowerCase(Locale.ROOT);
        String element = r.equals("uac") ? "uas" : r;
        RuntimeException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = freeUdpAndTcpPort();
            try {
                ReferenceServer server = ReferenceServer.start("--role=" + element,
                        "--listen=udp:127.0.0.1:" + port + ",tcp:127.0.0.1:" + port, "--t1=" + timers.t1Millis(),
                        "--t2=" + timers.t2Millis(), "--t4=" + timers.t4Millis());
                return new EmbeddedDevice(server, r, server.config().timers());
            } catch (ConfigException e) {
                throw new TestAbortedException("skipped: the embedded stack cannot be the " + r + ": " + e.getMessage());
            } catch (RuntimeException e) {
                // The port was taken between the probe and the bind.
                last = e;
            }
        }
        throw new IllegalStateException("no port of 127.0.0.1 free for both UDP and TCP after 5 attempts", last);
    }

    private static int freeUdpAndTcpPort() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = tcp.getLocalPort();
                try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
                    return port;
                } catch (IOException taken) {
                    // UDP port in use: try another
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot probe for a free TCP port", e);
            }
        }
        throw new IllegalStateException("no port of 127.0.0.1 free for both UDP and TCP after 20 probes");
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
