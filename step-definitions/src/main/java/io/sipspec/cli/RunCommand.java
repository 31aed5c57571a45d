package io.sipspec.cli;

import io.sipspec.device.Applicability;
import io.sipspec.device.DeviceProfile;
import io.sipspec.device.Profiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sipspec run}: runs features against a device and prints the verdicts by RFC section.
 *
 * <pre>
 * sipspec run [FEATURE|FOLDER ...] [--tags EXPR] [--profile FILE] [--device HOST:PORT] [--transport udp|tcp]
 *             [--roles uas,...] [-Dkey=value ...] [--report DIR] [--threads N] [--no-allure] [--applicable-only]
 * </pre>
 * Without features it runs {@code ./features} if there is such a folder, else the features inside the jar. Without a
 * profile the device is the embedded reference stack; {@code --device} makes it an external device. {@code -Dkey=value}
 * overrides one profile key (see {@link Profiles}). Exit status: 0 when no scenario failed, 1 when one did, 2 for a
 * bad command line or profile.
 */
public final class RunCommand {

    static final String USAGE = """
            usage: sipspec run [FEATURE|FOLDER ...] [--tags EXPR] [--profile FILE] [--device HOST:PORT]
                               [--transport udp|tcp] [--roles uas,registrar,...] [-Dkey=value ...]
                               [--report DIR] [--threads N] [--no-allure] [--applicable-only]
              FEATURE|FOLDER  features to run (default: ./features, else the features in the jar)
              --tags          a Cucumber tag expression, e.g. "@rfc3261-8.2 and not @tcp"
              --profile       a device profile (profiles/*.properties); default: the embedded reference stack
              --device        an external device at HOST:PORT (device=external, host, port)
              --transport     its transports (udp, tcp or udp,tcp)     --roles  its roles
              -Dkey=value     any profile key: t1, aor, user, password, domain, tags, trigger.invite ...
              --report        where to write cucumber.html, junit.xml, allure-results/ and summary.txt
              --threads       scenarios run at once (default 4)
              --no-allure     no allure-results/ in the report folder
              --applicable-only  leave out the scenarios of roles/transports the device lacks (default: skipped)
            Exit status: 0 all passed or skipped, 1 a scenario failed, 2 bad arguments.
            """;

    private RunCommand() {
    }

    /** Runs and prints; returns the exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        RunRequest request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("sipspec run: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (request == null) {
            out.print(USAGE);
            return 0;
        }
        out.println("sipspec: device " + request.profile().describe() + ", roles " + String.join(",", request.profile().roles())
                + "; features " + String.join(" ", request.features()) + (request.tags() == null ? "" : "; tags " + request.tags()));
        long start = System.nanoTime();
        RunReport report = Runner.run(request);
        String summary = report.summary() + String.format(java.util.Locale.ROOT, "time %.1f s%n", (System.nanoTime() - start) / 1e9);
        out.print(summary);
        if (request.reportDir() != null) {
            try {
                Files.writeString(request.reportDir().resolve("summary.txt"), summary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("reports in " + request.reportDir().toAbsolutePath() + " (cucumber.html, junit.xml, allure-results/, summary.txt)");
        }
        return report.passed() ? 0 : 1;
    }

    /** @return null for --help */
    static RunRequest parse(List<String> args) {
        List<String> features = new ArrayList<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        Path profile = null;
        String tags = null;
        Path report = null;
        int threads = 4;
        boolean allure = true;
        boolean applicableOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--tags" -> tags = value(args, ++i, a);
                case "--profile" -> profile = Path.of(value(args, ++i, a));
                case "--report" -> report = Path.of(value(args, ++i, a));
                case "--threads" -> threads = threads(value(args, ++i, a));
                case "--no-allure" -> allure = false;
                case "--applicable-only" -> applicableOnly = true;
                case "--transport" -> overrides.put("transport", value(args, ++i, a));
                case "--roles" -> overrides.put("roles", value(args, ++i, a));
                case "--device" -> device(value(args, ++i, a), overrides);
                default -> {
                    if (a.startsWith("-D") && a.indexOf('=') > 2) {
                        String key = a.substring(2, a.indexOf('='));
                        overrides.put(key.startsWith(Profiles.OVERRIDE_PREFIX) ? key.substring(Profiles.OVERRIDE_PREFIX.length()) : key,
                                a.substring(a.indexOf('=') + 1));
                    } else if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    } else {
                        features.add(a);
                    }
                }
            }
        }
        if (features.isEmpty()) {
            features.add(Files.isDirectory(Path.of("features")) ? "features" : "classpath:features");
        }
        if (profile != null && !Files.isRegularFile(profile)) {
            throw new IllegalArgumentException("no such profile file: " + profile);
        }
        DeviceProfile p = Profiles.load(profile, overrides);
        if (applicableOnly) {
            // Leave out, rather than report as skipped, what the device cannot be tested with.
            String applicable = Applicability.tagExpression(p);
            if (applicable != null) {
                tags = tags == null ? applicable : "(" + tags + ") and " + applicable;
            }
        }
        return new RunRequest(features, tags, p, report, threads, allure);
    }

    private static void device(String hostPort, Map<String, String> overrides) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("--device wants HOST:PORT, got " + hostPort);
        }
        overrides.put("device", "external");
        overrides.put("host", hostPort.substring(0, colon).replace("[", "").replace("]", ""));
        overrides.put("port", hostPort.substring(colon + 1));
    }

    private static int threads(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--threads wants a number, got " + v);
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
