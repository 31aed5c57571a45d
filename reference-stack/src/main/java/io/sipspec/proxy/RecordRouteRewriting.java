package io.sipspec.proxy;

import io.sipspec.message.Address;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 3261 §16.7 step 8: "If the selected response contains a Record-Route header field value originally provided by
 * this proxy, the proxy MAY choose to rewrite the value before forwarding the response.  This allows the proxy to
 * provide different URIs for itself to the next upstream and downstream elements." "When the response arrives, the
 * proxy modifies the first Record-Route whose identifier matches the proxy instance."
 */
public final class RecordRouteRewriting {

    private RecordRouteRewriting() {
    }

    /**
     * {@code response} with the first Record-Route value equal to {@code downstream} (the URI the proxy inserted into
     * the request it sent) replaced by {@code upstream} (its URI as the side the request came from reaches it); as it
     * is when there is no such value or the two are the same.
     */
    public static SipResponse rewrite(SipResponse response, SipUri downstream, SipUri upstream) {
        if (downstream.equals(upstream)) {
            return response;
        }
        List<Address> values = response.recordRoutes();
        List<Address> out = new ArrayList<>(values.size());
        boolean done = false;
        for (Address a : values) {
            if (!done && a.uri().equals(downstream)) {
                out.add(a.withUri(upstream));
                done = true;
            } else {
                out.add(a);
            }
        }
        return done ? response.toBuilder().headerValues(SipHeaders.RECORD_ROUTE, out).build() : response;
    }
}
