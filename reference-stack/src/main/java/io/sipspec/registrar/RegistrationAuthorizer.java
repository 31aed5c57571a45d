package io.sipspec.registrar;

import io.sipspec.message.SipRequest;
import io.sipspec.ua.Rejection;
import java.util.Optional;

/**
 * Authenticates the sender of a REGISTER and decides whether it may change the bindings of the address-of-record
 * (RFC 3261 §10.3 steps 3 and 4). The registrar calls it after the Require check and before it looks at the
 * Contacts.
 *
 * <p>Step 3: "A registrar SHOULD authenticate the UAC.  Mechanisms for the authentication of SIP user agents are
 * described in Section 22.  Registration behavior in no way overrides the generic authentication framework for SIP.
 * If no authentication mechanism is available, the registrar MAY take the From address as the asserted identity of
 * the originator of the request."
 *
 * <p>Step 4: "The registrar SHOULD determine if the authenticated user is authorized to modify registrations for this
 * address-of-record. ... If the authenticated user is not authorized to modify bindings, the registrar MUST return a
 * 403 (Forbidden) and skip the remaining steps."
 */
@FunctionalInterface
public interface RegistrationAuthorizer {

    /** Lets every request through: no authentication, everyone may register any address-of-record. */
    RegistrationAuthorizer ALLOW_ALL = (register, aor) -> Optional.empty();

    /**
     * Checks {@code register}.
     *
     * @param addressOfRecord the canonical To URI the request would change
     * @return empty to go on, or the rejection to answer with: 401 with a WWW-Authenticate challenge (§22.2), 403 when
     *         the authenticated user may not modify this address-of-record's bindings
     */
    Optional<Rejection> authorize(SipRequest register, AddressOfRecord addressOfRecord);
}
