package io.sipspec.pcap;

import io.sipspec.report.WireEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What a replay found.
 *
 * @param script      what was replayed
 * @param differences how the device's messages departed from the recorded ones; empty when it answered alike
 */
public record ReplayResult(ReplayScript script, List<ReplayDifference> differences) {

    public ReplayResult {
        differences = List.copyOf(differences);
    }

    /** True if the device answered as recorded. */
    public boolean same() {
        return differences.isEmpty();
    }

    /** The recorded messages as report events, "client" and "device" as seen by the tester. */
    public List<WireEvent> recordedEvents() {
        List<WireEvent> out = new ArrayList<>();
        for (CapturedMessage m : script.messages()) {
            boolean client = script.fromClient(m);
            out.add(m.toWireEvent(client ? WireEvent.Direction.SENT : WireEvent.Direction.RECEIVED, "client"));
        }
        return out;
    }

    /** One difference a line, or "no difference". */
    public String describe() {
        if (differences.isEmpty()) {
            return "no difference: the device answered " + script.messages().size() + " recorded messages alike";
        }
        StringBuilder sb = new StringBuilder(differences.size() + " difference(s) from the recording:");
        for (ReplayDifference d : differences) {
            sb.append("\n  ").append(d);
        }
        return sb.toString();
    }
}
