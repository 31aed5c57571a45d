package io.sipspec.steps;

import io.cucumber.java.ParameterType;
import io.sipspec.tester.Durations;
import io.sipspec.tester.Operator;
import io.sipspec.tester.Retransmissions;
import io.sipspec.tester.StatusPattern;
import java.time.Duration;

/** The parameter types of the vocabulary: how a feature writes durations, statuses, operators and timers. */
public final class StepParameters {

    private final WireContext wire;

    public StepParameters(WireContext wire) {
        this.wire = wire;
    }

    /** Durations as the RFC writes them: {@code 500 ms}, {@code 2 s}, {@code T1}, {@code 64*T1}, resolved with the device's timers. */
    @ParameterDoc(summary = "a duration, literal or a multiple of a timer of RFC 3261 Table 4 (the device's T1, T2, T4)", examples = "500 ms, 2 s, T1, 2*T2, 64*T1")
    @ParameterType("\\d+ ?(?:ms|s)|(?:\\d+\\*)?T[124]")
    public Duration duration(String text) {
        return Durations.parse(text, wire.timers());
    }

    /** A status code, or a class of them: {@code 420}, {@code 1xx}. */
    @ParameterDoc(summary = "a status code, or a class of them", examples = "420, 200, 1xx, 2xx")
    @ParameterType(StatusPattern.REGEX)
    public StatusPattern status(String text) {
        return StatusPattern.of(text);
    }

    /** {@code equals}, {@code contains}, {@code matches} (a regular expression), {@code is the same as} or {@code is not the same as} (a stored value). */
    @ParameterDoc(summary = "how a value is compared: exactly, as a substring, with a regular expression for the whole value, or with a value stored earlier (named): the same, or not the same", examples = "equals, contains, matches, is the same as, is not the same as")
    @ParameterType(Operator.REGEX)
    public Operator operator(String words) {
        return Operator.of(words);
    }

    /** {@code present} or {@code absent}: true for present. */
    @ParameterDoc(summary = "whether a header field or parameter is there", examples = "present, absent")
    @ParameterType("present|absent")
    public Boolean presence(String word) {
        return word.equals("present");
    }

    /** {@code Timer A}, {@code Timer E}, {@code Timer G}: the retransmission schedules of RFC 3261 §17. */
    @ParameterDoc(summary = "a retransmission schedule of RFC 3261 §17: A (T1 doubling), E and G (T1 doubling up to T2)", examples = "Timer A, Timer E, Timer G")
    @ParameterType("Timer [AEG]")
    public Retransmissions timer(String text) {
        return switch (text.charAt(text.length() - 1)) {
            case 'A' -> Retransmissions.timerA(wire.timers());
            case 'E' -> Retransmissions.timerE(wire.timers());
            default -> Retransmissions.timerG(wire.timers());
        };
    }
}
