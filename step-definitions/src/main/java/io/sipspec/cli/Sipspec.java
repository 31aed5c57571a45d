package io.sipspec.cli;

import io.sipspec.pcap.FeatureCommand;
import io.sipspec.pcap.ReplayCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The command line for vendors: {@code sipspec run ...} runs the conformance features against a device
 * ({@link RunCommand}); {@code sipspec replay ...} replays a pcap against a device ({@link ReplayCommand});
 * {@code sipspec pcap2feature ...} writes an editable scenario from a captured call or dialog ({@link FeatureCommand}).
 */
public final class Sipspec {

    private static final String USAGE = """
            usage: sipspec run [options]            run the RFC 3261 features against a device (sipspec run --help)
                   sipspec replay FILE [options]    replay a pcap's client side against a device (sipspec replay --help)
                   sipspec pcap2feature FILE [...]  write an editable scenario from a captured call or dialog
            """;

    private Sipspec() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "run" -> RunCommand.run(rest, out, err);
                case "replay" -> ReplayCommand.run(rest.toArray(String[]::new), out, err);
                case "pcap2feature" -> FeatureCommand.run(rest.toArray(String[]::new), out, err);
                case "-h", "--help", "help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("sipspec: unknown command " + args[0]);
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("sipspec: " + e.getMessage());
            return 2;
        }
    }
}
