package io.sipspec.auth;

import io.sipspec.message.AuthValue;
import io.sipspec.message.Parameters;
import io.sipspec.message.SipReader;

/** Reading and writing Digest parameters: quoting on the way out, duplicates and missing values on the way in. */
final class DigestParams {

    private final Parameters parameters;

    private DigestParams(Parameters parameters) {
        this.parameters = parameters;
    }

    /** The parameters of a Digest challenge or credentials. */
    static DigestParams of(AuthValue value) {
        if (!value.isDigest()) {
            throw new IllegalArgumentException("not the Digest scheme: " + value.scheme());
        }
        return new DigestParams(value.parameters());
    }

    /** The unquoted value, or null when absent; a parameter given twice is an error. */
    String optional(String name) {
        int count = 0;
        for (String n : parameters.names()) {
            if (n.equalsIgnoreCase(name)) {
                count++;
            }
        }
        if (count > 1) {
            throw new IllegalArgumentException("parameter " + name + " appears " + count + " times");
        }
        return parameters.value(name);
    }

    String required(String name) {
        String v = optional(name);
        if (v == null) {
            throw new IllegalArgumentException("missing parameter " + name);
        }
        return v;
    }

    boolean has(String name) {
        return parameters.has(name);
    }

    /** Appends a quoted-string parameter, or nothing when {@code value} is null. */
    static void quoted(Parameters.Builder b, String name, String value) {
        if (value != null) {
            b.add(name, SipReader.quote(value));
        }
    }

    /** Appends a token parameter, or nothing when {@code value} is null. */
    static void token(Parameters.Builder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
