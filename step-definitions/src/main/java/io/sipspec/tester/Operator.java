package io.sipspec.tester;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a step compares a value of a received message (start line, header, parameter, body) with the value the
 * feature expects: {@code equals}, {@code contains}, {@code matches} (a Java regular expression matching the whole
 * value), {@code is the same as} (equal to a value stored earlier in the scenario; the feature names the value) or
 * {@code is not the same as} (different from a stored value: a fresh tag, a new branch).
 */
public enum Operator {
    EQUALS("equals"),
    CONTAINS("contains"),
    MATCHES("matches"),
    SAME_AS("is the same as"),
    NOT_SAME_AS("is not the same as");

    /** The words of all operators, as a regular expression (for the step parameter type). */
    public static final String REGEX = "equals|contains|matches|is the same as|is not the same as";

    private final String words;

    Operator(String words) {
        this.words = words;
    }

    /** @throws IllegalArgumentException naming the operators there are */
    public static Operator of(String words) {
        for (Operator o : values()) {
            if (o.words.equals(words)) {
                return o;
            }
        }
        throw new IllegalArgumentException("not an operator: \"" + words + "\" (write " + REGEX.replace("|", ", ") + ")");
    }

    public String words() {
        return words;
    }

    /**
     * True if {@code actual} (never null: absence is the caller's failure) compares to {@code expected} as this
     * operator says; for {@link #SAME_AS} and {@link #NOT_SAME_AS}, {@code expected} is the stored value.
     *
     * @throws IllegalArgumentException if {@code expected} is not a valid regular expression for {@link #MATCHES}
     */
    public boolean test(String actual, String expected) {
        return switch (this) {
            case EQUALS, SAME_AS -> actual.equals(expected);
            case NOT_SAME_AS -> !actual.equals(expected);
            case CONTAINS -> actual.contains(expected);
            case MATCHES -> {
                try {
                    yield Pattern.compile(expected, Pattern.DOTALL).matcher(actual).matches();
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("not a regular expression: \"" + expected + "\": " + e.getDescription(), e);
                }
            }
        };
    }

    @Override
    public String toString() {
        return words;
    }
}
