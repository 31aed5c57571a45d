package io.sipspec.server;

import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.registrar.LocationService;
import io.sipspec.registrar.RedirectServer;
import java.time.Clock;
import java.util.List;

/**
 * The reference redirect server (RFC 3261 §8.3) with a registrar in front of its location service, so that a client
 * can register and then be found: REGISTER goes to the {@link io.sipspec.registrar.Registrar}, CANCEL is answered as
 * §9.2 says, OPTIONS addressed to the server (no user part) gets the capabilities, and every other request goes to
 * the {@link RedirectServer}: "After receiving a request other than CANCEL, the server either refuses the request or
 * gathers the list of alternative locations from the location service and returns a final response of class 3xx."
 *
 * <p>An OPTIONS for a user is redirected like an INVITE: §11.2, "The response code chosen MUST be the same that would
 * have been chosen had the request been an INVITE."
 */
public final class RedirectElement extends ReferenceElement {

    private final Registrations registrations;
    private final RedirectServer redirect;

    public RedirectElement(SipStack stack, ServerConfig config) {
        super(stack, List.of(Methods.INVITE, Methods.ACK, Methods.CANCEL, Methods.OPTIONS, Methods.REGISTER));
        Clock clock = Clock.systemUTC();
        this.registrations = new Registrations(stack, config, clock);
        this.redirect = new RedirectServer(registrations.locations(), clock);
    }

    /** The bindings REGISTER changes and requests are redirected to. */
    public LocationService locations() {
        return registrations.locations();
    }

    @Override
    SipResponse process(SipRequest r) {
        if (r.isMethod(Methods.REGISTER)) {
            return registrations.registrar().handle(r).orElse(null);
        }
        if (r.isMethod(Methods.OPTIONS) && r.requestUri() instanceof SipUri sip && sip.user() == null) {
            return options(r);
        }
        return redirect.handle(r).orElse(null);
    }

    @Override
    public void close() {
        registrations.close();
    }
}
