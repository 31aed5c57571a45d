import io.sipspec.pcap.PcapReader;
import io.sipspec.pcap.ReadSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Times the streaming pcap reader on FILE, read once from the start (no warm-up pass: the JIT warms up on the file
 * itself, as it would for a user). Prints one line: "FILE MESSAGES WALL_SECONDS MESSAGES_PER_WALL_SECOND FRAMES
 * CPU_SECONDS_OF_THE_READING_THREAD". Usage: java -cp CLASSPATH PcapReadBench FILE
 */
public class PcapReadBench {

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path file = Path.of(args[0]);
        long[] bytes = new long[1];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ReadSummary summary = PcapReader.stream(file, m -> bytes[0] += m.message().length());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        if (!summary.complete() || summary.malformed() > 0) {
            throw new IllegalStateException("reading went wrong: " + summary);
        }
        System.out.printf("%s %d %.3f %.0f %d %.3f%n", file.getFileName(), summary.messages(), seconds, summary.messages() / seconds,
                summary.frames(), cpuSeconds);
    }
}
