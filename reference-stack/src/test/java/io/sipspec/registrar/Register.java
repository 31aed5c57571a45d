package io.sipspec.registrar;

import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.Uri;
import java.util.ArrayList;
import java.util.List;

/** Builds the REGISTER requests of the tests with {@link SipRequest#builder}: Carol of RFC 3261 §10.2 by default. */
final class Register {

    private String requestUri = "sip:chicago.com";
    private String to = "sip:carol@chicago.com";
    private String callId = "843817637684230@998sdasdh09";
    private long cseq = 1;
    private Long expires;
    private final List<String> contactRows = new ArrayList<>();
    private final List<String[]> extra = new ArrayList<>();

    static Register of(String to) {
        Register r = new Register();
        r.to = to;
        return r;
    }

    static Register carol() {
        return new Register();
    }

    Register requestUri(String uri) {
        this.requestUri = uri;
        return this;
    }

    Register callId(String id) {
        this.callId = id;
        return this;
    }

    Register cseq(long n) {
        this.cseq = n;
        return this;
    }

    Register expires(long seconds) {
        this.expires = seconds;
        return this;
    }

    /** Adds a Contact header row (it may hold several values). */
    Register contact(String row) {
        contactRows.add(row);
        return this;
    }

    Register header(String name, String value) {
        extra.add(new String[] {name, value});
        return this;
    }

    SipRequest build() {
        return build(Methods.REGISTER);
    }

    SipRequest build(String method) {
        SipRequest.Builder b = SipRequest.builder(method, Uri.parse(requestUri))
                .addHeader(HeaderName.VIA, "SIP/2.0/UDP bobspc.biloxi.com:5060;branch=z9hG4bKnashds7")
                .addHeader(HeaderName.MAX_FORWARDS, "70")
                .addHeader(HeaderName.TO, "<" + to + ">")
                .addHeader(HeaderName.FROM, "<" + to + ">;tag=456248")
                .addHeader(HeaderName.CALL_ID, callId)
                .addHeader(HeaderName.CSEQ, cseq + " " + method);
        for (String row : contactRows) {
            b.addHeader(HeaderName.CONTACT, row);
        }
        if (expires != null) {
            b.addHeader(HeaderName.EXPIRES, Long.toString(expires));
        }
        for (String[] h : extra) {
            b.addHeader(h[0], h[1]);
        }
        return b.build();
    }
}
