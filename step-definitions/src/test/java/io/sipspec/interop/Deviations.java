package io.sipspec.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a device deviates from RFC 3261: a data file of the test resources, read into scenario name -> why. Lines:
 * <pre>
 * # a comment
 * &#64;drops-options: SIPp's uas scenario drops any request but INVITE, ACK and BYE ... (a cause, with its RFC sentence)
 * A Request-URI scheme the UAS does not support gets 416 = &#64;drops-options
 * The 2xx to an INVITE has the Record-Route values of the request = §12.1.1: "..." (a reason of its own)
 * </pre>
 * Several scenarios failing for one cause name it; docs/interop.md explains each cause for readers.
 */
final class Deviations {

    private Deviations() {
    }

    static Map<String, String> read(String resource) {
        try (InputStream in = Deviations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return parse(resource, List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> parse(String name, List<String> lines) {
        Map<String, String> causes = new HashMap<>();
        Map<String, String> deviations = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                int colon = line.indexOf(':');
                if (colon < 0 || causes.putIfAbsent(line.substring(0, colon), line.substring(colon + 1).strip()) != null) {
                    errors.add("line " + n + ": a cause is \"@id: why\", each id once");
                }
                continue;
            }
            int eq = line.lastIndexOf(" = ");
            if (eq < 0) {
                errors.add("line " + n + ": no \" = \" in \"" + line + "\"");
                continue;
            }
            if (deviations.put(line.substring(0, eq).strip(), line.substring(eq + 3).strip()) != null) {
                errors.add("line " + n + ": the scenario is listed twice");
            }
        }
        for (Map.Entry<String, String> d : deviations.entrySet()) {
            String why = d.getValue();
            if (why.startsWith("@")) {
                String cause = causes.get(why);
                if (cause == null) {
                    errors.add("\"" + d.getKey() + "\" names the unknown cause " + why);
                } else {
                    d.setValue(cause);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + String.join("; ", errors));
        }
        return deviations;
    }
}
