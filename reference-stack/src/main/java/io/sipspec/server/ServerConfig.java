package io.sipspec.server;

import io.sipspec.auth.DigestAlgorithm;
import io.sipspec.fault.FaultSet;
import io.sipspec.message.Address;
import io.sipspec.message.Host;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.proxy.ForkingMode;
import io.sipspec.proxy.ProxyConfig;
import io.sipspec.proxy.ProxyMode;
import io.sipspec.registrar.ExpiryPolicy;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.ua.UaConfig;
import io.sipspec.ua.UasBehaviour;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything a reference element needs to run, read from a {@link CommandLine}; each key is described in
 * {@link ConfigKey}. Immutable; {@link #toString} never shows a password.
 *
 * @param role     the element to run
 * @param listen   the listening points, at least one
 * @param timers   T1, T2, T4 and Timer D
 * @param domains  the domains the registrar keeps bindings for
 * @param realm    the Digest realm
 * @param users    Digest passwords by user name
 * @param auth     whether REGISTER is authenticated (Digest)
 * @param algorithms the Digest algorithms offered, most preferred first
 * @param expiry   default, minimum and maximum binding lifetimes
 * @param purge    the interval between purges of expired bindings
 * @param logLevel error, warn, info, debug or trace
 * @param viaHost  the host of Via sent-by, or null for the listening address
 * @param tlsCert  the PEM certificate chain for tls listening points, or null
 * @param tlsKey   the PEM private key of {@code tlsCert}, or null
 * @param target   the UAC's Request-URI, or null
 * @param calls    how many calls the UAC makes
 * @param hold     how long each UAC call lasts before its BYE
 * @param faults   the faults the element commits ({@link FaultSet#NONE} but in fault-injection tests)
 * @param proxy    the proxy's mode, record-routing, Timer C and forking
 * @param uas      how the UAS rings, answers non-INVITE requests and uses 100rel
 */
public record ServerConfig(Role role, List<ListenPoint> listen, TimerConfig timers, List<String> domains, String realm,
        Map<String, String> users, boolean auth, List<DigestAlgorithm> algorithms, ExpiryPolicy expiry, Duration purge, String logLevel, String viaHost,
        Path tlsCert, Path tlsKey, Uri target, int calls, Duration hold, FaultSet faults, ProxyConfig proxy, UasSettings uas) {

    private static final Set<String> LEVELS = Set.of("error", "warn", "info", "debug", "trace");

    public ServerConfig {
        listen = List.copyOf(listen);
        domains = List.copyOf(domains);
        users = Map.copyOf(users);
        algorithms = List.copyOf(algorithms);
    }

    /**
     * The configuration of {@code args} ({@code --config FILE}, {@code --key=value}).
     *
     * @throws ConfigException naming the first key at fault
     */
    public static ServerConfig fromArgs(String... args) {
        return from(CommandLine.parse(args));
    }

    /** @throws ConfigException naming the first key at fault */
    public static ServerConfig from(CommandLine c) {
        String roleValue = c.value(ConfigKey.ROLE);
        if (roleValue == null || roleValue.isBlank()) {
            throw new ConfigException(ConfigKey.ROLE, "missing; one of " + Role.tokens());
        }
        Role role = Role.parse(roleValue);
        List<ListenPoint> listen = listen(c.value(ConfigKey.LISTEN));
        List<String> domains = domains(c.value(ConfigKey.DOMAIN), listen);
        String realm = c.value(ConfigKey.REALM) != null ? c.value(ConfigKey.REALM) : domains.get(0);
        Map<String, String> users = users(c.value(ConfigKey.USERS));
        boolean auth = c.value(ConfigKey.AUTH) == null ? !users.isEmpty() : onOff(ConfigKey.AUTH, c.value(ConfigKey.AUTH));
        if (auth && users.isEmpty()) {
            throw new ConfigException(ConfigKey.AUTH, "on, but no users are configured (users=alice:secret,...)");
        }
        Path cert = path(c.value(ConfigKey.TLS_CERT));
        Path key = path(c.value(ConfigKey.TLS_KEY));
        if (listen.stream().anyMatch(l -> l.transport().secure()) && (cert == null || key == null)) {
            throw new ConfigException(cert == null ? ConfigKey.TLS_CERT : ConfigKey.TLS_KEY, "needed to listen on tls");
        }
        String level = c.value(ConfigKey.LOG).trim().toLowerCase(Locale.ROOT);
        if (!LEVELS.contains(level)) {
            throw new ConfigException(ConfigKey.LOG, "'" + c.value(ConfigKey.LOG) + "' is not one of error, warn, info, debug, trace");
        }
        return new ServerConfig(role, listen, timers(c), domains, realm, users, auth, algorithms(c.value(ConfigKey.ALGORITHMS)), expiry(c),
                Duration.ofSeconds(number(c, ConfigKey.PURGE, 1)), level, blankToNull(c.value(ConfigKey.VIA_HOST)), cert, key,
                target(c.value(ConfigKey.TARGET)), (int) Math.min(number(c, ConfigKey.CALLS, 1), Integer.MAX_VALUE),
                Duration.ofMillis(number(c, ConfigKey.HOLD, 0)), faults(c.value(ConfigKey.FAULTS)), proxy(c), uas(c));
    }

    /** The faults named by the {@code faults} key, or else by the system property {@code sipspec.faults}. */
    private static FaultSet faults(String value) {
        String ids = value != null ? value : System.getProperty(FaultSet.PROPERTY, "");
        try {
            return FaultSet.parse(ids);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(ConfigKey.FAULTS, e.getMessage()
                    + (value == null ? " (from the system property " + FaultSet.PROPERTY + ")" : ""));
        }
    }

    private static ProxyConfig proxy(CommandLine c) {
        ProxyMode mode = switch (c.value(ConfigKey.PROXY_MODE).trim().toLowerCase(Locale.ROOT)) {
            case "stateful" -> ProxyMode.STATEFUL;
            case "stateless" -> ProxyMode.STATELESS;
            default -> throw new ConfigException(ConfigKey.PROXY_MODE, "'" + c.value(ConfigKey.PROXY_MODE) + "' is not stateful or stateless");
        };
        ForkingMode fork = switch (c.value(ConfigKey.FORK).trim().toLowerCase(Locale.ROOT)) {
            case "parallel" -> ForkingMode.PARALLEL;
            case "sequential" -> ForkingMode.SEQUENTIAL;
            default -> throw new ConfigException(ConfigKey.FORK, "'" + c.value(ConfigKey.FORK) + "' is not parallel or sequential");
        };
        return new ProxyConfig(mode, onOff(ConfigKey.RECORD_ROUTE, c.value(ConfigKey.RECORD_ROUTE)),
                Duration.ofMillis(number(c, ConfigKey.TIMER_C, 1)), fork, onOff(ConfigKey.RECURSE, c.value(ConfigKey.RECURSE)),
                routeSet(c.value(ConfigKey.PROXY_ROUTE)));
    }

    /** The Route values of {@code proxy.route}, SIP or SIPS URIs (§16.6 step 7 sends the request to the first). */
    private static List<Address> routeSet(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<Address> routes;
        try {
            routes = SipHeaders.ROUTE.parseField(value);
        } catch (SipParseException e) {
            throw new ConfigException(ConfigKey.PROXY_ROUTE, "'" + value + "' is not a list of Route values: " + e.getMessage());
        }
        for (Address a : routes) {
            if (!(a.uri() instanceof SipUri)) {
                throw new ConfigException(ConfigKey.PROXY_ROUTE, "'" + a + "' is not a SIP or SIPS URI");
            }
        }
        return routes;
    }

    private static UasSettings uas(CommandLine c) {
        String ring = c.value(ConfigKey.RING).trim().toLowerCase(Locale.ROOT);
        long ringMillis = ring.equals("forever") ? UaConfig.RING_FOREVER : number(c, ConfigKey.RING, 0);
        UasBehaviour.Reliability reliability = switch (c.value(ConfigKey.REL100).trim().toLowerCase(Locale.ROOT)) {
            case "off" -> UasBehaviour.Reliability.OFF;
            case "on" -> UasBehaviour.Reliability.SUPPORTED;
            case "required" -> UasBehaviour.Reliability.REQUIRED;
            default -> throw new ConfigException(ConfigKey.REL100, "'" + c.value(ConfigKey.REL100) + "' is not off, on or required");
        };
        Set<String> accepted = new LinkedHashSet<>();
        for (String user : c.value(ConfigKey.ACCEPT).split(",")) {
            if (!user.isBlank()) {
                accepted.add(user.trim());
            }
        }
        boolean rejectForeignTo = switch (c.value(ConfigKey.FOREIGN_TO).trim().toLowerCase(Locale.ROOT)) {
            case "accept" -> false;
            case "reject" -> true;
            default -> throw new ConfigException(ConfigKey.FOREIGN_TO, "'" + c.value(ConfigKey.FOREIGN_TO) + "' is not accept or reject");
        };
        if (rejectForeignTo && accepted.isEmpty()) {
            throw new ConfigException(ConfigKey.FOREIGN_TO, "reject needs the users of accept");
        }
        String retryAfter = c.value(ConfigKey.BODY_LIMIT_RETRY_AFTER);
        long retry = retryAfter == null || retryAfter.isBlank() ? -1 : number(c, ConfigKey.BODY_LIMIT_RETRY_AFTER, 0);
        long bodyLimit = number(c, ConfigKey.BODY_LIMIT, 0);
        if (bodyLimit > Integer.MAX_VALUE) {
            throw new ConfigException(ConfigKey.BODY_LIMIT, bodyLimit + " is more than " + Integer.MAX_VALUE);
        }
        if (retry >= 0 && bodyLimit == 0) {
            throw new ConfigException(ConfigKey.BODY_LIMIT_RETRY_AFTER, "needs a body.limit");
        }
        return new UasSettings(ringMillis, new UasBehaviour(number(c, ConfigKey.NON_INVITE_DELAY, 0), reliability, accepted, rejectForeignTo,
                (int) bodyLimit, retry));
    }

    private static List<ListenPoint> listen(String value) {
        List<ListenPoint> out = new ArrayList<>();
        for (String p : value.split(",")) {
            if (!p.isBlank()) {
                out.add(ListenPoint.parse(p));
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException(ConfigKey.LISTEN, "no listening point");
        }
        return out;
    }

    private static List<String> domains(String value, List<ListenPoint> listen) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            listen.stream().map(ListenPoint::host).distinct().forEach(out::add);
            return out;
        }
        for (String d : value.split(",")) {
            String h = d.trim();
            if (h.isEmpty()) {
                continue;
            }
            try {
                Host.parse(h);
            } catch (SipParseException e) {
                throw new ConfigException(ConfigKey.DOMAIN, "'" + h + "' is not a host: " + e.reason());
            }
            out.add(h);
        }
        if (out.isEmpty()) {
            throw new ConfigException(ConfigKey.DOMAIN, "no domain");
        }
        return out;
    }

    private static Map<String, String> users(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : value.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                // Only the user name part is shown: the entry may hold a password.
                throw new ConfigException(ConfigKey.USERS, "expected user:password, got an entry for '"
                        + (colon > 0 ? entry.substring(0, colon).trim() : "?") + "'");
            }
            out.put(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
        }
        return out;
    }

    private static List<DigestAlgorithm> algorithms(String value) {
        List<DigestAlgorithm> out = new ArrayList<>();
        for (String token : value.split(",")) {
            if (token.isBlank()) {
                continue;
            }
            DigestAlgorithm a = DigestAlgorithm.fromToken(token.trim());
            if (a == null) {
                throw new ConfigException(ConfigKey.ALGORITHMS, "'" + token.trim() + "' is not one of SHA-256, SHA-256-sess, MD5, MD5-sess");
            }
            if (out.contains(a)) {
                throw new ConfigException(ConfigKey.ALGORITHMS, token.trim() + " is listed twice");
            }
            out.add(a);
        }
        if (out.isEmpty()) {
            throw new ConfigException(ConfigKey.ALGORITHMS, "no algorithm");
        }
        return out;
    }

    private static TimerConfig timers(CommandLine c) {
        long t1 = number(c, ConfigKey.T1, 1);
        TimerConfig scaled = TimerConfig.scaled(Duration.ofMillis(t1));
        Duration t2 = c.value(ConfigKey.T2) == null ? scaled.t2() : Duration.ofMillis(number(c, ConfigKey.T2, t1));
        Duration t4 = c.value(ConfigKey.T4) == null ? scaled.t4() : Duration.ofMillis(number(c, ConfigKey.T4, 0));
        return new TimerConfig(scaled.t1(), t2, t4, scaled.d());
    }

    private static ExpiryPolicy expiry(CommandLine c) {
        long def = number(c, ConfigKey.EXPIRES_DEFAULT, 0);
        long min = number(c, ConfigKey.EXPIRES_MIN, 0);
        long max = number(c, ConfigKey.EXPIRES_MAX, 0);
        if (min > def) {
            throw new ConfigException(ConfigKey.EXPIRES_MIN, min + " is above expires.default " + def);
        }
        if (max < def) {
            throw new ConfigException(ConfigKey.EXPIRES_MAX, max + " is below expires.default " + def);
        }
        try {
            return new ExpiryPolicy(def, min, max);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(ConfigKey.EXPIRES_MAX, e.getMessage());
        }
    }

    /** A whole number of at least {@code min}. */
    private static long number(CommandLine c, ConfigKey key, long min) {
        String v = c.value(key).trim();
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "'" + v + "' is not a whole number");
        }
        if (n < min) {
            throw new ConfigException(key, n + " is less than " + min);
        }
        return n;
    }

    private static boolean onOff(ConfigKey key, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new ConfigException(key, "'" + value + "' is not on or off");
        };
    }

    private static Uri target(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Uri.parse(value.trim());
        } catch (SipParseException e) {
            throw new ConfigException(ConfigKey.TARGET, "'" + value + "' is not a URI: " + e.reason());
        }
    }

    private static Path path(String value) {
        return blankToNull(value) == null ? null : Path.of(value.trim());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String toString() {
        return "ServerConfig[role=" + role.token() + ", listen=" + listen + ", timers=" + timers + ", domains=" + domains
                + ", realm=" + realm + ", users=" + users.keySet() + " (passwords hidden), auth=" + auth + ", algorithms=" + algorithms + ", expiry=" + expiry
                + ", purge=" + purge + ", log=" + logLevel + ", viaHost=" + viaHost + ", tlsCert=" + tlsCert + ", tlsKey=" + tlsKey
                + ", target=" + target + ", calls=" + calls + ", hold=" + hold + ", proxy=" + proxy + ", uas=" + uas + (faults.isEmpty() ? "" : ", faults=" + faults) + "]";
    }
}
