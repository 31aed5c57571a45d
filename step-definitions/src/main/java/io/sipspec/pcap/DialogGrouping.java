package io.sipspec.pcap;

import io.sipspec.message.DialogId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups captured messages into dialogs (RFC 3261 §12: "A dialog is identified at each UA with a dialog ID, which
 * consists of a Call-ID value, a local tag and a remote tag"). Both directions of a dialog carry the same Call-ID and
 * the same two tags, in From and To the other way round. A message without a To tag (the request that creates the
 * dialog, a 100 Trying) belongs to every dialog that later forms with its From tag (several when the request forked),
 * or makes a dialog of its own with no remote tag when none forms.
 */
final class DialogGrouping {

    private DialogGrouping() {
    }

    private record Pair(String callId, Set<String> tags) {
    }

    private record Leg(String callId, String tag) {
    }

    static List<CapturedDialog> group(List<CapturedMessage> messages) {
        Map<Pair, List<CapturedMessage>> dialogs = new LinkedHashMap<>();
        Map<Pair, DialogId> ids = new LinkedHashMap<>();
        Map<Leg, List<CapturedMessage>> early = new LinkedHashMap<>();
        Map<Leg, List<Pair>> formed = new LinkedHashMap<>();
        for (CapturedMessage m : messages) {
            String callId = CallIds.of(m.message());
            String from = CallIds.fromTag(m.message());
            if (callId == null || from == null) {
                continue;
            }
            String to = CallIds.toTag(m.message());
            if (to == null) {
                Leg leg = new Leg(callId, from);
                early.computeIfAbsent(leg, k -> new ArrayList<>()).add(m);
                for (Pair p : formed.getOrDefault(leg, List.of())) {
                    dialogs.get(p).add(m);
                }
                continue;
            }
            Pair pair = new Pair(callId, from.equals(to) ? Set.of(from) : Set.of(from, to));
            if (!dialogs.containsKey(pair)) {
                Leg callerLeg = early.containsKey(new Leg(callId, to)) && !early.containsKey(new Leg(callId, from))
                        ? new Leg(callId, to) : new Leg(callId, from);
                String remote = Objects.equals(callerLeg.tag(), from) ? to : from;
                ids.put(pair, new DialogId(callId, callerLeg.tag(), remote));
                List<CapturedMessage> list = new ArrayList<>(early.getOrDefault(callerLeg, List.of()));
                dialogs.put(pair, list);
                formed.computeIfAbsent(callerLeg, k -> new ArrayList<>()).add(pair);
            }
            dialogs.get(pair).add(m);
        }
        List<CapturedDialog> out = new ArrayList<>();
        for (Map.Entry<Pair, List<CapturedMessage>> e : dialogs.entrySet()) {
            List<CapturedMessage> list = new ArrayList<>(e.getValue());
            list.sort((a, b) -> Long.compare(a.index(), b.index()));
            out.add(new CapturedDialog(ids.get(e.getKey()), list));
        }
        for (Map.Entry<Leg, List<CapturedMessage>> e : early.entrySet()) {
            if (!formed.containsKey(e.getKey())) {
                out.add(new CapturedDialog(new DialogId(e.getKey().callId(), e.getKey().tag(), null), e.getValue()));
            }
        }
        out.sort((a, b) -> Long.compare(a.messages().get(0).index(), b.messages().get(0).index()));
        return out;
    }
}
