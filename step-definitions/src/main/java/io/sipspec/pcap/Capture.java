package io.sipspec.pcap;

import io.sipspec.message.DialogId;
import io.sipspec.message.TransactionKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All the SIP messages of a capture, in capture order, with what reading found ({@link #summary()}), grouped into
 * transactions ({@link #transactions()}), dialogs ({@link #dialogs()}) and calls by Call-ID ({@link #calls()}).
 * Holds every message: for captures too big for memory use {@link PcapReader#stream} instead.
 */
public final class Capture {

    private final ReadSummary summary;
    private final List<CapturedMessage> messages;
    private Map<TransactionKey, List<CapturedMessage>> transactions;
    private List<CapturedDialog> dialogs;

    public Capture(ReadSummary summary, List<CapturedMessage> messages) {
        this.summary = summary;
        this.messages = List.copyOf(messages);
    }

    public ReadSummary summary() {
        return summary;
    }

    public List<CapturedMessage> messages() {
        return messages;
    }

    /** The messages of each transaction ({@link TransactionGrouping}), in order of the transactions' first message. */
    public synchronized Map<TransactionKey, List<CapturedMessage>> transactions() {
        if (transactions == null) {
            transactions = TransactionGrouping.group(messages);
        }
        return transactions;
    }

    /** The dialogs ({@link DialogGrouping}), in order of their first message. */
    public synchronized List<CapturedDialog> dialogs() {
        if (dialogs == null) {
            dialogs = DialogGrouping.group(messages);
        }
        return dialogs;
    }

    /** The dialog {@code id} names, as its UAC sees it; null if there is none. */
    public CapturedDialog dialog(DialogId id) {
        return dialogs().stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    /** The messages of each Call-ID, in order of the first message of each. */
    public Map<String, List<CapturedMessage>> calls() {
        Map<String, List<CapturedMessage>> out = new LinkedHashMap<>();
        for (CapturedMessage m : messages) {
            String callId = CallIds.of(m.message());
            if (callId != null) {
                out.computeIfAbsent(callId, k -> new ArrayList<>()).add(m);
            }
        }
        return out;
    }
}
