package io.sipspec.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.util.concurrent.ImmediateEventExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The timing wheel on a hand-moved clock: 10 ms ticks, 8 buckets (80 ms a turn), so that turns are easy to cross. */
class TimingWheelSchedulerTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final TimingWheelScheduler wheel = new TimingWheelScheduler(ImmediateEventExecutor.INSTANCE, 10, 8, now::get);
    private final List<String> fired = new ArrayList<>();

    private void at(long millis) {
        now.set(1_000 + millis);
        wheel.advance();
    }

    @Test
    void aTimerFiresAtTheFirstTickAtOrAfterItsDueTime() {
        wheel.schedule(TimerName.A, 25, () -> fired.add("A@" + (now.get() - 1_000)));
        at(20);
        assertEquals(List.of(), fired);
        at(29);
        assertEquals(List.of(), fired);
        at(30);
        assertEquals(List.of("A@30"), fired);
    }

    @Test
    void timersFireInDueOrderAcrossTicksTheLoopMissed() {
        wheel.schedule(TimerName.B, 50, () -> fired.add("B"));
        wheel.schedule(TimerName.A, 10, () -> fired.add("A"));
        wheel.schedule(TimerName.E, 30, () -> fired.add("E"));
        at(60); // one call after a busy loop catches up on six ticks
        assertEquals(List.of("A", "E", "B"), fired);
        assertEquals(0, wheel.size());
    }

    @Test
    void aCancelledTimerNeverFiresAndIsDroppedWhenItsBucketComesRound() {
        Scheduler.Timer t = wheel.schedule(TimerName.H, 40, () -> fired.add("H"));
        t.cancel();
        assertEquals(1, wheel.size());
        at(40);
        assertEquals(List.of(), fired);
        assertEquals(0, wheel.size());
    }

    @Test
    void aDelayLongerThanOneTurnWaitsForItsRound() {
        wheel.schedule(TimerName.J, 250, () -> fired.add("J")); // more than three turns of 80 ms
        at(160);
        at(240);
        assertEquals(List.of(), fired);
        at(250);
        assertEquals(List.of("J"), fired);
    }

    @Test
    void aTaskCanSetANewTimerAndCancelOneDueInTheSameTick() {
        Scheduler.Timer[] later = new Scheduler.Timer[1];
        wheel.schedule(TimerName.G, 10, () -> {
            fired.add("G1");
            later[0].cancel();
            wheel.schedule(TimerName.G, 20, () -> fired.add("G2"));
        });
        later[0] = wheel.schedule(TimerName.H, 10, () -> fired.add("H"));
        at(10);
        assertEquals(List.of("G1"), fired);
        at(30);
        assertEquals(List.of("G1", "G2"), fired);
    }

    @Test
    void theBucketCountMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new TimingWheelScheduler(ImmediateEventExecutor.INSTANCE, 10, 6, now::get));
    }
}
