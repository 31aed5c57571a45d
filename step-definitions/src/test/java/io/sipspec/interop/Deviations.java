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
 * Each retransmission of the 2xx gets the ACK again ~ §13.2.2.4: "..." (fails in some runs only: why)
 * </pre>
 * A scenario listed with {@code ~} instead of {@code =} deviates in some runs and not in others (the device's behaviour
 * depends on timing it does not control): its reason starts with {@link #SOMETIMES} and either verdict is accepted.
 * Several scenarios failing for one cause name it; docs/interop.md explains each cause for readers.
 */
final class Deviations {

    /** The start of the reason of a scenario that fails in some runs only. */
    static final String SOMETIMES = "in some runs: ";

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
            int tilde = line.lastIndexOf(" ~ ");
            boolean sometimes = eq < 0 && tilde >= 0;
            if (sometimes) {
                eq = tilde;
            }
            if (eq < 0) {
                errors.add("line " + n + ": no \" = \" in \"" + line + "\"");
                continue;
            }
            String why = line.substring(eq + 3).strip();
            if (deviations.put(line.substring(0, eq).strip(), sometimes ? SOMETIMES + why : why) != null) {
                errors.add("line " + n + ": the scenario is listed twice");
            }
        }
        for (Map.Entry<String, String> d : deviations.entrySet()) {
            boolean sometimes = d.getValue().startsWith(SOMETIMES);
            String why = sometimes ? d.getValue().substring(SOMETIMES.length()) : d.getValue();
            if (why.startsWith("@")) {
                String cause = causes.get(why);
                if (cause == null) {
                    errors.add("\"" + d.getKey() + "\" names the unknown cause " + why);
                } else {
                    d.setValue(sometimes ? SOMETIMES + cause : cause);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + String.join("; ", errors));
        }
        return deviations;
    }
}
