package io.sipspec.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Flow;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReferenceServerTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<ReferenceServer> started = new ArrayList<>();

    private int run(String... args) {
        int status = ReferenceServer.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), started::add);
        return status;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheReadyLineWithTheBoundPortsAndClosesCleanly() throws IOException {
        assertEquals(0, run("--role=registrar", "--listen=udp:127.0.0.1:0,tcp:127.0.0.1:0"));
        ReferenceServer server = started.get(0);
        List<ListenPoint> points = server.listeningPoints();

        assertEquals("sipspec registrar listening on " + points.get(0) + ", " + points.get(1) + System.lineSeparator(), out());
        assertTrue(points.stream().allMatch(p -> p.address().getPort() > 0), points::toString);

        server.close();
        server.close();
        assertTrue(server.isClosed());
        // Closed means the port is free again.
        try (DatagramSocket again = new DatagramSocket(points.get(0).address())) {
            assertEquals(points.get(0).address().getPort(), again.getLocalPort());
        }
    }

    @Test
    void aRoleWithoutAnElementIsNotAvailable() {
        ServerConfig config = ServerConfig.fromArgs("--role=proxy", "--listen=udp:127.0.0.1:0");
        ConfigException e = assertThrows(ConfigException.class, () -> ReferenceServer.start(config,
                new RoleRegistry().register(Role.UAS, UaElements::uas)));

        assertEquals("role", e.key());
        assertEquals("config key 'role': proxy is not available yet; available roles: uas", e.getMessage());
    }

    @Test
    void theProxyRoleAnswersOptionsToItself() throws Exception {
        try (ReferenceServer server = ReferenceServer.start("--role=proxy", "--listen=udp:127.0.0.1:0")) {
            assertTrue(server.readyLine().startsWith("sipspec proxy listening on udp:127.0.0.1:"), server.readyLine());
            try (UdpPeer peer = new UdpPeer(server.listeningPoints().get(0).address())) {
                int port = server.listeningPoints().get(0).address().getPort();
                SipResponse r = peer.exchange(peer.request("OPTIONS", "sip:127.0.0.1:" + port, "sip:127.0.0.1").build());
                assertEquals(200, r.statusCode());
                assertTrue(r.headerValue("Allow").contains("INVITE"), r.toString());
            }
        }
    }

    @Test
    void theUasRoleAnswersOptions() throws Exception {
        try (ReferenceServer server = ReferenceServer.start("--role=uas", "--listen=udp:127.0.0.1:0")) {
            assertTrue(server.readyLine().startsWith("sipspec uas listening on udp:127.0.0.1:"), server.readyLine());
            try (UdpPeer peer = new UdpPeer(server.listeningPoints().get(0).address())) {
                SipResponse r = peer.exchange(peer.request("OPTIONS", "sip:uas@127.0.0.1", "sip:uas@127.0.0.1").build());
                assertEquals(200, r.statusCode());
                assertTrue(r.headerValue("Allow").contains("INVITE"), r.toString());
            }
        }
    }

    @Test
    void theUacRoleNeedsATarget() {
        ConfigException e = assertThrows(ConfigException.class, () -> ReferenceServer.start("--role=uac", "--listen=udp:127.0.0.1:0"));

        assertEquals("target", e.key());
    }

    @Test
    void aBadProxyModeExitsWith2() {
        assertEquals(2, run("--role=proxy", "--listen=udp:127.0.0.1:0", "--proxy.mode=sideways"));

        assertTrue(err().contains("config key 'proxy.mode': 'sideways' is not stateful or stateless"), err());
        assertEquals("", out());
        assertTrue(started.isEmpty());
    }

    @Test
    void aRegisteredFactoryMakesTheRoleAvailable() {
        TransactionUser silent = new TransactionUser() {
            @Override
            public void requestReceived(ServerTransaction transaction, SipRequest request) {
            }

            @Override
            public void ackReceived(SipRequest ack, Flow flow) {
            }
        };
        RoleRegistry roles = RoleRegistry.defaults().register(Role.UAS, (stack, config) -> silent);

        try (ReferenceServer server = ReferenceServer.start(ServerConfig.fromArgs("--role=uas", "--listen=udp:127.0.0.1:0"), roles)) {
            assertTrue(server.readyLine().startsWith("sipspec uas listening on udp:127.0.0.1:"), server.readyLine());
            assertEquals(silent, server.element());
        }
    }

    @Test
    void aBadConfigurationExitsWith2NamingTheKey() {
        assertEquals(2, run("--role=registrar", "--listen=udp:127.0.0.1:x"));

        assertTrue(err().startsWith("sipspec: config key 'listen': "), err());
    }

    @Test
    void aPortInUseExitsWith1() throws IOException {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            assertEquals(1, run("--role=registrar", "--listen=udp:127.0.0.1:" + taken.getLocalPort()));
        }
        assertTrue(err().startsWith("sipspec: cannot start: "), err());
    }

    @Test
    void helpListsTheKeys() {
        assertEquals(0, run("--help"));

        assertTrue(out().contains("--listen="), out());
        assertTrue(started.isEmpty());
    }

    /** The real process: java ... ReferenceServer, then SIGTERM (through its ProcessHandle, which keeps our pipes open). */
    @Test
    void sigtermStopsTheProcessCleanly() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ReferenceServer.class.getName(),
                "--role=redirect", "--listen=udp:127.0.0.1:0", "--log=warn")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String ready = CompletableFuture.supplyAsync(() -> readLine(lines)).get(30, TimeUnit.SECONDS);
            assertTrue(Pattern.matches("sipspec redirect listening on udp:127\\.0\\.0\\.1:\\d+", ready), ready);

            assertTrue(p.toHandle().destroy(), "SIGTERM could not be sent");

            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the server did not stop within 20 s of SIGTERM");
            assertEquals("sipspec redirect stopped", readLine(lines));
            // 128 + SIGTERM (15): the JVM ran its shutdown hooks and exited on the signal.
            assertEquals(143, p.exitValue());
        } finally {
            p.destroyForcibly();
        }
    }

    private static String readLine(BufferedReader r) {
        try {
            return r.readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
