package io.sipspec.steps;

import static io.sipspec.steps.FakeDevice.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.tester.Received;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The robustness steps against a fake device: the octets sent, and the failure messages of the final-response checks. */
class RobustnessStepsTest {

    private static final String RESPONSE = "SIP/2.0 %d Whatever\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKx\r\n"
            + "To: <sip:a@b>;tag=1\r\nFrom: <sip:a@b>;tag=2\r\nCall-ID: c\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";

    private final FakeDevice fake = new FakeDevice();
    private final RobustnessSteps steps = new RobustnessSteps(fake.wire);

    @TempDir
    Path templates;

    @AfterEach
    void close() {
        System.clearProperty(WireContext.TEMPLATES_PROPERTY);
        fake.close();
    }

    private static AssertionError fails(Runnable step) {
        return assertThrows(AssertionError.class, step::run);
    }

    private byte[] sentByAlice() {
        Received r = fake.device.mailbox().expect(m -> true, WAIT, "the device receives a message");
        return r.raw();
    }

    @Test
    void theExactBytesKeepBareLineFeedsBinaryOctetsAndAMissingEmptyLineAndReplaceOnlyVariables() throws IOException {
        byte[] file = "OPTIONS sip:x SIP/2.0\nVia: SIP/2.0/UDP ${local};branch=z9hG4bK1\r\nX: \u0000\u00ff$ {}$\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(templates.resolve("odd.dat"), file);
        System.setProperty(WireContext.TEMPLATES_PROPERTY, templates.toString());
        steps.sendsTheExactBytesOfTemplate("alice", "odd.dat");
        String local = "127.0.0.1:" + fake.alice().address().getPort();
        byte[] expected = ("OPTIONS sip:x SIP/2.0\nVia: SIP/2.0/UDP " + local + ";branch=z9hG4bK1\r\nX: \u0000\u00ff$ {}$\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(expected, sentByAlice());
    }

    @Test
    void anUnknownVariableOrAnUnclosedOneFailsNamingIt() throws IOException {
        Files.writeString(templates.resolve("unknown.dat"), "OPTIONS ${nope} SIP/2.0\r\n\r\n");
        Files.writeString(templates.resolve("open.dat"), "OPTIONS ${local SIP/2.0\r\n\r\n");
        System.setProperty(WireContext.TEMPLATES_PROPERTY, templates.toString());
        assertEquals("alice sends the exact bytes of template unknown.dat: unknown variable ${nope}",
                fails(() -> steps.sendsTheExactBytesOfTemplate("alice", "unknown.dat")).getMessage());
        assertEquals("alice sends the exact bytes of template open.dat: \"${\" without a variable name and \"}\" at octet 8",
                fails(() -> steps.sendsTheExactBytesOfTemplate("alice", "open.dat")).getMessage());
    }

    @Test
    void aFinalResponsePassesOverProvisionalOnesAndBecomesIt() {
        fake.sends(String.format(RESPONSE, 100));
        fake.sends(String.format(RESPONSE, 486));
        steps.receivesAFinalResponse("alice", WAIT);
        assertTrue(fake.wire.last().startLine().startsWith("SIP/2.0 486"), fake.wire.last().startLine());
    }

    @Test
    void noFinalResponseFailsTheWait() {
        fake.sends(String.format(RESPONSE, 180));
        String m = fails(() -> steps.receivesAFinalResponse("alice", Duration.ofMillis(200))).getMessage();
        assertTrue(m.startsWith("alice receives a final response: nothing matching within 200 ms"), m);
    }

    @Test
    void aFinalResponseOtherThanAStatusPassesAnotherStatus() {
        fake.sends(String.format(RESPONSE, 100));
        fake.sends(String.format(RESPONSE, 481));
        steps.receivesAFinalResponseOtherThan("alice", 400, WAIT);
        assertTrue(fake.wire.last().startLine().startsWith("SIP/2.0 481"), fake.wire.last().startLine());
    }

    @Test
    void aFinalResponseWithTheExcludedStatusFailsNamingIt() {
        fake.sends(String.format(RESPONSE, 400));
        String m = fails(() -> steps.receivesAFinalResponseOtherThan("alice", 400, WAIT)).getMessage();
        assertTrue(m.startsWith("alice receives a final response other than 400 within 2000 ms: got ") && m.contains("SIP/2.0 400 Whatever"), m);
    }
}
