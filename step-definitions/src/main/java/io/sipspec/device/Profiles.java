package io.sipspec.device;

import io.sipspec.tester.Transport;
import io.sipspec.transaction.TimerConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads {@link DeviceProfile}s: a properties file ({@code profiles/*.properties}) with overrides on top, from the
 * command line or from system properties {@code sipspec.device.<key>}. Keys:
 * <pre>
 * device=external            embedded (default) or external
 * host=127.0.0.1             port=5070             transport=udp[,tcp]
 * roles=uas[,uac,registrar,redirect,proxy]
 * aor=sip:alice@example.com  user=alice  password=secret  domain=example.com
 * t1=500                     (ms; t2 and t4 default to 8 and 10 times t1)   t2=4000   t4=5000
 * tags=not @rfc3261-8.2.2.3  (a Cucumber tag expression: which scenarios apply)
 * trigger.invite=COMMAND     trigger.options=COMMAND   trigger.register=COMMAND   trigger.timeout=10000 (ms)
 * option.fork=sequential     (how the device is configured, for scenarios that need a configuration:
 *                             "Given the device is the proxy with "fork=sequential"")
 * </pre>
 * An unknown key is an error naming it, so that a misspelt key does not silently test the wrong thing.
 */
public final class Profiles {

    /** The system property naming the profile file ("embedded" or absent for the default). */
    public static final String PROFILE_PROPERTY = "sipspec.profile";

    /** The prefix of the system properties that override single keys: {@code -Dsipspec.device.t1=500}. */
    public static final String OVERRIDE_PREFIX = "sipspec.device.";

    /** The embedded device's T1: timers scaled down so that timer scenarios take milliseconds. */
    public static final long EMBEDDED_T1_MILLIS = 50;

    private static final Set<String> KEYS = Set.of("device", "name", "host", "port", "transport", "roles", "aor", "user", "password",
            "domain", "t1", "t2", "t4", "tags", "trigger.timeout");
    /** The prefix of the keys that declare the device's configuration: {@code option.fork=sequential}. */
    public static final String OPTION_PREFIX = "option.";

    private static final Set<String> ROLES = Set.of("uas", "uac", "registrar", "redirect", "proxy");

    private Profiles() {
    }

    /** The default: the reference elements, in-process, with T1 = 50 ms. */
    public static DeviceProfile embedded() {
        return from("embedded", Map.of());
    }

    /**
     * The profile of {@code file} (or the embedded one if {@code file} is null) with {@code overrides} on top.
     *
     * @throws ProfileException naming the file or key at fault
     */
    public static DeviceProfile load(Path file, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        String name = "embedded";
        if (file != null) {
            name = file.getFileName().toString().replaceFirst("\\.properties$", "");
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new ProfileException("cannot read profile " + file + ": " + e.getMessage());
            }
            p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).trim()));
        }
        values.putAll(overrides);
        return from(name, values);
    }

    /**
     * The profile that system properties choose: {@code -Dsipspec.profile=FILE} (or {@code embedded}) and
     * {@code -Dsipspec.device.<key>=value} overrides.
     */
    public static DeviceProfile fromSystemProperties() {
        String file = System.getProperty(PROFILE_PROPERTY, "").trim();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String k : System.getProperties().stringPropertyNames()) {
            if (k.startsWith(OVERRIDE_PREFIX)) {
                overrides.put(k.substring(OVERRIDE_PREFIX.length()), System.getProperty(k).trim());
            }
        }
        return load(file.isEmpty() || file.equals("embedded") ? null : resolve(Path.of(file)), overrides);
    }

    /**
     * A relative profile path as given, or else relative to the parent folder: Maven runs the suite in the
     * step-definitions module, and {@code -Dsipspec.profile=profiles/x.properties} names a file of the repository root.
     */
    static Path resolve(Path file) {
        if (file.isAbsolute() || Files.exists(file)) {
            return file;
        }
        Path fromRoot = Path.of("..").resolve(file);
        return Files.exists(fromRoot) ? fromRoot : file;
    }

    /** @throws ProfileException naming the key at fault */
    static DeviceProfile from(String defaultName, Map<String, String> values) {
        for (String k : values.keySet()) {
            if (!KEYS.contains(k) && !k.startsWith("trigger.") && !k.startsWith(OPTION_PREFIX)) {
                throw new ProfileException("unknown profile key '" + k + "'; known keys: " + new java.util.TreeSet<>(KEYS)
                        + ", trigger.<method> and option.<key>");
            }
        }
        String kind = values.getOrDefault("device", "embedded").toLowerCase(Locale.ROOT);
        if (!kind.equals("embedded") && !kind.equals("external")) {
            throw new ProfileException("device: '" + kind + "' is not embedded or external");
        }
        boolean embedded = kind.equals("embedded");
        String name = values.getOrDefault("name", defaultName);
        String host = values.getOrDefault("host", "127.0.0.1");
        int port = embedded ? 0 : (int) number(values, "port", -1, 1, 65535);
        if (!embedded && !values.containsKey("port")) {
            throw new ProfileException("port: an external device needs its port (port=5060, or --device host:port)");
        }
        Set<Transport> transports = transports(values.getOrDefault("transport", embedded ? "udp,tcp" : "udp"));
        Set<String> roles = roles(values.getOrDefault("roles", embedded ? "uas,uac,registrar,redirect,proxy" : ""));
        if (roles.isEmpty()) {
            throw new ProfileException("roles: an external device needs its roles (roles=uas, registrar...)");
        }
        String domain = values.getOrDefault("domain", host);
        String user = values.getOrDefault("user", "alice");
        String aor = values.getOrDefault("aor", "sip:" + user + "@" + domain);
        long t1 = number(values, "t1", embedded ? EMBEDDED_T1_MILLIS : 500, 1, 60_000);
        TimerConfig scaled = TimerConfig.scaled(Duration.ofMillis(t1));
        TimerConfig timers = new TimerConfig(scaled.t1(),
                Duration.ofMillis(number(values, "t2", scaled.t2Millis(), t1, 600_000)),
                Duration.ofMillis(number(values, "t4", scaled.t4Millis(), 0, 600_000)), scaled.d());
        Map<String, String> triggers = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("trigger.") && !k.equals("trigger.timeout") && !v.isBlank()) {
                triggers.put(k.substring("trigger.".length()).toLowerCase(Locale.ROOT), v);
            }
        });
        Map<String, String> options = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(OPTION_PREFIX) && k.length() > OPTION_PREFIX.length()) {
                options.put(k.substring(OPTION_PREFIX.length()), v.trim());
            }
        });
        String tags = values.get("tags");
        return new DeviceProfile(name, embedded, host, port, transports, roles, aor, user, values.getOrDefault("password", "secret"),
                domain, timers, tags == null || tags.isBlank() ? null : tags, triggers,
                Duration.ofMillis(number(values, "trigger.timeout", 10_000, 1, 3_600_000)), options);
    }

    private static Set<Transport> transports(String value) {
        Set<Transport> out = new LinkedHashSet<>();
        for (String t : value.split(",")) {
            if (t.isBlank()) {
                continue;
            }
            try {
                out.add(Transport.valueOf(t.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ProfileException("transport: '" + t.trim() + "' is not udp or tcp");
            }
        }
        if (out.isEmpty()) {
            throw new ProfileException("transport: none given (udp or tcp)");
        }
        return out;
    }

    private static Set<String> roles(String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : value.split(",")) {
            String role = r.trim().toLowerCase(Locale.ROOT);
            if (role.isEmpty()) {
                continue;
            }
            if (!ROLES.contains(role)) {
                throw new ProfileException("roles: '" + role + "' is not one of uas, uac, registrar, redirect, proxy");
            }
            out.add(role);
        }
        return out;
    }

    private static long number(Map<String, String> values, String key, long defaultValue, long min, long max) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < min || n > max) {
                throw new ProfileException(key + ": " + n + " is not between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ProfileException(key + ": '" + v + "' is not a whole number");
        }
    }
}
