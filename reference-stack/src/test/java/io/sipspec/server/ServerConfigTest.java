package io.sipspec.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.auth.DigestAlgorithm;
import io.sipspec.registrar.ExpiryPolicy;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerConfigTest {

    @TempDir
    Path dir;

    @Test
    void proxyKeys() {
        ServerConfig d = ServerConfig.fromArgs("--role=proxy");
        assertEquals(io.sipspec.proxy.ProxyConfig.DEFAULT, d.proxy());

        ServerConfig c = ServerConfig.fromArgs("--role=proxy", "--proxy.mode=stateless", "--record-route=off", "--timer.c=200000",
                "--fork=sequential", "--recurse=off");
        assertEquals(new io.sipspec.proxy.ProxyConfig(io.sipspec.proxy.ProxyMode.STATELESS, false, Duration.ofSeconds(200),
                io.sipspec.proxy.ForkingMode.SEQUENTIAL, false, List.of()), c.proxy());
    }

    @Test
    void proxyRouteIsALocalRouteSet() {
        ServerConfig c = ServerConfig.fromArgs("--role=proxy", "--proxy.route=<sip:edge.example.com;lr>, <sip:192.0.2.9:5070;lr>");

        assertEquals(List.of(io.sipspec.message.Address.parse("<sip:edge.example.com;lr>"), io.sipspec.message.Address.parse("<sip:192.0.2.9:5070;lr>")),
                c.proxy().routeSet());
    }

    @Test
    void uasKeys() {
        ServerConfig d = ServerConfig.fromArgs("--role=uas");
        assertEquals(new UasSettings(0, io.sipspec.ua.UasBehaviour.DEFAULT), d.uas());

        ServerConfig c = ServerConfig.fromArgs("--role=uas", "--ring=forever", "--non-invite.delay=800", "--100rel=required",
                "--accept=bob, carol", "--foreign-to=reject", "--body.limit=100", "--body.limit.retry-after=60");
        assertEquals(new UasSettings(io.sipspec.ua.UaConfig.RING_FOREVER, new io.sipspec.ua.UasBehaviour(800,
                io.sipspec.ua.UasBehaviour.Reliability.REQUIRED, java.util.Set.of("bob", "carol"), true, 100, 60)), c.uas());
        assertEquals(1500, ServerConfig.fromArgs("--role=uas", "--ring=1500", "--100rel=on").uas().ringMillis());
    }

    @ParameterizedTest
    @CsvSource({"proxy.mode, sideways", "record-route, maybe", "timer.c, 0", "fork, sideways", "recurse, maybe", "proxy.route, <mailto:a@b.c>",
            "proxy.route, <sip:a@"})
    void badProxyValuesNameTheirKey(String key, String value) {
        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.fromArgs("--role=proxy", "--" + key + "=" + value));

        assertEquals(key, e.key());
    }

    @Test
    void defaults() {
        ServerConfig c = ServerConfig.fromArgs("--role=registrar");

        assertEquals(Role.REGISTRAR, c.role());
        assertEquals(List.of(new ListenPoint(TransportType.UDP, new InetSocketAddress("127.0.0.1", 5060)),
                new ListenPoint(TransportType.TCP, new InetSocketAddress("127.0.0.1", 5060))), c.listen());
        assertEquals(TimerConfig.DEFAULT, c.timers());
        assertEquals(List.of("127.0.0.1"), c.domains());
        assertEquals("127.0.0.1", c.realm());
        assertFalse(c.auth());
        assertEquals(List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5), c.algorithms());
        assertEquals(ExpiryPolicy.DEFAULT, c.expiry());
        assertEquals("info", c.logLevel());
        assertNull(c.target());
        assertEquals(1, c.calls());
    }

    @Test
    void theFileIsReadAndTheCommandLineWins() throws IOException {
        Path file = dir.resolve("server.properties");
        Files.writeString(file, """
                # a registrar for example.com
                role = redirect
                listen = udp:127.0.0.1:5070, tcp:[::1]:5071
                domain = example.com, example.org
                users = alice:secret,bob:pa:ss
                t1 = 50
                expires.default = 120
                expires.min = 10
                expires.max = 600
                target = sip:carol@example.com
                calls = 3
                hold = 250
                """);

        ServerConfig c = ServerConfig.fromArgs("--config", file.toString(), "--role=registrar", "--t1=100", "--t4=5000");

        assertEquals(Role.REGISTRAR, c.role());
        assertEquals("udp:127.0.0.1:5070", c.listen().get(0).toString());
        assertEquals("tcp:[0:0:0:0:0:0:0:1]:5071", c.listen().get(1).toString());
        assertEquals(List.of("example.com", "example.org"), c.domains());
        assertEquals("example.com", c.realm());
        assertEquals(Map.of("alice", "secret", "bob", "pa:ss"), c.users());
        assertTrue(c.auth());
        assertEquals(new TimerConfig(Duration.ofMillis(100), Duration.ofMillis(800), Duration.ofMillis(5000), Duration.ofMillis(6400)),
                c.timers());
        assertEquals(new ExpiryPolicy(120, 10, 600), c.expiry());
        assertEquals("sip:carol@example.com", c.target().toString());
        assertEquals(3, c.calls());
        assertEquals(Duration.ofMillis(250), c.hold());
    }

    @Test
    void theConfigFileCanBeGivenWithAnEqualsSign() throws IOException {
        Path file = dir.resolve("r.properties");
        Files.writeString(file, "role=redirect\n");

        assertEquals(Role.REDIRECT, ServerConfig.fromArgs("--config=" + file).role());
    }

    @Test
    void passwordsAreNotShown() {
        ServerConfig c = ServerConfig.fromArgs("--role=registrar", "--users=alice:s3cr3t-pw");

        assertFalse(c.toString().contains("s3cr3t-pw"), c::toString);
        assertTrue(c.toString().contains("alice"), c::toString);
    }

    @ParameterizedTest(name = "{0} -> key {1}")
    @CsvSource(delimiter = '|', value = {
        "--listen=udp:127.0.0.1:5060                    | role",
        "--role=gateway                                 | role",
        "--role=registrar --listen=sctp:127.0.0.1:5060  | listen",
        "--role=registrar --listen=udp:127.0.0.1        | listen",
        "--role=registrar --listen=udp:::1:5060         | listen",
        "--role=registrar --listen=udp:127.0.0.1:70000  | listen",
        "--role=registrar --listen=tls:127.0.0.1:5061   | tls.cert",
        "--role=registrar --t1=0                        | t1",
        "--role=registrar --t1=fast                     | t1",
        "--role=registrar --t1=500 --t2=100             | t2",
        "--role=registrar --auth=on                     | auth",
        "--role=registrar --users=alice:x --auth=maybe  | auth",
        "--role=registrar --users=alice                 | users",
        "--role=registrar --algorithms=SHA-1            | algorithms",
        "--role=registrar --expires.min=7200            | expires.min",
        "--role=registrar --expires.max=10              | expires.max",
        "--role=registrar --log=loud                    | log",
        "--role=registrar --domain=exa_mple.com         | domain",
        "--role=uac --target=not-a-uri                  | target",
        "--role=uas --ring=soon                         | ring",
        "--role=uas --non-invite.delay=-1               | non-invite.delay",
        "--role=uas --100rel=maybe                      | 100rel",
        "--role=uas --foreign-to=maybe                  | foreign-to",
        "--role=uas --foreign-to=reject                 | foreign-to",
        "--role=uas --body.limit=-5                     | body.limit",
        "--role=uas --body.limit.retry-after=60         | body.limit.retry-after",
        "--role=registrar --colour=blue                 | colour",
        "--role=registrar --config                      | config",
        "--role=registrar role=uas                      | role=uas",
    })
    void aBadValueNamesItsKey(String args, String key) {
        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.fromArgs(args.trim().split(" +")));

        assertEquals(key, e.key());
        assertTrue(e.getMessage().startsWith("config key '" + key + "': "), e::getMessage);
    }

    @Test
    void aMissingFileNamesTheConfigKey() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ServerConfig.fromArgs("--config", dir.resolve("absent.properties").toString()));

        assertEquals("config", e.key());
        assertTrue(e.getMessage().contains("absent.properties"), e::getMessage);
    }

    @Test
    void anUnknownKeyInTheFileIsNamed() throws IOException {
        Path file = dir.resolve("typo.properties");
        Files.writeString(file, "role=registrar\nlisten.udp=127.0.0.1:5060\n");

        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.fromArgs("--config", file.toString()));

        assertEquals("listen.udp", e.key());
    }

    @Test
    void aBadUserEntryDoesNotShowItsPassword() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ServerConfig.fromArgs("--role=registrar", "--users=alice:ok,bob=s3cret"));

        assertEquals("users", e.key());
        assertFalse(e.getMessage().contains("s3cret"), e::getMessage);
    }

    @Test
    void everyKeyIsInTheUsage() {
        String usage = ReferenceServer.usage();
        for (ConfigKey k : ConfigKey.values()) {
            assertTrue(usage.contains("--" + k.key() + "="), k::key);
        }
    }
}
