package io.sipspec.registrar;

/**
 * A location service could not read or store bindings. RFC 3261 §10.3 step 7: "If any one of them fails (for example,
 * because the back-end database commit failed), the request MUST fail with a 500 (Server Error) response and all
 * tentative binding updates MUST be removed."
 */
public class LocationServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LocationServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
