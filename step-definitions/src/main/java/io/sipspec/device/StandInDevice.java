package io.sipspec.device;

import io.sipspec.transaction.TimerConfig;
import java.net.InetSocketAddress;
import org.opentest4j.TestAbortedException;

/** A device the tester neither starts nor triggers: an address (e.g. another peer standing in for one, in unit tests). */
public final class StandInDevice implements Device {

    private final InetSocketAddress address;
    private final TimerConfig timers;
    private final String label;

    public StandInDevice(InetSocketAddress address, TimerConfig timers, String label) {
        this.address = address;
        this.timers = timers;
        this.label = label;
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    @Override
    public TimerConfig timers() {
        return timers;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void trigger(String method, TriggerTarget target) {
        throw new TestAbortedException("skipped: needs trigger: " + label + " cannot be made to send " + method);
    }

    @Override
    public String triggerLog() {
        return "";
    }

    @Override
    public void close() {
        // Nothing was started.
    }
}
