package io.sipspec.steps;

import io.cucumber.java.en.Given;
import io.sipspec.device.ActiveProfile;
import io.sipspec.device.Device;
import io.sipspec.device.DeviceProfile;
import io.sipspec.device.EmbeddedDevice;
import io.sipspec.device.ExternalDevice;
import io.sipspec.device.Profiles;
import io.sipspec.server.ConfigKey;
import io.sipspec.tester.Variables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.TestAbortedException;

/**
 * The device under test configured in a way the scenario needs: a forking mode, a stateless proxy, a short Timer C.
 * The options are keys of the reference server's configuration ({@link ConfigKey}, e.g. {@code fork=sequential},
 * {@code proxy.mode=stateless}, {@code timer.c=500}). The embedded element is started with them; an external device
 * is used only when its profile declares each of them with the same value ({@code option.fork=sequential}), else the
 * scenario is skipped with the reason.
 */
public final class DeviceOptionSteps {

    /** The keys the device step itself sets (or that would make another device): not options. */
    private static final Set<ConfigKey> NOT_OPTIONS = Set.of(ConfigKey.ROLE, ConfigKey.LISTEN, ConfigKey.T1, ConfigKey.T2, ConfigKey.T4,
            ConfigKey.FAULTS, ConfigKey.LOG);

    private final WireContext wire;
    private final DeviceSteps device;

    public DeviceOptionSteps(WireContext wire, DeviceSteps device) {
        this.wire = wire;
        this.device = device;
    }

    @StepDoc(group = StepGroup.SETUP, example = "the device is the proxy with \"fork=sequential, timer.c=500\"",
            summary = "As 'the device is the {word}', configured with these options (comma-separated key=value, keys of the "
                    + "reference server: fork, proxy.mode, record-route, recurse, timer.c, proxy.route...; ${peer.NAME} is a peer "
                    + "declared before); an external device only if its profile declares each (option.fork=sequential), else skipped.")
    @Given("the device is the {word} with {string}")
    public void theDeviceIsTheWith(String role, String options) {
        Map<String, String> wanted = parse(options);
        DeviceProfile profile = ActiveProfile.get();
        String r = role.toLowerCase(Locale.ROOT);
        if (!profile.hasRole(r)) {
            throw new TestAbortedException("skipped: " + profile.name() + " is not a " + r + " (its roles: "
                    + String.join(", ", profile.roles()) + ")");
        }
        Device d;
        if (profile.embedded()) {
            Map<String, String> rendered = new LinkedHashMap<>();
            wanted.forEach((k, v) -> rendered.put(k, render(options, v, wire.variables())));
            d = EmbeddedDevice.start(r, device.scenarioTransport(profile), profile.timers(), rendered);
        } else {
            String missing = undeclared(profile, wanted);
            if (!missing.isEmpty()) {
                throw new TestAbortedException("skipped: the scenario needs the " + r + " configured with " + missing + "; the profile "
                        + profile.name() + " does not declare it (declare how the device is configured with "
                        + Profiles.OPTION_PREFIX + "<key>=<value>)");
            }
            d = new ExternalDevice(profile);
        }
        wire.device(d, r);
        wire.variables().set("device.aor", profile.aor()).set("device.user", profile.user())
                .set("device.password", profile.password()).set("device.domain", profile.domain());
    }

    /**
     * The options of {@code text} ("fork=sequential, timer.c=500") in order.
     *
     * @throws AssertionError naming a malformed pair or a key that is not an option of the reference server
     */
    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? "" : pair.substring(0, eq).trim();
            String value = eq < 0 ? "" : pair.substring(eq + 1).trim();
            if (key.isEmpty() || value.isEmpty()) {
                throw new AssertionError("device options \"" + text + "\": \"" + pair.trim() + "\" is not key=value");
            }
            ConfigKey k = ConfigKey.of(key).orElse(null);
            if (k == null || NOT_OPTIONS.contains(k)) {
                List<String> known = new ArrayList<>();
                for (ConfigKey c : ConfigKey.values()) {
                    if (!NOT_OPTIONS.contains(c)) {
                        known.add(c.key());
                    }
                }
                throw new AssertionError("device options \"" + text + "\": " + key + " is not an option; options: " + String.join(", ", known));
            }
            out.put(key, value);
        }
        if (out.isEmpty()) {
            throw new AssertionError("device options \"" + text + "\": none given (write key=value, e.g. fork=sequential)");
        }
        return out;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    /**
     * {@code value} with its {@code ${name}} replaced by stored values, e.g. {@code ${peer.edge}}, the host:port of a peer
     * declared before the device (an external device's profile declares its options as they are written).
     *
     * @throws AssertionError naming a variable that has no value
     */
    static String render(String options, String value, Variables variables) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = variables.has(m.group(1)) ? variables.value(m.group(1)) : null;
            if (v == null) {
                throw new AssertionError("device options \"" + options + "\": ${" + m.group(1) + "} has no value (a peer is named "
                        + "${peer.NAME} once declared, before the device)");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        return m.appendTail(out).toString();
    }

    /** The options the profile does not declare with the wanted value, as "fork=sequential, timer.c=500"; empty if none. */
    static String undeclared(DeviceProfile profile, Map<String, String> wanted) {
        List<String> missing = new ArrayList<>();
        wanted.forEach((k, v) -> {
            if (!profile.option(k).map(v::equalsIgnoreCase).orElse(false)) {
                missing.add(k + "=" + v);
            }
        });
        return String.join(", ", missing);
    }
}
