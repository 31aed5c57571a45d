package io.sipspec.message;


/**
 * A tel URI (RFC 3966): {@code tel:} global-number or local-number with parameters.
 *
 * <p>Equality follows RFC 3966 §4: visual separators are ignored, the numbers must be both global or
 * both local, and the parameters must be the same set with equal values (case-insensitive).
 */
public final class TelUri implements Uri {

    private final String number;
    private final Parameters parameters;
    private final String text;

    private TelUri(String number, Parameters parameters, String text) {
        this.number = number;
        this.parameters = parameters;
        this.text = text;
    }

    public static TelUri parse(String text) {
        SipReader r = new SipReader(text);
        if (!r.skipIgnoreCase("tel:")) {
            throw r.error("expected \"tel:\"");
        }
        int start = r.position();
        r.skip('+');
        // phonedigit-hex = HEXDIG / "*" / "#" / visual-separator ; visual-separator = "-" / "." / "(" / ")"
        String digits = r.run(c -> SipReader.isHexdig(c) || c == '*' || c == '#' || c == '-' || c == '.' || c == '(' || c == ')');
        if (digits.isEmpty()) {
            throw r.error("expected telephone number", start);
        }
        String number = text.substring(start, r.position());
        Parameters.Builder pb = Parameters.builder();
        while (r.skip(';')) {
            int ps = r.position();
            String name = r.run(c -> SipReader.isAlphanum(c) || c == '-');
            if (name.isEmpty()) {
                throw r.error("empty tel parameter name", ps);
            }
            String value = null;
            if (r.skip('=')) {
                value = r.run(c -> SipReader.isUric(c) && c != ';' || c == '[' || c == ']');
            }
            pb.add(name, value);
        }
        if (!r.atEnd()) {
            throw r.error("unexpected character in tel URI");
        }
        Parameters params = pb.build();
        // RFC 3966 §5.1.5: a local-number requires the phone-context parameter.
        if (number.charAt(0) != '+' && !params.has("phone-context")) {
            throw new SipParseException("local tel number without phone-context", start, text);
        }
        return new TelUri(number, params, text);
    }

    @Override
    public String scheme() {
        return "tel";
    }

    /** The number as written, visual separators included. */
    public String number() {
        return number;
    }

    public boolean isGlobal() {
        return number.startsWith("+");
    }

    public Parameters parameters() {
        return parameters;
    }

    private String comparableNumber() {
        StringBuilder b = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c != '-' && c != '.' && c != '(' && c != ')') {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TelUri t && comparableNumber().equals(t.comparableNumber()) && parameters.equals(t.parameters);
    }

    @Override
    public int hashCode() {
        return comparableNumber().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

}
