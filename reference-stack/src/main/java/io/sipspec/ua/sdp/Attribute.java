package io.sipspec.ua.sdp;

/**
 * RFC 4566 §5.13: {@code a=<attribute>} (a property attribute) or {@code a=<attribute>:<value>} (a value attribute).
 *
 * @param name  the attribute name
 * @param value the value, or null for a property attribute
 */
public record Attribute(String name, String value) {

    public Attribute {
        if (name.isEmpty() || name.indexOf(':') >= 0 || name.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("bad attribute name '" + name + "'");
        }
    }

    /** A property attribute such as {@code recvonly}. */
    public static Attribute property(String name) {
        return new Attribute(name, null);
    }

    static Attribute parse(String value, int line) {
        int colon = value.indexOf(':');
        String name = colon < 0 ? value : value.substring(0, colon);
        if (name.isEmpty() || name.indexOf(' ') >= 0) {
            throw new SdpParseException("bad attribute name in a=" + value, line);
        }
        return new Attribute(name, colon < 0 ? null : value.substring(colon + 1));
    }

    @Override
    public String toString() {
        return value == null ? name : name + ':' + value;
    }
}
