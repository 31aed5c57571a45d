package io.sipspec.pcap;

import io.sipspec.report.PartyNames;
import io.sipspec.report.WireEvent;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Sent;
import io.sipspec.tester.Traffic;
import io.sipspec.tester.TrafficEvent;
import io.sipspec.tester.Transport;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code sipspec replay FILE --device=udp:HOST:PORT [options]}: replays the client side of a capture against a device
 * and prints how the device's answers differ from the recorded ones. Exit status 0 when they agree, 1 when they
 * differ, 2 for a bad command line or a capture that cannot be read.
 */
public final class ReplayCommand {

    static final String USAGE = """
            usage: sipspec replay FILE --device=TRANSPORT:HOST:PORT [options]
              --device=udp:127.0.0.1:5060   the device to replay against (udp or tcp; IPv6 as [::1])
              --pace=1.0                    factor on the recorded gaps between messages (0.5: twice as fast, 0: at once)
              --patience=5000               ms to wait for each device message past its recorded delay
              --credentials=user:password   answers Digest challenges (a recorded Authorization is stale)
              --ignore=Header,Header        headers left out of the comparison
              --bind=127.0.0.1              the tester's address
              --report=FILE.html            writes the recorded and replayed ladders side by side
            """;

    private ReplayCommand() {
    }

    public static void main(String[] args) {
        Quiet.libraries();
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        String device = null;
        String bind = "127.0.0.1";
        Path report = null;
        ReplayOptions options = ReplayOptions.defaults();
        try {
            for (String a : args) {
                if (a.equals("-h") || a.equals("--help")) {
                    out.print(USAGE);
                    return 0;
                } else if (a.startsWith("--device=")) {
                    device = value(a);
                } else if (a.startsWith("--pace=")) {
                    options = options.withPace(Double.parseDouble(value(a)));
                } else if (a.startsWith("--patience=")) {
                    options = options.withPatience(Duration.ofMillis(Long.parseLong(value(a))));
                } else if (a.startsWith("--credentials=")) {
                    options = options.withCredentials(value(a));
                } else if (a.startsWith("--ignore=")) {
                    options = options.ignoring(value(a));
                } else if (a.startsWith("--bind=")) {
                    bind = value(a);
                } else if (a.startsWith("--report=")) {
                    report = Path.of(value(a));
                } else if (a.startsWith("-") || file != null) {
                    throw new IllegalArgumentException("unexpected argument " + a);
                } else {
                    file = Path.of(a);
                }
            }
            if (file == null || device == null) {
                throw new IllegalArgumentException("a capture FILE and --device are needed");
            }
        } catch (IllegalArgumentException e) {
            err.println("replay: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            Target target = Target.parse(device);
            Capture capture = PcapReader.read(file);
            if (!capture.summary().complete()) {
                err.println("replay: warning: " + capture.summary());
            }
            ReplayScript script = ReplayScript.clientSide(capture);
            Traffic traffic = new Traffic();
            Instant wallStart = Instant.now();
            long nanoStart = traffic.now();
            ReplayResult result;
            InetSocketAddress testerAddress;
            try (Peer tester = Peer.open("tester", target.transport, new InetSocketAddress(bind, 0), traffic)) {
                testerAddress = tester.address();
                out.println("replaying " + script.messages().size() + " messages of " + file + " from " + testerAddress
                        + " to " + target.address + " over " + target.transport);
                result = new Replay(script, options).run(tester, target.address);
            }
            out.println(result.describe());
            if (report != null) {
                PartyNames names = PartyNames.empty().with(testerAddress, "tester").with(target.address, "device");
                String html = ReplayReport.render(file.getFileName().toString(), result, events(traffic, wallStart, nanoStart), names);
                Path parent = report.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(report, html, StandardCharsets.UTF_8);
                out.println("report: " + report);
            }
            return result.same() ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("replay: " + e.getMessage());
            return 2;
        }
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }

    /** The tester's traffic as report events (wall-clock times). */
    static List<WireEvent> events(Traffic traffic, Instant wallStart, long nanoStart) {
        List<WireEvent> out = new ArrayList<>();
        for (TrafficEvent e : traffic.events()) {
            if (e instanceof Sent s) {
                out.add(new WireEvent(wallStart.plusNanos(s.nanos() - nanoStart), WireEvent.Transport.valueOf(s.transport().name()),
                        s.local(), s.remote(), s.bytes(), WireEvent.Direction.SENT, s.peer()));
            } else if (e instanceof Received r) {
                out.add(new WireEvent(wallStart.plusNanos(r.nanos() - nanoStart), WireEvent.Transport.valueOf(r.transport().name()),
                        r.remote(), r.local(), r.raw(), WireEvent.Direction.RECEIVED, r.peer()));
            }
        }
        return out;
    }

    /** {@code udp:127.0.0.1:5060}, {@code tcp:[::1]:5060}. */
    private record Target(Transport transport, InetSocketAddress address) {

        static Target parse(String text) {
            int colon = text.indexOf(':');
            int last = text.lastIndexOf(':');
            if (colon <= 0 || last <= colon) {
                throw new IllegalArgumentException("--device must be transport:host:port, not " + text);
            }
            Transport t;
            try {
                t = Transport.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--device transport must be udp or tcp, not " + text.substring(0, colon));
            }
            String host = text.substring(colon + 1, last);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            try {
                return new Target(t, new InetSocketAddress(InetAddress.getByName(host), Integer.parseInt(text.substring(last + 1))));
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("--device " + text + ": " + e.getMessage());
            }
        }
    }
}
