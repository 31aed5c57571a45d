package io.sipspec.proxy;

import io.sipspec.message.Address;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the reference proxy behaves.
 *
 * @param mode        stateful (§16.2) or stateless (§16.11)
 * @param recordRoute whether the proxy inserts a Record-Route value into dialog-creating requests (§16.6 step 4)
 * @param timerC      Timer C of a stateful proxy (§16.6 step 11: "The timer MUST be larger than 3 minutes."; a smaller
 *                    value is accepted for test runs with scaled timers)
 * @param forking     parallel or sequential forking of a stateful proxy
 * @param recurse     whether a stateful proxy adds the SIP and SIPS contacts of a 3xx to the target set (§16.7 step 4:
 *                    "If the proxy chooses to recurse on any contacts in a 3xx response")
 * @param routeSet    a local policy's route set (§16.6 step 6: "A proxy MAY have a local policy that mandates that a
 *                    request visit a specific set of proxies before being delivered to the destination."), pushed into
 *                    the Route of every request the proxy forwards; empty for none. A value without the lr parameter
 *                    names a proxy not known to be a loose router: the copy is then reformatted for a strict router
 *                    (step 6), never sent to it as it is
 */
public record ProxyConfig(ProxyMode mode, boolean recordRoute, Duration timerC, ForkingMode forking, boolean recurse,
        List<Address> routeSet) {

    /** The smallest Timer C the RFC allows is anything above this. */
    public static final Duration THREE_MINUTES = Duration.ofMinutes(3);

    /** Stateful, record-routing, Timer C 181 s, parallel forking, recursing on 3xx contacts. */
    public static final ProxyConfig DEFAULT = new ProxyConfig(ProxyMode.STATEFUL, true, THREE_MINUTES.plusSeconds(1),
            ForkingMode.PARALLEL, true, List.of());

    public ProxyConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(forking, "forking");
        routeSet = List.copyOf(routeSet);
        if (timerC.isNegative() || timerC.isZero()) {
            throw new IllegalArgumentException("Timer C must be positive: " + timerC);
        }
    }

    public ProxyConfig withMode(ProxyMode m) {
        return new ProxyConfig(m, recordRoute, timerC, forking, recurse, routeSet);
    }

    public ProxyConfig withRecordRoute(boolean on) {
        return new ProxyConfig(mode, on, timerC, forking, recurse, routeSet);
    }

    public ProxyConfig withTimerC(Duration c) {
        return new ProxyConfig(mode, recordRoute, c, forking, recurse, routeSet);
    }

    public ProxyConfig withForking(ForkingMode f) {
        return new ProxyConfig(mode, recordRoute, timerC, f, recurse, routeSet);
    }

    public ProxyConfig withRecursion(boolean on) {
        return new ProxyConfig(mode, recordRoute, timerC, forking, on, routeSet);
    }

    public ProxyConfig withRouteSet(List<Address> routes) {
        return new ProxyConfig(mode, recordRoute, timerC, forking, recurse, routes);
    }
}
