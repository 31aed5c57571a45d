package io.sipspec.proxy;

import io.sipspec.message.CSeq;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;

/** The CANCEL a proxy sends for a request it forwarded (RFC 3261 §16.7 step 10: "as described in Section 9.1"). */
final class Cancels {

    private Cancels() {
    }

    /**
     * RFC 3261 §9.1: "The Request-URI, Call-ID, To, the numeric part of CSeq, and From header fields in the CANCEL
     * request MUST be identical to those in the request being cancelled, including tags.  A CANCEL constructed by a
     * client MUST have only a single Via header field value matching the top Via value in the request being
     * cancelled." "If the request being cancelled contains a Route header field, the CANCEL request MUST include that
     * Route header field's values."
     */
    static SipRequest of(SipRequest forwarded) {
        SipRequest.Builder b = SipRequest.builder(Methods.CANCEL, forwarded.requestUri())
                .header(SipHeaders.VIA, forwarded.topVia())
                .header(HeaderName.MAX_FORWARDS, Integer.toString(RequestForwarding.DEFAULT_MAX_FORWARDS));
        for (HeaderField f : forwarded.headers()) {
            if (f.name() == HeaderName.ROUTE) {
                b.addHeader(f.name(), f.value());
            }
        }
        return b.header(HeaderName.TO, forwarded.headerValue(HeaderName.TO))
                .header(HeaderName.FROM, forwarded.headerValue(HeaderName.FROM))
                .header(HeaderName.CALL_ID, forwarded.callId())
                .header(SipHeaders.CSEQ, new CSeq(forwarded.cseq().sequence(), Methods.CANCEL))
                .build();
    }
}
