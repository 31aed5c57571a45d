package io.sipspec.steps;

import io.cucumber.java.en.Then;
import io.sipspec.tester.Durations;
import io.sipspec.tester.Mailbox;
import io.sipspec.tester.Received;
import io.sipspec.tester.RetransmissionVerdict;
import io.sipspec.tester.Retransmissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Retransmission timing of "it", the message the last "receives" step took: every copy its peer received, byte for
 * byte, with the times they arrived (RFC 3261 §17).
 */
public final class TimingSteps {

    private final WireContext wire;

    public TimingSteps(WireContext wire) {
        this.wire = wire;
    }

    @StepDoc(group = StepGroup.TIMING, example = "the retransmissions of it follow Timer G",
            summary = "Checks the intervals between the copies of \"it\" received so far against Timer A (T1, 2*T1, 4*T1...), "
                    + "E or G (the same, capped at T2), within 30 ms + 25 %. Receive the copies first.")
    @Then("the retransmissions of it follow {timer}")
    public void followTimer(Retransmissions timer) {
        Received it = wire.last();
        List<Received> copies = wire.peer(it.peer()).mailbox().all(copyOf(it));
        RetransmissionVerdict verdict = timer.checkReceived(copies, wire.tolerance());
        if (!verdict.ok()) {
            throw new AssertionError("the retransmissions of \"" + it.startLine() + "\" follow the timer: " + verdict.explanation()
                    + "; received at " + times(copies));
        }
    }

    /**
     * RFC 3261 §17.2.1 Timer H, §17.1.1.2 Timer B, §17.1.2.2 Timer F: retransmissions end when the transaction times out.
     * A copy arriving later than the duration plus T2/2 (the scheduling slack) after the first fails; the step watches
     * until the duration plus 2*T2, time for a device that keeps going to send at least one more copy.
     */
    @StepDoc(group = StepGroup.TIMING, example = "the retransmissions of it stop within 64*T1",
            summary = "Checks that no copy of \"it\" arrives later than the duration (+ T2/2) after the first one, watching "
                    + "until the duration + 2*T2 (e.g. Timer H ending the retransmissions of a final response).")
    @Then("the retransmissions of it stop within {duration}")
    public void stopWithin(Duration within) {
        Received it = wire.last();
        Mailbox mailbox = wire.peer(it.peer()).mailbox();
        List<Received> copies = mailbox.all(copyOf(it));
        long first = copies.get(0).nanos();
        Duration slack = wire.timers().t2().dividedBy(2);
        long limit = first + within.plus(slack).toNanos();
        long watchUntil = first + within.plus(wire.timers().t2().multipliedBy(2)).toNanos();
        String step = "the retransmissions of \"" + it.startLine() + "\" stop within " + Durations.format(within) + " (+ "
                + Durations.format(slack) + ") of the first";
        Predicate<Received> late = copyOf(it).and(r -> r.nanos() > limit);
        long left = watchUntil - wire.traffic().now();
        if (left > 0) {
            mailbox.expectNothing(late, Duration.ofNanos(left), step);
        }
        List<Received> tooLate = mailbox.all(late);
        if (!tooLate.isEmpty()) {
            throw new AssertionError(step + ": a copy arrived at " + Durations.format(Duration.ofNanos(tooLate.get(0).nanos() - first))
                    + "; received at " + times(mailbox.all(copyOf(it))));
        }
    }

    private static Predicate<Received> copyOf(Received it) {
        return r -> Arrays.equals(r.raw(), it.raw());
    }

    /** The arrival times relative to the first copy: "0 ms, 51 ms, 152 ms". */
    private static String times(List<Received> copies) {
        long first = copies.get(0).nanos();
        return String.join(", ", copies.stream().map(r -> Durations.format(Duration.ofMillis((r.nanos() - first) / 1_000_000))).toList());
    }
}
