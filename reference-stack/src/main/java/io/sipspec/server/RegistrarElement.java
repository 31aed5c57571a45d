package io.sipspec.server;

import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.registrar.LocationService;
import java.time.Clock;
import java.util.List;

/**
 * The reference registrar (RFC 3261 §10.3): REGISTER goes to the {@link io.sipspec.registrar.Registrar} (with Digest
 * authentication when configured), OPTIONS gets the capabilities, CANCEL is answered as §9.2 says, and every other
 * method gets 405 with Allow: "A registrar handles requests according to Section 8.2 and Section 17.2, but it accepts
 * only REGISTER requests."
 */
public final class RegistrarElement extends ReferenceElement {

    private final Registrations registrations;

    public RegistrarElement(SipStack stack, ServerConfig config) {
        super(stack, List.of(Methods.REGISTER, Methods.OPTIONS, Methods.CANCEL));
        this.registrations = new Registrations(stack, config, Clock.systemUTC());
    }

    /** The bindings this registrar keeps. */
    public LocationService locations() {
        return registrations.locations();
    }

    @Override
    SipResponse process(SipRequest r) {
        if (r.isMethod(Methods.REGISTER)) {
            return registrations.registrar().handle(r).orElse(null);
        }
        if (r.isMethod(Methods.OPTIONS)) {
            return options(r);
        }
        return notAllowed(r);
    }

    @Override
    public void close() {
        registrations.close();
    }
}
