package io.sipspec.tester;

import io.sipspec.message.SipResponse;
import java.util.regex.Pattern;

/**
 * A status code as a feature writes it: exact ({@code 420}) or a class of RFC 3261 §7.2 ({@code 1xx} provisional,
 * {@code 2xx} success, ... {@code 6xx}).
 */
public record StatusPattern(String text) {

    /** The forms, as a regular expression (for the step parameter type). */
    public static final String REGEX = "[1-6]\\d\\d|[1-6]xx";

    private static final Pattern FORM = Pattern.compile(REGEX);

    public StatusPattern {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("not a status: \"" + text + "\" (write e.g. 200, 420 or 1xx, 2xx)");
        }
    }

    public static StatusPattern of(String text) {
        return new StatusPattern(text);
    }

    /** True if {@code code} is this status, or of this class. */
    public boolean matches(int code) {
        if (text.endsWith("xx")) {
            return code / 100 == text.charAt(0) - '0';
        }
        return code == Integer.parseInt(text);
    }

    /** True for a parsed response whose status this pattern matches. */
    public boolean matches(Received r) {
        return r.message() instanceof SipResponse s && matches(s.statusCode());
    }

    @Override
    public String toString() {
        return text;
    }
}
