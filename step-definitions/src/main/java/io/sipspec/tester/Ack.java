package io.sipspec.tester;

import io.sipspec.message.Address;
import io.sipspec.message.CSeq;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ACK a tester peer sends for a final response to its INVITE, built with the message layer (the tester has no
 * transaction layer that would do it).
 */
public final class Ack {

    private Ack() {
    }

    /**
     * The ACK for {@code response}, a final response to {@code invite}: inside the INVITE's transaction for a non-2xx
     * response (§17.1.1.3), as a request of the dialog for a 2xx (§13.2.2.4).
     *
     * @throws IllegalArgumentException if {@code invite} is not an INVITE or {@code response} not a final response
     */
    public static SipRequest of(SipRequest invite, SipResponse response) {
        if (!invite.isMethod("INVITE")) {
            throw new IllegalArgumentException("only an INVITE is acknowledged, not " + invite.method());
        }
        if (invite.topVia() == null) {
            throw new IllegalArgumentException("the INVITE has no Via: its ACK would have none either");
        }
        if (response.statusCode() < 200) {
            throw new IllegalArgumentException("a provisional response (" + response.statusCode() + ") is not acknowledged");
        }
        return response.statusCode() < 300 ? forSuccess(invite, response) : forFailure(invite, response);
    }

    /**
     * RFC 3261 §17.1.1.3: "The ACK request constructed by the client transaction MUST contain values for the Call-ID,
     * From, and Request-URI that are equal to the values of those header fields in the request passed to the
     * transport by the client transaction (call this the "original request"). The To header field in the ACK MUST
     * equal the To header field in the response being acknowledged, and therefore will usually differ from the To
     * header field in the original request by the addition of the tag parameter. The ACK MUST contain a single Via
     * header field, and this MUST be equal to the top Via header field of the original request. The CSeq header field
     * in the ACK MUST contain the same value for the sequence number as was present in the original request, but the
     * method parameter MUST be equal to "ACK"."
     */
    private static SipRequest forFailure(SipRequest invite, SipResponse response) {
        SipRequest.Builder b = SipRequest.builder("ACK", invite.requestUri());
        b.header(SipHeaders.VIA, invite.topVia());
        b.header(HeaderName.MAX_FORWARDS, "70");
        for (HeaderField f : invite.headers()) {
            if (f.name() == HeaderName.ROUTE) {
                b.addHeader(f.name(), f.value());
            }
        }
        return common(b, invite, response).build();
    }

    /**
     * RFC 3261 §13.2.2.4: "The header fields of the ACK are constructed in the same way as for any request sent within
     * a dialog (see Section 12) with the exception of the CSeq and the header fields related to authentication. The
     * sequence number of the CSeq header field MUST be the same as the INVITE being acknowledged, but the CSeq method
     * MUST be ACK. The ACK MUST contain the same credentials as the INVITE." In the dialog (§12.1.2): "The remote
     * target MUST be set to the URI from the Contact header field of the response." "The route set MUST be set to the
     * list of URIs in the Record-Route header field from the response, taken in reverse order". The ACK is a new
     * transaction: a new branch.
     */
    private static SipRequest forSuccess(SipRequest invite, SipResponse response) {
        List<Address> contacts = response.contacts();
        Uri target = contacts.isEmpty() ? invite.requestUri() : contacts.get(0).uri();
        SipRequest.Builder b = SipRequest.builder("ACK", target);
        b.header(SipHeaders.VIA, invite.topVia().withParameter("branch", Identifiers.newBranch()));
        b.header(HeaderName.MAX_FORWARDS, "70");
        List<Address> routes = new ArrayList<>(response.recordRoutes());
        Collections.reverse(routes);
        for (Address route : routes) {
            b.addHeader(HeaderName.ROUTE, route.toString());
        }
        for (HeaderField f : invite.headers()) {
            if (f.name() == HeaderName.AUTHORIZATION || f.name() == HeaderName.PROXY_AUTHORIZATION) {
                b.addHeader(f.name(), f.value());
            }
        }
        return common(b, invite, response).build();
    }

    private static SipRequest.Builder common(SipRequest.Builder b, SipRequest invite, SipResponse response) {
        b.header(HeaderName.TO, response.headerValue(HeaderName.TO));
        b.header(HeaderName.FROM, invite.headerValue(HeaderName.FROM));
        b.header(HeaderName.CALL_ID, invite.headerValue(HeaderName.CALL_ID));
        b.header(SipHeaders.CSEQ, new CSeq(invite.cseq().sequence(), "ACK"));
        return b;
    }
}
