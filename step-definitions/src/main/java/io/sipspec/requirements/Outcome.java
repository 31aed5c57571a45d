package io.sipspec.requirements;

import java.util.Locale;

/** How a scenario ended, as Cucumber reports it. Only {@link #PASSED} counts towards covered-and-passing. */
public enum Outcome {
    PASSED, FAILED, SKIPPED, PENDING, UNDEFINED, AMBIGUOUS, UNUSED;

    /** The outcome named {@code status} (a Cucumber {@code Status} name, any case). */
    public static Outcome of(String status) {
        return valueOf(status.strip().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
