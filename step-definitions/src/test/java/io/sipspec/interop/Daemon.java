package io.sipspec.interop;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real SIP implementation run as the device under test (SIPp, Kamailio): started with its output in a file,
 * waited for with a bound, always stopped by its own process id. Its output is part of any failure message.
 */
final class Daemon implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path output;

    private Daemon(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
    }

    static Daemon start(String name, List<String> command) throws IOException {
        Path out = Files.createTempFile("sipspec-" + name, ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        return new Daemon(name, p, out);
    }

    /** The executable {@code tool} on the PATH or in /usr/sbin (where Debian puts kamailio), or null. */
    static String which(String tool) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add("/usr/sbin");
        for (String dir : dirs) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return Path.of(dir, tool).toString();
            }
        }
        return null;
    }

    static int freeUdpPort() throws SocketException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Waits at most 10 s for some process to bind UDP {@code port} of 127.0.0.1, as /proc/net/udp shows (binding the
     * port here to find out would take it from the process), failing with its output if it exits or does not bind.
     */
    void awaitBound(int port) throws InterruptedException, IOException {
        String local = String.format(":%04X ", port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with status " + process.exitValue() + ":\n" + output());
            }
            if (Files.readAllLines(Path.of("/proc/net/udp")).stream().anyMatch(l -> l.contains(local))) {
                return;
            }
            // Not bound yet: wait for the process a moment, bounded by the deadline.
            process.waitFor(20, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError(name + " did not bind udp 127.0.0.1:" + port + " within 10 s:\n" + output());
    }

    /** Waits at most {@code seconds} for it to exit; its status. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not finish within " + seconds + " s:\n" + output());
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
            // a temporary file: the OS removes it
        }
    }
}
