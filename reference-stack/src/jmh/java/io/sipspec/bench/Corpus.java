package io.sipspec.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark corpus: the messages named in {@code corpus/index.txt}, read from the classpath (the RFC 3665 call
 * flows and the valid RFC 4475 torture messages; see docs/benchmarks.md).
 */
public final class Corpus {

    public static final String INDEX = "corpus/index.txt";

    private Corpus() {
    }

    /** The resource names listed in the index, in order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(INDEX), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The exact bytes of one message. */
    public static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every message of the corpus, in index order. */
    public static byte[][] messages() {
        return names().stream().map(Corpus::bytes).toArray(byte[][]::new);
    }

    private static InputStream open(String name) {
        InputStream in = Corpus.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("corpus resource not on the classpath: " + name);
        }
        return in;
    }
}
