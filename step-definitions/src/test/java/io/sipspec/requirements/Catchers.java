package io.sipspec.requirements;

import io.sipspec.fault.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The data file {@code src/test/resources/mutation/catchers.properties}: for each fault, the tag expression of the
 * scenarios that catch it, or why none does yet ({@code uncaught: reason}). Read in file order; an unknown fault id, a
 * fault listed twice or a line without "=" is an error naming the line.
 */
record Catchers(Map<Fault, Catcher> byFault) {

    static final Path FILE = Path.of("src", "test", "resources", "mutation", "catchers.properties");
    static final String UNCAUGHT = "uncaught:";

    /** One fault's line: its tag expression, or the reason it is not caught (then tags is null). */
    record Catcher(Fault fault, String tags, String uncaughtReason) {

        boolean expectedCaught() {
            return uncaughtReason == null;
        }
    }

    static Catchers read() throws IOException {
        return parse(Files.readAllLines(FILE, StandardCharsets.UTF_8));
    }

    static Catchers parse(List<String> lines) {
        Map<Fault, Catcher> byFault = new EnumMap<>(Fault.class);
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                errors.add("line " + (i + 1) + ": no '=' in \"" + line + "\"");
                continue;
            }
            String id = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            Fault fault = Fault.byId(id).orElse(null);
            if (fault == null) {
                errors.add("line " + (i + 1) + ": '" + id + "' is not a fault");
            } else if (value.isEmpty()) {
                errors.add("line " + (i + 1) + ": no tag expression for " + id);
            } else if (byFault.containsKey(fault)) {
                errors.add("line " + (i + 1) + ": " + id + " is listed twice");
            } else {
                boolean uncaught = value.startsWith(UNCAUGHT);
                byFault.put(fault, uncaught ? new Catcher(fault, null, value.substring(UNCAUGHT.length()).strip())
                        : new Catcher(fault, value, null));
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(FILE + ": " + String.join("; ", errors));
        }
        return new Catchers(byFault);
    }

    Catcher of(Fault fault) {
        return byFault.get(fault);
    }

    List<Fault> uncaught() {
        return byFault.values().stream().filter(c -> !c.expectedCaught()).map(Catcher::fault).toList();
    }
}
