package io.sipspec.registrar;

import io.sipspec.message.SipReader;

/**
 * The "q" parameter of a Contact (RFC 3261 §20.10, §10.2.1.2): "The "q" parameter indicates a relative preference for
 * the particular Contact header field value compared to other bindings for this address-of-record."
 *
 * <pre>
 * c-p-q  = "q" EQUAL qvalue
 * qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
 * </pre>
 *
 * <p>Held as thousandths, so {@code 0.5} and {@code 0.500} are equal. RFC 3261 gives no value for a Contact without
 * "q"; {@link #DEFAULT} (1.0, the value HTTP gives an accept-param without q, the rule §20.1 borrows qvalue from)
 * ranks it.
 */
public final class QValue implements Comparable<QValue> {

    /** The rank of a Contact without a "q" parameter. */
    public static final QValue DEFAULT = new QValue(1000);

    private final int thousandths;

    private QValue(int thousandths) {
        this.thousandths = thousandths;
    }

    /**
     * Parses a qvalue.
     *
     * @throws IllegalArgumentException if {@code text} is not a qvalue
     */
    public static QValue parse(String text) {
        int n = text.length();
        if (n == 0 || n > 5 || text.charAt(0) != '0' && text.charAt(0) != '1' || n > 1 && text.charAt(1) != '.') {
            throw new IllegalArgumentException("not a qvalue: \"" + text + "\"");
        }
        int value = (text.charAt(0) - '0') * 1000;
        int scale = 100;
        for (int i = 2; i < n; i++, scale /= 10) {
            char c = text.charAt(i);
            if (!SipReader.isDigit(c)) {
                throw new IllegalArgumentException("not a qvalue: \"" + text + "\"");
            }
            value += (c - '0') * scale;
        }
        if (value > 1000) {
            throw new IllegalArgumentException("qvalue above 1: \"" + text + "\"");
        }
        return new QValue(value);
    }

    /** The value times 1000: 0 to 1000. */
    public int thousandths() {
        return thousandths;
    }

    @Override
    public int compareTo(QValue o) {
        return Integer.compare(thousandths, o.thousandths);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QValue q && q.thousandths == thousandths;
    }

    @Override
    public int hashCode() {
        return thousandths;
    }

    /** The shortest qvalue text: {@code 1}, {@code 0}, {@code 0.5}, {@code 0.75}, {@code 0.125}. */
    @Override
    public String toString() {
        if (thousandths == 1000 || thousandths == 0) {
            return thousandths == 0 ? "0" : "1";
        }
        String digits = String.format("%03d", thousandths);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return "0." + digits.substring(0, end);
    }
}
