package io.sipspec.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command that makes an external device send first (e.g. {@code sipp -sn uac ${target.hostport} ...}, or a
 * baresip {@code ctrl_tcp} client), run by {@code /bin/sh -c} with its output in a file. It runs at most the
 * profile's {@code trigger.timeout}, and is stopped, with its child processes, when the scenario ends.
 *
 * <p>Variables: {@code ${target}} (the peer's SIP URI), {@code ${target.user}}, {@code ${target.host}},
 * {@code ${target.port}}, {@code ${target.hostport}}, {@code ${transport}}, {@code ${device.host}},
 * {@code ${device.port}}, {@code ${device.aor}}, {@code ${device.user}}, {@code ${device.password}}, {@code ${t1}}
 * (ms), and {@code ${free.port}} (a UDP port of 127.0.0.1 that was free a moment ago).
 */
public final class TriggerCommand implements AutoCloseable {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-z0-9.]+)}");

    private final String command;
    private final Process process;
    private final Path output;

    private TriggerCommand(String command, Process process, Path output) {
        this.command = command;
        this.process = process;
        this.output = output;
    }

    /**
     * Starts {@code template} with its variables replaced; it is stopped after {@code timeout} if still running.
     *
     * @throws UncheckedIOException if it cannot be started
     * @throws IllegalArgumentException naming an unknown variable
     */
    public static TriggerCommand start(String template, Map<String, String> values, Duration timeout) {
        String command = expand(template, name -> {
            if (name.equals("free.port")) {
                return Integer.toString(freeUdpPort());
            }
            return values.get(name);
        });
        try {
            Path out = Files.createTempFile("sipspec-trigger", ".log");
            Process p = new ProcessBuilder(List.of("/bin/sh", "-c", command)).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            TriggerCommand t = new TriggerCommand(command, p, out);
            CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(t::stop);
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the trigger \"" + command + "\": " + e.getMessage(), e);
        }
    }

    /** The variables of {@code profile} and {@code target} for {@link #start}. */
    public static Map<String, String> values(DeviceProfile profile, TriggerTarget target) {
        return Map.ofEntries(
                Map.entry("target", target.uri()),
                Map.entry("target.user", target.user()),
                Map.entry("target.host", target.address().getHostString()),
                Map.entry("target.port", Integer.toString(target.address().getPort())),
                Map.entry("target.hostport", target.hostPort()),
                Map.entry("transport", target.transport()),
                Map.entry("device.host", profile.host()),
                Map.entry("device.port", Integer.toString(profile.port())),
                Map.entry("device.aor", profile.aor()),
                Map.entry("device.user", profile.user()),
                Map.entry("device.password", profile.password()),
                Map.entry("t1", Long.toString(profile.timers().t1Millis())));
    }

    static String expand(String template, UnaryOperator<String> values) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.apply(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("unknown variable ${" + m.group(1) + "} in the trigger \"" + template + "\"");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int freeUdpPort() {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free UDP port: " + e.getMessage(), e);
        }
    }

    /** "$ command" then its output (the last 8000 characters) and how it ended. */
    public String log() {
        String text;
        try {
            text = Files.readString(output);
        } catch (IOException e) {
            text = "(output unreadable: " + e + ")";
        }
        if (text.length() > 8000) {
            text = "..." + text.substring(text.length() - 8000);
        }
        String end = process.isAlive() ? "still running" : "exit status " + process.exitValue();
        return "$ " + command + "\n" + text + "(" + end + ")\n";
    }

    /** Waits at most {@code bound} for the command to end; true if it has. */
    public boolean waitFor(Duration bound) throws InterruptedException {
        return process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /** Stops the command and its children if still running (at most about 3 s), and deletes its output file. */
    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
            try {
                if (!process.waitFor(3, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(output);
        } catch (IOException ignored) {
            // a temporary file: the OS removes it
        }
    }
}
