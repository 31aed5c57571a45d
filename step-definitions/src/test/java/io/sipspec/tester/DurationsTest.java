package io.sipspec.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.transaction.TimerConfig;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    /** T1 = 100 ms, T2 = 800 ms, T4 = 1000 ms: values that cannot be confused with the defaults. */
    private static final TimerConfig TIMERS = TimerConfig.scaled(Duration.ofMillis(100));

    @ParameterizedTest
    @CsvSource({
        "500 ms, 500",
        "500ms, 500",
        "2 s, 2000",
        "T1, 100",
        "4*T1, 400",
        "64*T1, 6400",
        "64 * T1, 6400",
        "T2, 800",
        "T4, 1000",
        "2*T4, 2000",
    })
    void parses(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), Durations.parse(text, TIMERS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "500", "5 min", "T3", "t1", "T1*64", "-1 ms", "1.5 s", "64*"})
    void anythingElseIsAnErrorNamingIt(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text, TIMERS));
        assertEquals("not a duration: \"" + text + "\" (write e.g. 500 ms, 2 s, T1, 64*T1, T2, T4)", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"500000000, 500 ms", "0, 0 ms", "1250000, 1.250 ms"})
    void formats(long nanos, String text) {
        assertEquals(text, Durations.format(Duration.ofNanos(nanos)));
    }
}
