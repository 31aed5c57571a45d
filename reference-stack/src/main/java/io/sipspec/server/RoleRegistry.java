package io.sipspec.server;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which element each {@link Role} runs: a map from role to {@link ElementFactory}. The reference server and the
 * conformance suite's default device both start elements from {@link #defaults()}.
 */
public final class RoleRegistry {

    private final Map<Role, ElementFactory> factories = new EnumMap<>(Role.class);

    /** The reference elements, one per role. */
    public static RoleRegistry defaults() {
        return new RoleRegistry()
                .register(Role.UAS, UaElements::uas)
                .register(Role.UAC, UacElement::new)
                .register(Role.REGISTRAR, RegistrarElement::new)
                .register(Role.REDIRECT, RedirectElement::new)
                .register(Role.PROXY, ProxyElements::create);
    }

    /** Registers (or replaces) the element of {@code role}. */
    public RoleRegistry register(Role role, ElementFactory factory) {
        factories.put(Objects.requireNonNull(role, "role"), Objects.requireNonNull(factory, "factory"));
        return this;
    }

    /** The factory of {@code role}, or empty when no element is registered for it. */
    public Optional<ElementFactory> factory(Role role) {
        return Optional.ofNullable(factories.get(role));
    }

    /** The roles that can be started, in declaration order. */
    public Set<Role> available() {
        return Collections.unmodifiableSet(factories.keySet());
    }

    /**
     * The factory of {@code role}.
     *
     * @throws ConfigException naming the key {@code role} when the role is not available yet
     */
    ElementFactory require(Role role) {
        return factory(role).orElseThrow(() -> new ConfigException(ConfigKey.ROLE, role.token()
                + " is not available yet; available roles: " + String.join(", ", available().stream().map(Role::token).toList())));
    }
}
