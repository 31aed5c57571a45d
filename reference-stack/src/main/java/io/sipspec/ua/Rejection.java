package io.sipspec.ua;

import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.util.List;

/**
 * The response an element rejects a request with: its status, the header fields RFC 3261 says it must carry
 * (Allow for 405, Unsupported for 420, Accept / Accept-Encoding / Accept-Language for 415 …), and why.
 *
 * @param status  the final status code
 * @param headers the header fields to add to the response, in order
 * @param reason  why the request is rejected (for logs and tests; the reason phrase is the §21 one)
 */
public record Rejection(int status, List<HeaderField> headers, String reason) {

    public Rejection {
        headers = List.copyOf(headers);
    }

    /** The value of the header field {@code name} this rejection adds, or null. */
    public String headerValue(HeaderName name) {
        for (HeaderField f : headers) {
            if (f.name() == name) {
                return f.value();
            }
        }
        return null;
    }

    /** The response to {@code request} (built as RFC 3261 §8.2.6 says) with this status and header fields. */
    public SipResponse.Builder toResponse(SipRequest request) {
        SipResponse.Builder b = request.createResponse(status);
        for (HeaderField f : headers) {
            b.addHeader(f.name(), f.value());
        }
        return b;
    }
}
