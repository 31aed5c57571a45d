package io.sipspec.proxy;

import java.time.Duration;
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
 */
public record ProxyConfig(ProxyMode mode, boolean recordRoute, Duration timerC, ForkingMode forking, boolean recurse) {

    /** The smallest Timer C the RFC allows is anything above this. */
    public static final Duration THREE_MINUTES = Duration.ofMinutes(3);

    /** Stateful, record-routing, Timer C 181 s, parallel forking, recursing on 3xx contacts. */
    public static final ProxyConfig DEFAULT = new ProxyConfig(ProxyMode.STATEFUL, true, THREE_MINUTES.plusSeconds(1),
            ForkingMode.PARALLEL, true);

    public ProxyConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(forking, "forking");
        if (timerC.isNegative() || timerC.isZero()) {
            throw new IllegalArgumentException("Timer C must be positive: " + timerC);
        }
    }

    public ProxyConfig withMode(ProxyMode m) {
        return new ProxyConfig(m, recordRoute, timerC, forking, recurse);
    }

    public ProxyConfig withRecordRoute(boolean on) {
        return new ProxyConfig(mode, on, timerC, forking, recurse);
    }

    public ProxyConfig withTimerC(Duration c) {
        return new ProxyConfig(mode, recordRoute, c, forking, recurse);
    }

    public ProxyConfig withForking(ForkingMode f) {
        return new ProxyConfig(mode, recordRoute, timerC, f, recurse);
    }

    public ProxyConfig withRecursion(boolean on) {
        return new ProxyConfig(mode, recordRoute, timerC, forking, on);
    }
}
