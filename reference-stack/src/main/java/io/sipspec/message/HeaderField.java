package io.sipspec.message;

import java.util.Objects;

/**
 * One header field line: {@code name HCOLON value}. The value is unfolded (RFC 3261 §7.3.1: a line
 * continuation is "equivalent to a single SP") and trimmed; the exact bytes stay in the message.
 *
 * @param name  the header name
 * @param value the field value
 */
public record HeaderField(HeaderName name, String value) {

    public HeaderField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public static HeaderField of(String name, String value) {
        return new HeaderField(HeaderName.of(name), value);
    }

    @Override
    public String toString() {
        return name.name() + ": " + value;
    }
}
