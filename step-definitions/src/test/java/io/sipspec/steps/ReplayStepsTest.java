package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a scenario's traffic is recorded, by tag or by -Dsipspec.record. */
class ReplayStepsTest {

    private static final Path PCAPS = Path.of("").toAbsolutePath().getParent().resolve("pcaps");

    @Test
    void nothingIsRecordedUnlessAsked() {
        assertNull(ReplaySteps.recordTo("A call", List.of("@uas", "@udp"), null));
        assertNull(ReplaySteps.recordTo("A call", List.of("@recorded"), " "));
    }

    @Test
    void theRecordTagsNameTheCaptureInPcaps() {
        assertEquals(PCAPS.resolve("a-call-with-cancel-487.pcap"),
                ReplaySteps.recordTo("A call, with CANCEL (487)!", List.of("@uas", "@record"), null));
        assertEquals(PCAPS.resolve("nightly-cancel.pcap"), ReplaySteps.recordTo("A call", List.of("@record:nightly-cancel"), null));
    }

    @Test
    void thePropertyNamesAFolderAFileOrAPrefix(@TempDir Path dir) {
        assertEquals(dir.resolve("a-call.pcap"), ReplaySteps.recordTo("A call", List.of(), dir.toString()));
        assertEquals(Path.of("out/x.pcap"), ReplaySteps.recordTo("A call", List.of(), "out/x.pcap"));
        assertEquals(PCAPS.resolve("build-42-a-call.pcap"), ReplaySteps.recordTo("A call", List.of(), "build-42"));
    }

    @Test
    void capturesAreFoundFromTheRepositoryRoot() {
        assertEquals(PCAPS.resolve("call-cancel.pcap"), ReplaySteps.locate("pcaps/call-cancel.pcap").toAbsolutePath().normalize());
    }
}
