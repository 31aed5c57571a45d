package io.sipspec.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real SIP implementation run by a test (SIPp, sipsak, baresip, Kamailio): started with its output in a file,
 * waited for with a bound, and always stopped. Its output is part of any failure message.
 */
final class ExternalProcess implements AutoCloseable {

    private final Process process;
    private final Path output;
    private final String name;

    private ExternalProcess(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
    }

    static ExternalProcess start(String name, List<String> command) throws IOException {
        Path out = Files.createTempFile("sipspec-" + name, ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        return new ExternalProcess(name, p, out);
    }

    /** True if {@code tool} is on the PATH (CI installs it; a developer machine may not have it), or in /usr/sbin. */
    static boolean installed(String tool) {
        return which(tool) != null;
    }

    /**
     * The executable {@code tool}: the first on the PATH, else in /usr/sbin (where Debian puts daemons such as
     * kamailio, and which a normal user's PATH lacks); null if neither has it.
     */
    static String which(String tool) {
        List<String> dirs = new java.util.ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add("/usr/sbin");
        for (String dir : dirs) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return Path.of(dir, tool).toString();
            }
        }
        return null;
    }

    /** Waits for the process to exit, at most {@code seconds}; its exit code, or fails naming the process and its output. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not finish within " + seconds + " s; its output:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            String s = Files.readString(output);
            return s.length() > 8000 ? s.substring(s.length() - 8000) : s;
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        }
        try {
            Files.deleteIfExists(output);
        } catch (IOException ignored) {
            // a temp file: the OS cleans it up
        }
    }
}
