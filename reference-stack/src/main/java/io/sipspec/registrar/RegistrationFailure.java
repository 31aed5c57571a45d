package io.sipspec.registrar;

import io.sipspec.ua.Rejection;

/**
 * Aborts a binding update from inside {@link LocationService#update}, so nothing is stored, carrying the response the
 * registrar answers with. RFC 3261 §10.3 step 7: "all tentative binding updates MUST be removed."
 */
final class RegistrationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    RegistrationFailure(Rejection rejection) {
        super(rejection.reason(), null, false, false);
        this.rejection = rejection;
    }

    Rejection rejection() {
        return rejection;
    }
}
