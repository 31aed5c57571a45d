package io.sipspec.pcap;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code sipspec pcap-to-feature FILE [--dialog=N | --call=N] [--out=FILE.feature] [--list]}: writes an editable
 * Gherkin scenario ({@link FeatureGenerator}) from one dialog of a capture (default: all messages of the first Call-ID,
 * which for a registration holds the challenge and the retry). Exit status 0, or 2 for a bad command line or capture.
 */
public final class FeatureCommand {

    static final String USAGE = """
            usage: sipspec pcap-to-feature FILE [options]
              --list              lists the capture's calls and dialogs, numbered from 1
              --call=N            the messages of the N-th Call-ID (default 1)
              --dialog=N          the messages of the N-th dialog only
              --out=FILE.feature  writes the feature there instead of standard output
            """;

    private FeatureCommand() {
    }

    public static void main(String[] args) {
        Quiet.libraries();
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        Path target = null;
        int call = 1;
        int dialog = 0;
        boolean list = false;
        try {
            for (String a : args) {
                if (a.equals("-h") || a.equals("--help")) {
                    out.print(USAGE);
                    return 0;
                } else if (a.equals("--list")) {
                    list = true;
                } else if (a.startsWith("--call=")) {
                    call = Integer.parseInt(a.substring("--call=".length()));
                } else if (a.startsWith("--dialog=")) {
                    dialog = Integer.parseInt(a.substring("--dialog=".length()));
                } else if (a.startsWith("--out=")) {
                    target = Path.of(a.substring("--out=".length()));
                } else if (a.startsWith("-") || file != null) {
                    throw new IllegalArgumentException("unexpected argument " + a);
                } else {
                    file = Path.of(a);
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("a capture FILE is needed");
            }
        } catch (IllegalArgumentException e) {
            err.println("pcap-to-feature: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            Capture capture = PcapReader.read(file);
            if (!capture.summary().complete()) {
                err.println("pcap-to-feature: warning: " + capture.summary());
            }
            List<Map.Entry<String, List<CapturedMessage>>> calls = new ArrayList<>(capture.calls().entrySet());
            if (list) {
                out.println(capture.summary());
                for (int i = 0; i < calls.size(); i++) {
                    out.println("call " + (i + 1) + ": Call-ID " + calls.get(i).getKey() + ", " + calls.get(i).getValue().size() + " messages");
                }
                for (int i = 0; i < capture.dialogs().size(); i++) {
                    CapturedDialog d = capture.dialogs().get(i);
                    out.println("dialog " + (i + 1) + ": " + d.id() + ", " + d.messages().size() + " messages, first "
                            + d.messages().get(0).message().startLine());
                }
                return 0;
            }
            List<CapturedMessage> chosen;
            String what;
            if (dialog > 0) {
                chosen = pick(capture.dialogs(), dialog, "dialog").messages();
                what = "dialog " + dialog;
            } else {
                chosen = pick(calls, call, "call").getValue();
                what = "call " + call;
            }
            String title = "Replay of " + what + " of " + file.getFileName();
            String feature = FeatureGenerator.generate(file.toString(), title, chosen);
            if (target == null) {
                out.print(feature);
            } else {
                Path parent = target.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(target, feature, StandardCharsets.UTF_8);
                out.println("wrote " + target);
            }
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("pcap-to-feature: " + e.getMessage());
            return 2;
        }
    }

    private static <T> T pick(List<T> items, int oneBased, String what) {
        if (oneBased < 1 || oneBased > items.size()) {
            throw new IllegalArgumentException("no " + what + " " + oneBased + ": the capture has " + items.size());
        }
        return items.get(oneBased - 1);
    }
}
