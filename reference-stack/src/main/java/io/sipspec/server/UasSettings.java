package io.sipspec.server;

import io.sipspec.ua.UasBehaviour;
import java.util.Objects;

/**
 * The UAS role's settings: how long an INVITE rings before its answer, and the rest of its {@link UasBehaviour}.
 *
 * @param ringMillis how long an INVITE rings before the 200; 0 answers at once, {@link io.sipspec.ua.UaConfig#RING_FOREVER}
 *                   never
 * @param behaviour  the non-INVITE delay and 100rel support
 */
public record UasSettings(long ringMillis, UasBehaviour behaviour) {

    public UasSettings {
        Objects.requireNonNull(behaviour, "behaviour");
    }
}
