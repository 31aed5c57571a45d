package io.sipspec.transport;

import java.util.Locale;

/** The transports of RFC 3261 §18 this stack speaks. */
public enum TransportType {
    UDP(false, false, 5060),
    TCP(true, false, 5060),
    TLS(true, true, 5061);

    private final boolean reliable;
    private final boolean secure;
    private final int defaultPort;

    TransportType(boolean reliable, boolean secure, int defaultPort) {
        this.reliable = reliable;
        this.secure = secure;
        this.defaultPort = defaultPort;
    }

    /** Reliable transports need no retransmission timers (§17.1.1.2: Timer A is only started for unreliable ones). */
    public boolean reliable() {
        return reliable;
    }

    public boolean secure() {
        return secure;
    }

    /** RFC 3261 §19.1.2: 5060 for sip over UDP and TCP, 5061 for TLS. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The transport token of a Via (§20.42: "UDP", "TCP", "TLS"). */
    public String viaName() {
        return name();
    }

    /** The transport of a Via transport token, case-insensitive; null if this stack does not speak it. */
    public static TransportType fromVia(String token) {
        return switch (token.toUpperCase(Locale.ROOT)) {
            case "UDP" -> UDP;
            case "TCP" -> TCP;
            case "TLS" -> TLS;
            default -> null;
        };
    }
}
