package io.sipspec.tester;

import io.sipspec.message.Identifiers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The named values of one scenario that templates refer to as {@code ${name}}: values stored by steps (often
 * extracted from received messages with {@link Extract}, e.g. the To tag of the last response), and the
 * identifiers a scenario keeps: {@code ${call-id}} and {@code ${tag}} are made on first use and then stay the
 * same for the scenario (RFC 3261 §8.1.1.4, §19.3), and so is {@code ${user}}, a user name of its own for the
 * scenario's address-of-record (an external registrar keeps the bindings of earlier scenarios). {@code ${branch}} is fresh per rendering unless stored (see
 * {@link Template}).
 */
public final class Variables {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * Stores {@code value} under {@code name}, replacing any earlier value.
     *
     * @throws IllegalArgumentException if the name could not be written as {@code ${name}}
     */
    public Variables set(String name, String value) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a variable name: \"" + name + "\"");
        }
        if (value == null) {
            throw new IllegalArgumentException("no value to store as ${" + name + "}");
        }
        values.put(name, value);
        return this;
    }

    /** The stored value; for {@code call-id}, {@code tag} and {@code user}, made and stored on first use; else null. */
    public String value(String name) {
        String v = values.get(name);
        if (v != null) {
            return v;
        }
        return switch (name) {
            case "call-id" -> store(name, Identifiers.newCallId(null));
            case "tag" -> store(name, Identifiers.newTag());
            case "user" -> store(name, "u" + Identifiers.newTag().toLowerCase(java.util.Locale.ROOT));
            default -> null;
        };
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    private String store(String name, String value) {
        values.put(name, value);
        return value;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
