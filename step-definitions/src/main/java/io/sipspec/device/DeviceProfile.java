package io.sipspec.device;

import io.sipspec.tester.Transport;
import io.sipspec.transaction.TimerConfig;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The device under test as a profile describes it: the embedded reference element for each role (the default), or
 * an external device at a host and port. Immutable; {@link #toString} never shows the password.
 *
 * @param name       the profile's name, for reports ("embedded", "sipp-uas"...)
 * @param embedded   true for the in-process reference elements; host and port are then chosen per scenario
 * @param host       the external device's host (ignored when embedded)
 * @param port       the external device's port (ignored when embedded)
 * @param transports the transports the device speaks; the first is its main one
 * @param roles      the roles it plays: uas, uac, registrar, redirect, proxy
 * @param aor        its address-of-record, {@code ${device.aor}} in templates
 * @param user       its user name (also the Digest user name), {@code ${device.user}}
 * @param password   its Digest password, {@code ${device.password}}
 * @param domain     its domain, {@code ${device.domain}}
 * @param timers     its T1 (T2, T4 and Timer D follow unless given), so that {@code T1} and {@code 64*T1} in the
 *                   features scale to the device
 * @param tags       a Cucumber tag expression that further selects the scenarios that apply, or null for all
 * @param triggers   the commands that make an external device send first, by lower-case method ("invite",
 *                   "options", "register"); empty for the embedded device, which is triggered through its API
 * @param triggerTimeout how long a trigger command may run at most
 * @param options    how the device is configured, as scenarios that need a configuration ask for it ("fork" =
 *                   "sequential", "proxy.mode" = "stateless"...: the reference server's keys); empty for the embedded
 *                   device, which is started with the options each scenario asks for
 */
public record DeviceProfile(String name, boolean embedded, String host, int port, Set<Transport> transports, Set<String> roles,
        String aor, String user, String password, String domain, TimerConfig timers, String tags, Map<String, String> triggers,
        Duration triggerTimeout, Map<String, String> options) {

    public DeviceProfile {
        transports = Set.copyOf(transports);
        options = Map.copyOf(options);
        roles = Set.copyOf(roles);
        triggers = Map.copyOf(triggers);
        if (transports.isEmpty()) {
            throw new IllegalArgumentException("profile " + name + ": no transport");
        }
    }

    /** The main transport: the one written first in the profile. */
    public Transport transport() {
        return transports.contains(Transport.UDP) ? Transport.UDP : Transport.TCP;
    }

    /** The external device's address. */
    public InetSocketAddress address() {
        if (embedded) {
            throw new IllegalStateException("the embedded device has an address per scenario");
        }
        return new InetSocketAddress(host, port);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The command that makes the device send a {@code method} request, if the profile has one. */
    public Optional<String> trigger(String method) {
        return Optional.ofNullable(triggers.get(method.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The value of the configuration option {@code key} the profile declares, if any. */
    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }

    /** "embedded (reference elements, T1 50 ms)" or "sipp-uas (udp 127.0.0.1:5070, T1 500 ms)". */
    public String describe() {
        String t1 = "T1 " + timers.t1Millis() + " ms";
        return embedded ? name + " (reference elements, " + t1 + ")"
                : name + " (" + transport().name().toLowerCase(java.util.Locale.ROOT) + " " + host + ":" + port + ", " + t1 + ")";
    }

    @Override
    public String toString() {
        return "DeviceProfile[" + describe() + ", roles=" + roles + ", transports=" + transports + ", aor=" + aor + ", user=" + user
                + ", password=" + (password == null || password.isEmpty() ? "none" : "(hidden)") + ", tags=" + tags
                + ", triggers=" + triggers.keySet() + ", options=" + options + "]";
    }
}
