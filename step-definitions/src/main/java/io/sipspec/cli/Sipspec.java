package io.sipspec.cli;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * The command line for vendors: {@code sipspec run ...} runs the conformance features against a device
 * ({@link RunCommand}); {@code sipspec replay ...} replays a pcap ({@code io.sipspec.pcap.ReplayCommand}, when the
 * build has it).
 */
public final class Sipspec {

    static final String REPLAY_CLASS = "io.sipspec.pcap.ReplayCommand";

    private static final String USAGE = """
            usage: sipspec run [options]      run the RFC 3261 features against a device (sipspec run --help)
                   sipspec replay [options]   replay a pcap against a device (when this build has it)
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
                case "replay" -> replay(rest.toArray(String[]::new), err);
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

    /** Runs {@code ReplayCommand.main} by name, so that this command builds without it. */
    private static int replay(String[] args, PrintStream err) {
        Method main;
        try {
            main = Class.forName(REPLAY_CLASS).getMethod("main", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            err.println("sipspec replay: not available in this build (" + REPLAY_CLASS + " is missing)");
            return 2;
        }
        try {
            main.invoke(null, (Object) args);
            return 0;
        } catch (IllegalAccessException e) {
            err.println("sipspec replay: " + e.getMessage());
            return 2;
        } catch (InvocationTargetException e) {
            err.println("sipspec replay: " + e.getCause());
            return 1;
        }
    }
}
