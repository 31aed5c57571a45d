package io.sipspec.tester;

import io.sipspec.transaction.TimerConfig;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as the features write them: "500 ms", "2 s", or a multiple of a timer of RFC 3261 Table 4 ("T1",
 * "64*T1", "T2", "T4") resolved against the timers the device under test was configured with.
 */
public final class Durations {

    private static final Pattern LITERAL = Pattern.compile("(\\d{1,9})\\s*(ms|s)");
    private static final Pattern TIMER = Pattern.compile("(?:(\\d{1,6})\\s*\\*\\s*)?(T1|T2|T4)");

    private Durations() {
    }

    /**
     * @throws IllegalArgumentException naming the text and the accepted forms, for anything else
     */
    public static Duration parse(String text, TimerConfig timers) {
        String t = text.strip();
        Matcher m = LITERAL.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return m.group(2).equals("ms") ? Duration.ofMillis(n) : Duration.ofSeconds(n);
        }
        m = TIMER.matcher(t);
        if (m.matches()) {
            long factor = m.group(1) == null ? 1 : Long.parseLong(m.group(1));
            Duration base = switch (m.group(2)) {
                case "T1" -> timers.t1();
                case "T2" -> timers.t2();
                default -> timers.t4();
            };
            return base.multipliedBy(factor);
        }
        throw new IllegalArgumentException("not a duration: \"" + text + "\" (write e.g. 500 ms, 2 s, T1, 64*T1, T2, T4)");
    }

    /** "500 ms", or "0.250 ms" below a millisecond's precision: how reports show a duration. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos % 1_000_000 == 0) {
            return nanos / 1_000_000 + " ms";
        }
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }
}
