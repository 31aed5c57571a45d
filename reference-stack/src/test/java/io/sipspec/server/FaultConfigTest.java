package io.sipspec.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.fault.Fault;
import io.sipspec.fault.FaultSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code faults} configuration key and its default, the system property {@code sipspec.faults}. */
class FaultConfigTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(FaultSet.PROPERTY);
    }

    @Test
    void noFaultsByDefault() {
        assertSame(FaultSet.NONE, ServerConfig.fromArgs("--role=uas").faults());
    }

    @Test
    void theKeyNamesFaults() {
        ServerConfig c = ServerConfig.fromArgs("--role=uas", "--faults=no-to-tag,wrong-via");
        assertEquals(EnumSet.of(Fault.NO_TO_TAG, Fault.WRONG_VIA), c.faults().faults());
        assertTrue(c.toString().endsWith(", faults=no-to-tag,wrong-via]"), c.toString());
    }

    @Test
    void theSystemPropertyIsTheDefault() {
        System.setProperty(FaultSet.PROPERTY, "2xx-not-retransmitted");
        assertEquals(FaultSet.of(Fault.NO_2XX_RETRANSMISSION), ServerConfig.fromArgs("--role=uas").faults());
    }

    @Test
    void theKeyWinsOverTheSystemProperty() {
        System.setProperty(FaultSet.PROPERTY, "2xx-not-retransmitted");
        assertSame(FaultSet.NONE, ServerConfig.fromArgs("--role=uas", "--faults=").faults());
        assertEquals(FaultSet.of(Fault.NO_TO_TAG), ServerConfig.fromArgs("--role=uas", "--faults=no-to-tag").faults());
    }

    @Test
    void anUnknownFaultNamesTheKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.fromArgs("--role=uas", "--faults=no-to-tag,nope"));
        assertEquals("faults", e.key());
        assertTrue(e.getMessage().contains("'nope' is not a fault"), e.getMessage());
    }

    @Test
    void anUnknownFaultInThePropertySaysWhereItCameFrom() {
        System.setProperty(FaultSet.PROPERTY, "nope");
        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.fromArgs("--role=uas"));
        assertEquals("faults", e.key());
        assertTrue(e.getMessage().contains("(from the system property sipspec.faults)"), e.getMessage());
    }

    @Test
    void anUnknownFaultExitsWithStatus2() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReferenceServer.run(new String[] {"--role=uas", "--listen=udp:127.0.0.1:0", "--faults=nope"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), s -> s.close());
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("sipspec: config key 'faults': 'nope' is not a fault"), err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theStackAndItsElementGetTheFaults() {
        try (ReferenceServer server = ReferenceServer.start("--role=registrar", "--listen=udp:127.0.0.1:0", "--faults=no-to-tag")) {
            assertEquals(FaultSet.of(Fault.NO_TO_TAG), server.stack().faults());
        }
        try (ReferenceServer server = ReferenceServer.start("--role=registrar", "--listen=udp:127.0.0.1:0")) {
            assertSame(FaultSet.NONE, server.stack().faults());
        }
    }

    @Test
    void noRetransmitBackoffMakesT2EqualT1() {
        try (ReferenceServer server = ReferenceServer.start("--role=uas", "--listen=udp:127.0.0.1:0", "--t1=50",
                "--faults=no-retransmit-backoff")) {
            assertEquals(50, server.stack().timers().t2Millis());
            assertEquals(50, server.stack().transactions().timers().t2Millis());
        }
        try (ReferenceServer server = ReferenceServer.start("--role=uas", "--listen=udp:127.0.0.1:0", "--t1=50")) {
            assertEquals(400, server.stack().timers().t2Millis());
        }
    }
}
