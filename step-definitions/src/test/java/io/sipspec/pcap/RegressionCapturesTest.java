package io.sipspec.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's regression captures: made afresh by {@link RegressionCaptures} they have the expected ladder, and the
 * committed ones in {@code pcaps/} (read from the repository) have it too. With {@code -Dsipspec.pcap.regenerate=true}
 * the committed ones are rewritten first.
 */
class RegressionCapturesTest {

    static final Path COMMITTED = Path.of("..", "pcaps");

    @Test
    void freshCapturesHaveTheExpectedLadders(@TempDir Path dir) throws Exception {
        Path folder = Boolean.getBoolean("sipspec.pcap.regenerate") ? COMMITTED : dir;
        RegressionCaptures.all(folder);
        checkAll(folder);
    }

    @Test
    void committedCapturesHaveTheExpectedLadders() throws Exception {
        checkAll(COMMITTED);
    }

    private static void checkAll(Path folder) throws Exception {
        assertEquals(List.of("REGISTER", "401", "REGISTER", "200"), ladder(folder.resolve("register-digest.pcap")));
        assertEquals(List.of("INVITE", "180", "CANCEL", "200", "487", "ACK"), ladder(folder.resolve("call-cancel.pcap")));
        assertEquals(List.of("INVITE", "180", "200", "ACK", "INVITE", "200", "ACK", "BYE", "200"),
                ladder(folder.resolve("call-reinvite.pcap")));
        assertEquals(List.of("INVITE", "180", "200", "ACK", "BYE", "200"), ladder(folder.resolve("call-device-bye.pcap")));
    }

    /** Methods and status codes of what a replay plays (no retransmission, no 100), in capture order. */
    static List<String> ladder(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), file + " exists");
        Capture c = PcapReader.read(file);
        assertTrue(c.summary().complete(), c.summary().toString());
        return ReplayScript.clientSide(c).messages().stream().map(m -> m.message() instanceof SipRequest r ? r.method()
                : Integer.toString(((SipResponse) m.message()).statusCode())).toList();
    }
}
