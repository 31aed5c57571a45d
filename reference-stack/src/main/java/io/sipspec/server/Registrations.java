package io.sipspec.server;

import io.sipspec.registrar.InMemoryLocationService;
import io.sipspec.registrar.LocationService;
import io.sipspec.registrar.Registrar;
import java.time.Clock;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The bindings of a reference element and the registrar that changes them, configured from a {@link ServerConfig}:
 * its domains, expiry policy and authentication. Expired bindings are purged on the stack's event loop every
 * {@link ServerConfig#purge()} until {@link #close}.
 */
final class Registrations implements AutoCloseable {

    private final InMemoryLocationService locations;
    private final Registrar registrar;
    private final Future<?> purge;

    Registrations(SipStack stack, ServerConfig config, Clock clock) {
        this.locations = new InMemoryLocationService(clock);
        this.registrar = Registrar.builder(locations)
                .domains(config.domains().toArray(String[]::new))
                .expiry(config.expiry())
                .authorizer(DigestRegistrationAuthorizer.of(config))
                .clock(clock)
                .faults(stack.faults())
                .build();
        long every = config.purge().toMillis();
        this.purge = stack.executor().scheduleAtFixedRate(locations::purgeExpired, every, every, TimeUnit.MILLISECONDS);
    }

    LocationService locations() {
        return locations;
    }

    Registrar registrar() {
        return registrar;
    }

    @Override
    public void close() {
        purge.cancel(false);
    }
}
