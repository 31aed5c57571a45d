package io.sipspec.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.server.ReferenceServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay and pcap-to-feature commands, against embedded devices and on the committed captures. */
class CommandsTest {

    static final Path REGISTER = RegressionCapturesTest.COMMITTED.resolve("register-digest.pcap");
    static final Path REINVITE = RegressionCapturesTest.COMMITTED.resolve("call-reinvite.pcap");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int replay(String... args) {
        return ReplayCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int feature(String... args) {
        return FeatureCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String device(ReferenceServer s) {
        InetSocketAddress a = s.listeningPoints().get(0).address();
        return "--device=udp:127.0.0.1:" + a.getPort();
    }

    @Test
    void replayAgainstTheRegistrarItWasRecordedWith(@TempDir Path dir) throws Exception {
        try (ReferenceServer registrar = ReferenceServer.start("--role=registrar", "--listen=udp:127.0.0.1:0", "--t1=50",
                "--users=alice:secret")) {
            Path report = dir.resolve("replay.html");
            int status = replay(REGISTER.toString(), device(registrar), "--credentials=alice:secret", "--pace=0",
                    "--report=" + report);
            assertEquals(0, status, out + "\n" + err);
            assertTrue(out.toString().contains("no difference: the device answered 4 recorded messages alike"), out.toString());
            String html = Files.readString(report);
            assertTrue(html.contains("recorded: register-digest.pcap") && html.contains("replayed: register-digest.pcap"));
        }
    }

    @Test
    void replayAgainstADeviceThatAnswersDifferentlyFailsReadably() throws Exception {
        try (ReferenceServer registrar = ReferenceServer.start("--role=registrar", "--listen=udp:127.0.0.1:0", "--t1=50")) {
            int status = replay(REGISTER.toString(), device(registrar), "--credentials=alice:secret", "--pace=0");
            assertEquals(1, status, out + "\n" + err);
            assertTrue(out.toString().contains("#1 SIP/2.0 401 Unauthorized: status 200 instead of 401"), out.toString());
        }
    }

    @Test
    void aCallReplayedAgainstTheUasItWasRecordedWith() throws Exception {
        try (ReferenceServer uas = RegressionCaptures.ringingUas(0, 200)) {
            assertEquals(0, replay(REINVITE.toString(), device(uas), "--pace=0.5"), out + "\n" + err);
            assertTrue(out.toString().contains("replaying 9 messages of"), out.toString());
        }
    }

    @Test
    void badCommandLinesAndCapturesExitWith2() {
        assertEquals(2, replay(REGISTER.toString()));
        assertTrue(err.toString().contains("--device"), err.toString());
        assertEquals(2, replay("absent.pcap", "--device=udp:127.0.0.1:5060"));
        assertTrue(err.toString().contains("no capture file absent.pcap"), err.toString());
        assertEquals(2, replay(REGISTER.toString(), "--device=sctp:127.0.0.1:5060"));
        assertEquals(0, replay("--help"));
        assertTrue(out.toString().startsWith("usage: sipspec replay"));
    }

    @Test
    void featureFromTheReinviteCapture(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reinvite.feature");
        assertEquals(0, feature(REINVITE.toString(), "--out=" + file), err.toString());
        String text = Files.readString(file);
        assertTrue(text.startsWith("@generated @uas @udp\nFeature: Replay of call 1 of call-reinvite.pcap\n"), text);
        assertTrue(text.contains("    When alice sends:\n      \"\"\"\n      INVITE sip:bob@${sut} SIP/2.0\n"), text);
        assertTrue(text.contains("      Call-ID: ${call-id}\n"), text);
        assertTrue(text.contains("      Content-Length: ${len}\n"), text);
        assertTrue(text.contains("    Then alice receives a 180 response within 2 s\n    And alice receives a 200 response within 2 s\n"), text);
        assertEquals(5, text.split("When alice sends:", -1).length - 1, "INVITE, ACK, re-INVITE, ACK, BYE");
    }

    @Test
    void featureCommandListsAndRefuses() {
        assertEquals(0, feature(PktsCapturesTest.PKTS.resolve("sipp.pcap").toString(), "--list"));
        assertTrue(out.toString().contains("call 5: Call-ID 5-16732@127.0.1.1, 6 messages"), out.toString());
        assertEquals(2, feature(PktsCapturesTest.PKTS.resolve("sipp.pcap").toString(), "--dialog=9"));
        assertTrue(err.toString().contains("no dialog 9: the capture has 5"), err.toString());
    }
}
