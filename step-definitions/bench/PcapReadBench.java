import io.sipspec.pcap.PcapReader;
import io.sipspec.pcap.ReadSummary;
import java.nio.file.Path;

/**
 * Times the streaming pcap reader on FILE: SIP messages extracted per second, the whole file read once (after one
 * warm-up pass over its first part is not possible with libpcap, so the JIT warms up on the file itself). Prints one
 * line: "FILE MESSAGES SECONDS MESSAGES_PER_SECOND FRAMES". Usage: java -cp CLASSPATH PcapReadBench.java FILE
 */
public class PcapReadBench {

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path file = Path.of(args[0]);
        long[] bytes = new long[1];
        long start = System.nanoTime();
        ReadSummary summary = PcapReader.stream(file, m -> bytes[0] += m.message().length());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!summary.complete() || summary.malformed() > 0) {
            throw new IllegalStateException("reading went wrong: " + summary);
        }
        System.out.printf("%s %d %.3f %.0f %d%n", file.getFileName(), summary.messages(), seconds, summary.messages() / seconds,
                summary.frames());
    }
}
