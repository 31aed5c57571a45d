package io.sipspec.device;

import io.sipspec.transaction.TimerConfig;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * A device outside the tester, at the profile's address, already running: the scenario only learns its address and
 * timers. It sends first when the profile has a trigger command for the method.
 */
public final class ExternalDevice implements Device {

    private final DeviceProfile profile;
    private final List<TriggerCommand> triggers = new ArrayList<>();
    private final StringBuilder log = new StringBuilder();

    public ExternalDevice(DeviceProfile profile) {
        this.profile = profile;
    }

    @Override
    public InetSocketAddress address() {
        return profile.address();
    }

    @Override
    public TimerConfig timers() {
        return profile.timers();
    }

    @Override
    public String label() {
        return profile.name();
    }

    /** @throws TestAbortedException "skipped: needs trigger" when the profile has no {@code trigger.<method>} */
    @Override
    public synchronized void trigger(String method, TriggerTarget target) {
        String template = profile.trigger(method).orElseThrow(() -> new TestAbortedException("skipped: needs trigger: the profile "
                + profile.name() + " has no trigger." + method.toLowerCase(java.util.Locale.ROOT)
                + " command to make the device send " + method));
        triggers.add(TriggerCommand.start(template, TriggerCommand.values(profile, target), profile.triggerTimeout()));
    }

    /** @throws TestAbortedException "skipped: needs trigger" when the profile has no {@code trigger.<action key>} */
    @Override
    public synchronized void act(CallAction action, TriggerTarget target) {
        String template = profile.trigger(action.key()).orElseThrow(() -> new TestAbortedException("skipped: needs trigger: the profile "
                + profile.name() + " has no trigger." + action.key() + " command to make the device " + action.description()));
        triggers.add(TriggerCommand.start(template, TriggerCommand.values(profile, target), profile.triggerTimeout()));
    }

    @Override
    public synchronized String triggerLog() {
        StringBuilder out = new StringBuilder(log);
        triggers.forEach(t -> out.append(t.log()));
        return out.toString();
    }

    @Override
    public synchronized void close() {
        for (TriggerCommand t : triggers) {
            log.append(t.log());
            t.close();
        }
        triggers.clear();
    }
}
