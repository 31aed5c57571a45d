package io.sipspec.pcap;

import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.TransactionKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups captured messages into transactions by {@link TransactionKey#forClient}: top Via branch and CSeq method
 * (RFC 3261 §17.1.3). An ACK joins the INVITE transaction with its branch, as §17.1.1.3 has it for the ACK of a
 * non-2xx final response ("The ACK MUST contain a single Via header field, and this MUST be equal to the top Via
 * header field of the original request"); the ACK of a 2xx has a branch of its own, and so a transaction of its own.
 * Messages without a branch or a CSeq are left out.
 */
final class TransactionGrouping {

    private TransactionGrouping() {
    }

    static Map<TransactionKey, List<CapturedMessage>> group(List<CapturedMessage> messages) {
        Map<TransactionKey, List<CapturedMessage>> out = new LinkedHashMap<>();
        Map<String, TransactionKey> invites = new HashMap<>();
        for (CapturedMessage m : messages) {
            TransactionKey key;
            try {
                key = TransactionKey.forClient(m.message());
            } catch (RuntimeException e) {
                continue;
            }
            if (m.message() instanceof SipRequest r) {
                if (r.isMethod(Methods.INVITE)) {
                    invites.putIfAbsent(key.branch(), key);
                } else if (r.isMethod(Methods.ACK) && invites.containsKey(key.branch())) {
                    key = invites.get(key.branch());
                }
            }
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        return out;
    }
}
