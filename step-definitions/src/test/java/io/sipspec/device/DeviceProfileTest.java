package io.sipspec.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.tester.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceProfileTest {

    @Test
    void theDefaultIsTheEmbeddedStackWithScaledTimers() {
        DeviceProfile p = Profiles.embedded();
        assertTrue(p.embedded());
        assertEquals(Duration.ofMillis(50), p.timers().t1());
        assertEquals(Duration.ofMillis(400), p.timers().t2());
        assertEquals(Set.of("uas", "uac", "registrar", "redirect", "proxy"), p.roles());
        assertEquals(Set.of(Transport.UDP, Transport.TCP), p.transports());
        assertEquals("sip:alice@127.0.0.1", p.aor());
        assertThrows(IllegalStateException.class, p::address);
    }

    @Test
    void aFileDescribesAnExternalDeviceAndOverridesWin(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("phone.properties");
        Files.writeString(file, """
                device=external
                host=192.0.2.10
                port=5060
                roles=uas, uac
                t1=500
                user=bob
                password=s3cret
                domain=example.com
                trigger.invite=echo ${target}
                """);
        DeviceProfile p = Profiles.load(file, Map.of("t1", "250", "tags", "not @tcp"));
        assertEquals("phone", p.name());
        assertFalse(p.embedded());
        assertEquals("192.0.2.10", p.address().getHostString());
        assertEquals(5060, p.address().getPort());
        assertEquals(Set.of("uas", "uac"), p.roles());
        assertEquals(Duration.ofMillis(250), p.timers().t1(), "the override wins");
        assertEquals(Duration.ofMillis(2000), p.timers().t2(), "T2 follows T1 unless given");
        assertEquals("sip:bob@example.com", p.aor());
        assertEquals("not @tcp", p.tags());
        assertEquals("echo ${target}", p.trigger("INVITE").orElseThrow());
        assertTrue(p.trigger("OPTIONS").isEmpty());
        assertFalse(p.toString().contains("s3cret"), p.toString());
    }

    @Test
    void mistakesNameTheKeyAtFault() {
        assertEquals("unknown profile key 'tl'", first(assertThrows(ProfileException.class,
                () -> Profiles.from("x", Map.of("tl", "500"))).getMessage()));
        assertTrue(assertThrows(ProfileException.class, () -> Profiles.from("x", Map.of("device", "external", "roles", "uas")))
                .getMessage().startsWith("port: an external device needs its port"));
        assertTrue(assertThrows(ProfileException.class, () -> Profiles.from("x", Map.of("device", "external", "port", "5060")))
                .getMessage().startsWith("roles: an external device needs its roles"));
        assertEquals("roles: 'b2bua' is not one of uas, uac, registrar, redirect, proxy", assertThrows(ProfileException.class,
                () -> Profiles.from("x", Map.of("roles", "uas,b2bua"))).getMessage());
        assertEquals("transport: 'sctp' is not udp or tcp", assertThrows(ProfileException.class,
                () -> Profiles.from("x", Map.of("transport", "sctp"))).getMessage());
        assertEquals("t1: 'fast' is not a whole number", assertThrows(ProfileException.class,
                () -> Profiles.from("x", Map.of("t1", "fast"))).getMessage());
        assertEquals("port: 70000 is not between 1 and 65535", assertThrows(ProfileException.class,
                () -> Profiles.from("x", Map.of("device", "external", "port", "70000", "roles", "uas"))).getMessage());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.properties");
        assertTrue(assertThrows(ProfileException.class, () -> Profiles.load(missing, Map.of())).getMessage()
                .startsWith("cannot read profile " + missing));
    }

    @Test
    void theProfilesOfTheRepositoryLoad() {
        Path dir = Path.of("..", "profiles");
        for (String name : new String[] {"embedded", "sipp", "kamailio-registrar", "example-phone"}) {
            DeviceProfile p = Profiles.load(dir.resolve(name + ".properties"), Map.of());
            assertEquals(name, p.name());
        }
    }

    @Test
    void anActiveProfileIsRestoredWhenItsRunEnds() {
        DeviceProfile before = ActiveProfile.get();
        DeviceProfile other = Profiles.from("other", Map.of("t1", "100"));
        try (ActiveProfile.Scope ignored = ActiveProfile.use(other)) {
            assertEquals(other, ActiveProfile.get());
        }
        assertEquals(before, ActiveProfile.get());
    }

    private static String first(String message) {
        return message.substring(0, message.indexOf(';'));
    }
}
