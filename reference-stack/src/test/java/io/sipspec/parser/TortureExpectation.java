package io.sipspec.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of a torture vectors' {@code expectations.txt}: the outcome the RFC states for one message (see the
 * header comment of {@code vectors/rfc4475/expectations.txt} for the format).
 */
record TortureExpectation(String name, String section, String rfc, String verdict, String reason, String uas,
        String proxy, List<String> expects) {

    /** Reads every block of {@code file}, by name in file order; a malformed block is an IllegalArgumentException. */
    static Map<String, TortureExpectation> read(Path file) throws IOException {
        Map<String, TortureExpectation> out = new LinkedHashMap<>();
        Builder b = null;
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (b != null) {
                    out.put(b.name, b.build());
                }
                b = new Builder(line.substring(1, line.length() - 1));
                if (out.containsKey(b.name)) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": duplicate block " + b.name);
                }
                continue;
            }
            int colon = line.indexOf(": ");
            if (b == null || colon < 0) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": expected \"[name]\" or \"key: value\": " + line);
            }
            b.add(line.substring(0, colon), line.substring(colon + 2), file + ":" + lineNo);
        }
        if (b != null) {
            out.put(b.name, b.build());
        }
        return out;
    }

    private static final class Builder {
        private final String name;
        private String section;
        private final StringBuilder rfc = new StringBuilder();
        private String verdict;
        private String reason;
        private String uas;
        private String proxy;
        private final List<String> expects = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        void add(String key, String value, String where) {
            switch (key) {
                case "section" -> section = value;
                case "rfc" -> rfc.append(rfc.length() == 0 ? "" : " ").append(value.strip());
                case "note" -> {
                    // documentation only
                }
                case "verdict" -> verdict = value;
                case "reason" -> reason = value;
                case "uas" -> uas = value;
                case "proxy" -> proxy = value;
                case "expect" -> expects.add(value);
                default -> throw new IllegalArgumentException(where + ": unknown key " + key);
            }
        }

        TortureExpectation build() {
            return new TortureExpectation(name, section, rfc.toString(), verdict, reason, uas, proxy, List.copyOf(expects));
        }
    }
}
