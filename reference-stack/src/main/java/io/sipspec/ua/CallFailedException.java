package io.sipspec.ua;

import io.sipspec.message.SipResponse;

/** A call that ended without a 2xx: carries the final response (a synthesized 408 or 503 for timeouts and transport errors). */
public final class CallFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SipResponse response;

    public CallFailedException(SipResponse response) {
        super(response.statusCode() + " " + response.reasonPhrase(), null, false, false);
        this.response = response;
    }

    public SipResponse response() {
        return response;
    }
}
