package io.sipspec.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Optional: the reader agrees with tshark on the number of SIP messages of every capture in {@code ../shared/pcaps}
 * (GPL and AGPL captures that may not be copied into the project: they are read where they are). Skipped, with the
 * reason, when that folder or tshark is missing: nothing in the build needs them. A message our parser refuses (e.g.
 * a control character in a header value, which tshark shows anyway) counts as found: tshark does not judge validity.
 * tshark is told that TCP port 6060 carries SIP (heplify's sip_ipv4_tcp_fragmented.pcap).
 */
class SharedCapturesTest {

    /** {@code shared/pcaps} beside the repository, or beside one of its parents (a worktree). */
    static Path shared() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("pcaps");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> countsAgreeWithTshark() throws IOException {
        Path folder = shared();
        assumeTrue(folder != null, "no shared/pcaps beside the repository: the optional tshark comparison is skipped");
        assumeTrue(tshark(folder.resolve("pkts").resolve("cancel.pcap")) >= 0, "tshark is not installed: comparison skipped");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().forEach(files::add);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(folder.relativize(f).toString(), () -> {
            long expected = tshark(f);
            Capture c;
            try {
                c = PcapReader.read(f);
            } catch (PcapReadException e) {
                assertEquals(0, expected, e.getMessage());
                return;
            }
            assertEquals(expected, c.summary().messages() + c.summary().malformed(), c.summary().toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> heplifyTcpOnPort6060() {
        Path folder = shared();
        assumeTrue(folder != null, "no shared/pcaps beside the repository: the optional check is skipped");
        return Stream.of(DynamicTest.dynamicTest("sip_ipv4_tcp_fragmented.pcap: about 400 messages over TCP port 6060", () -> {
            Capture c = PcapReader.read(folder.resolve("heplify").resolve("sip_ipv4_tcp_fragmented.pcap"));
            assertEquals(406, c.messages().size(), c.summary().toString());
            assertEquals(406, c.messages().stream().filter(m -> m.transport() == CaptureTransport.TCP
                    && (m.source().getPort() == 6060 || m.destination().getPort() == 6060)).count());
        }));
    }

    /** tshark's count of SIP messages in {@code file}, or -1 when tshark cannot be run. */
    static long tshark(Path file) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("tshark", "-r", file.toString(), "-d", "tcp.port==6060,sip", "-Y", "sip",
                "-T", "fields", "-e", "sip.CSeq", "-E", "occurrence=a", "-E", "aggregator=|");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return -1;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        long n = 0;
        for (String line : out.split("\n")) {
            if (!line.isEmpty()) {
                n += line.split("\\|", -1).length;
            }
        }
        return n;
    }
}
