package io.sipspec.pcap;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a capture is replayed.
 *
 * @param pace           the factor applied to the recorded gaps between messages: 1 keeps the original pacing, 0.5
 *                       replays twice as fast, 0 sends as soon as possible
 * @param patience       how long past its recorded delay a message from the device is waited for
 * @param ignoredHeaders header names (lower case) left out of the comparison, on top of {@link #ALWAYS_IGNORED}
 * @param username       the Digest user name for a capture with authentication, or null
 * @param password       its password, or null
 */
public record ReplayOptions(double pace, Duration patience, Set<String> ignoredHeaders, String username, String password) {

    /**
     * Headers whose values are fresh in every run, or that only the transport or the device's identity decides: the
     * comparison never looks at them.
     */
    public static final Set<String> ALWAYS_IGNORED = Set.of("via", "from", "to", "call-id", "cseq", "content-length",
            "contact", "date", "server", "user-agent", "timestamp", "www-authenticate", "proxy-authenticate",
            "authentication-info", "record-route", "route");

    public ReplayOptions {
        if (pace < 0 || Double.isNaN(pace)) {
            throw new IllegalArgumentException("pace must be 0 or more: " + pace);
        }
        TreeSet<String> lower = new TreeSet<>();
        for (String h : ignoredHeaders) {
            if (!h.isBlank()) {
                lower.add(h.trim().toLowerCase(Locale.ROOT));
            }
        }
        ignoredHeaders = Set.copyOf(lower);
    }

    /** The original pacing, 5 s of patience, nothing more ignored, no credentials. */
    public static ReplayOptions defaults() {
        return new ReplayOptions(1.0, Duration.ofSeconds(5), Set.of(), null, null);
    }

    public ReplayOptions withPace(double factor) {
        return new ReplayOptions(factor, patience, ignoredHeaders, username, password);
    }

    public ReplayOptions withPatience(Duration d) {
        return new ReplayOptions(pace, d, ignoredHeaders, username, password);
    }

    /** Also ignores these headers (comma-separated names). */
    public ReplayOptions ignoring(String commaSeparated) {
        Set<String> more = new TreeSet<>(ignoredHeaders);
        for (String h : commaSeparated.split(",")) {
            more.add(h);
        }
        return new ReplayOptions(pace, patience, more, username, password);
    }

    /** Uses {@code user:password} to answer Digest challenges. */
    public ReplayOptions withCredentials(String userColonPassword) {
        int colon = userColonPassword.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("credentials must be user:password, not " + userColonPassword);
        }
        return new ReplayOptions(pace, patience, ignoredHeaders, userColonPassword.substring(0, colon),
                userColonPassword.substring(colon + 1));
    }

    /** True if {@code header} takes part in the comparison. */
    public boolean compares(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        return !ALWAYS_IGNORED.contains(lower) && !ignoredHeaders.contains(lower);
    }
}
