package io.sipspec.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sipspec.registrar.AddressOfRecord;
import io.sipspec.registrar.Binding;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real client against the registrar role: sipsak (Debian package sipsak) registers alice with Digest. sipsak
 * 0.9.8.1 answers only MD5 challenges, so the server offers MD5 alone. Skipped where sipsak is not installed.
 */
class SipsakInteropTest {

    private ReferenceServer server;

    @BeforeEach
    void start() {
        assumeTrue(onPath("sipsak"), "sipsak is not on PATH (apt-get install sipsak): interop test skipped");
        server = ReferenceServer.start("--role=registrar", "--listen=udp:127.0.0.1:0", "--domain=127.0.0.1",
                "--users=alice:secret", "--algorithms=MD5");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sipsakRegistersWithDigest() throws Exception {
        Result r = sipsak("secret");

        assertEquals(0, r.status(), r.output());
        List<Binding> bindings = bindings();
        assertEquals(1, bindings.size(), bindings::toString);
        assertEquals("sip:alice@127.0.0.1:5099", bindings.get(0).uri().toString());
    }

    @Test
    void sipsakWithAWrongPasswordIsRefused() throws Exception {
        Result r = sipsak("wrong");

        assertNotEquals(0, r.status(), r.output());
        assertTrue(bindings().isEmpty());
    }

    private record Result(int status, String output) {
    }

    /** sipsak -U: one REGISTER for alice, answered 401, then again with credentials; at most 30 s. */
    private Result sipsak(String password) throws IOException, InterruptedException {
        int port = server.listeningPoints().get(0).address().getPort();
        Path log = Files.createTempFile("sipsak", ".log");
        try {
            Process p = new ProcessBuilder("sipsak", "-U", "-i", "-C", "sip:alice@127.0.0.1:5099", "-x", "3600",
                    "-s", "sip:alice@127.0.0.1", "-p", "127.0.0.1:" + port, "-u", "alice", "-a", password, "-vv")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("sipsak did not finish within 30 s");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private List<Binding> bindings() {
        return ((RegistrarElement) server.element()).locations().lookup(AddressOfRecord.parse("sip:alice@127.0.0.1"));
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
