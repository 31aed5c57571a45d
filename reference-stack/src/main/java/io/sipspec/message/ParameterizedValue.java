package io.sipspec.message;

/**
 * A token with generic parameters: {@code token *(SEMI generic-param)}. The value of Accept-Encoding
 * (§20.2), Accept-Language (§20.3) and Content-Disposition (§20.11).
 */
public final class ParameterizedValue {

    private final String value;
    private final Parameters parameters;

    public ParameterizedValue(String value, Parameters parameters) {
        this.value = value;
        this.parameters = parameters;
    }

    public static ParameterizedValue parse(String text) {
        SipReader r = new SipReader(text);
        ParameterizedValue v = read(r);
        r.expectEnd();
        return v;
    }

    static ParameterizedValue read(SipReader r) {
        r.sws();
        return new ParameterizedValue(r.token(), r.genericParams());
    }

    public String value() {
        return value;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The q-value (§20.1: "qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )"), 1.0 when absent. */
    public double q() {
        String q = parameters.value("q");
        return q == null ? 1.0 : Double.parseDouble(q);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterizedValue p && value.equalsIgnoreCase(p.value) && parameters.equals(p.parameters);
    }

    @Override
    public int hashCode() {
        return value.toLowerCase(java.util.Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(value);
        parameters.encode(b, ';');
        return b.toString();
    }
}
