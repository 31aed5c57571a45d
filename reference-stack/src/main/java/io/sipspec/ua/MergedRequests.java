package io.sipspec.ua;

import io.sipspec.message.SipRequest;
import io.sipspec.transaction.ServerTransaction;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * RFC 3261 §8.2.2.2 Merged Requests: "If the request has no tag in the To header field, the UAS core MUST check the
 * request against ongoing transactions. If the From tag, Call-ID, and CSeq exactly match those associated with an
 * ongoing transaction, but the request does not match that transaction (based on the matching rules in Section
 * 17.2.3), the UAS core SHOULD generate a 482 (Loop Detected) response and pass it to the server transaction."
 *
 * <p>Confined to the UA's event loop. Finished transactions are forgotten when met, and swept every so often so the
 * table stays as small as the set of live transactions.
 */
final class MergedRequests {

    private record Key(String fromTag, String callId, long cseq, String method) {
    }

    private final Map<Key, ServerTransaction> ongoing = new HashMap<>();
    private int sinceSweep;

    /** True if {@code request} is a merged copy of another live transaction's request; otherwise it is remembered. */
    boolean isMerged(ServerTransaction tx, SipRequest request) {
        if (request.to().tag() != null) {
            return false;
        }
        Key key = new Key(request.from().tag(), request.callId(), request.cseq().sequence(), request.cseq().method());
        ServerTransaction other = ongoing.get(key);
        if (other != null && other != tx && !other.isTerminated()) {
            return true;
        }
        ongoing.put(key, tx);
        if (++sinceSweep >= 1024) {
            sweep();
        }
        return false;
    }

    private void sweep() {
        sinceSweep = 0;
        for (Iterator<ServerTransaction> i = ongoing.values().iterator(); i.hasNext();) {
            if (Objects.requireNonNull(i.next()).isTerminated()) {
                i.remove();
            }
        }
    }

    int size() {
        return ongoing.size();
    }
}
