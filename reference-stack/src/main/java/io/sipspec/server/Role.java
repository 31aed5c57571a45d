package io.sipspec.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The SIP elements the reference server can run as; {@link RoleRegistry} knows which of them are available. */
public enum Role {
    UAS,
    UAC,
    REGISTRAR,
    REDIRECT,
    PROXY;

    /** The name on the command line and in config files: {@code uas}, {@code registrar} … */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role named {@code token}, case-insensitive.
     *
     * @throws ConfigException naming the key {@code role} when there is no such role
     */
    public static Role parse(String token) {
        for (Role r : values()) {
            if (r.token().equalsIgnoreCase(token.trim())) {
                return r;
            }
        }
        throw new ConfigException(ConfigKey.ROLE, "'" + token + "' is not one of " + tokens());
    }

    /** "uas, uac, registrar, redirect, proxy". */
    static String tokens() {
        return Arrays.stream(values()).map(Role::token).collect(Collectors.joining(", "));
    }
}
