package io.sipspec.proxy;

import io.sipspec.fault.Fault;
import io.sipspec.fault.FaultSet;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.util.List;

/** RFC 3261 §16.7 steps 6 and 7: the best final response of a response context, with the challenges merged. */
public final class BestResponse {

    /** "such as 401, 407, 415, 420, and 484 if the 4xx class is chosen" */
    private static final List<Integer> PREFERRED_4XX = List.of(401, 407, 415, 420, 484);

    private BestResponse() {
    }

    /**
     * The response to send on the server transaction of {@code request}, chosen from {@code finals} (the final
     * responses received, their top Via removed, in arrival order).
     */
    public static SipResponse choose(SipRequest request, List<SipResponse> finals) {
        return choose(request, finals, FaultSet.NONE);
    }

    /** As {@link #choose(SipRequest, List)}, committing {@code faults} (fault-injection tests only). */
    public static SipResponse choose(SipRequest request, List<SipResponse> finals, FaultSet faults) {
        // "If there are no final responses in the context, the proxy MUST send a 408 (Request Timeout) response to the
        // server transaction."
        if (finals.isEmpty()) {
            return request.createResponse(408).build();
        }
        // "It MUST choose from the 6xx class responses if any exist in the context.  If no 6xx class responses are
        // present, the proxy SHOULD choose from the lowest response class stored in the response context."
        List<SipResponse> pool = finals;
        if (faults.has(Fault.PROXY_6XX_NOT_PREFERRED) && finals.stream().anyMatch(r -> r.statusCode() < 600)) {
            pool = finals.stream().filter(r -> r.statusCode() < 600).toList();
        }
        SipResponse chosen = null;
        for (SipResponse r : pool) {
            if (r.statusCode() >= 600) {
                chosen = r;
                break;
            }
        }
        if (chosen == null) {
            int lowestClass = pool.stream().mapToInt(r -> r.statusCode() / 100).min().orElseThrow();
            List<SipResponse> inClass = pool.stream().filter(r -> r.statusCode() / 100 == lowestClass).toList();
            // "The proxy SHOULD give preference to responses that provide information affecting resubmission of this
            // request, such as 401, 407, 415, 420, and 484 if the 4xx class is chosen."
            chosen = inClass.stream().filter(r -> PREFERRED_4XX.contains(r.statusCode())).findFirst().orElse(inClass.get(0));
        }
        // "If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that
        // upstream." A 503 chosen from several is not forwarded either: "A proxy which receives a 503 (Service
        // Unavailable) response SHOULD NOT forward it upstream unless it can determine that any subsequent requests it
        // might proxy will also generate a 503."
        if (chosen.statusCode() == 503 && !(faults.has(Fault.PROXY_503_FORWARDED) && finals.size() == 1)) {
            return request.createResponse(500).build();
        }
        int code = chosen.statusCode();
        if ((code == 401 || code == 407) && !faults.has(Fault.PROXY_CHALLENGES_NOT_MERGED)) {
            return withAllChallenges(chosen, finals);
        }
        return chosen;
    }

    /**
     * Step 7: "If the selected response is a 401 (Unauthorized) or 407 (Proxy Authentication Required), the proxy MUST
     * collect any WWW-Authenticate and Proxy-Authenticate header field values from all other 401 (Unauthorized) and
     * 407 (Proxy Authentication Required) responses received so far in this response context and add them to this
     * response without modification before forwarding."
     */
    static SipResponse withAllChallenges(SipResponse chosen, List<SipResponse> finals) {
        SipResponse.Builder b = null;
        for (SipResponse other : finals) {
            if (other == chosen || other.statusCode() != 401 && other.statusCode() != 407) {
                continue;
            }
            if (b == null) {
                b = chosen.toBuilder();
            }
            for (HeaderField f : other.headers()) {
                if (f.name() == HeaderName.WWW_AUTHENTICATE || f.name() == HeaderName.PROXY_AUTHENTICATE) {
                    b.addHeader(f.name(), f.value());
                }
            }
        }
        return b == null ? chosen : b.build();
    }
}
