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
    @ParameterType("\\d+ ?(?:ms|s)|(?:\\d+\\*)?T[124]")
    public Duration duration(String text) {
        return Durations.parse(text, wire.timers());
    }

    /** A status code, or a class of them: {@code 420}, {@code 1xx}. */
    @ParameterType(StatusPattern.REGEX)
    public StatusPattern status(String text) {
        return StatusPattern.of(text);
    }

    /** {@code equals}, {@code contains}, {@code matches} (a regular expression), {@code is the same as} (a stored value). */
    @ParameterType(Operator.REGEX)
    public Operator operator(String words) {
        return Operator.of(words);
    }

    /** {@code present} or {@code absent}: true for present. */
    @ParameterType("present|absent")
    public Boolean presence(String word) {
        return word.equals("present");
    }

    /** {@code Timer A}, {@code Timer E}, {@code Timer G}: the retransmission schedules of RFC 3261 §17. */
    @ParameterType("Timer [AEG]")
    public Retransmissions timer(String text) {
        return switch (text.charAt(text.length() - 1)) {
            case 'A' -> Retransmissions.timerA(wire.timers());
            case 'E' -> Retransmissions.timerE(wire.timers());
            default -> Retransmissions.timerG(wire.timers());
        };
    }
}
