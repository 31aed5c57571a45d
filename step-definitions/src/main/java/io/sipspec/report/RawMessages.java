package io.sipspec.report;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A scenario's traffic as plain text: every message in order, with its offset from the first, its transport, who
 * sent it to whom, and its bytes exactly as they went over the wire (bytes that are not text are shown as the
 * replacement character; the pcap has them exactly).
 */
public final class RawMessages {

    private RawMessages() {
    }

    public static String render(List<WireEvent> events, PartyNames names) {
        StringBuilder out = new StringBuilder();
        if (events.isEmpty()) {
            return "no traffic\n";
        }
        int n = 0;
        for (WireEvent e : events) {
            n++;
            out.append("#").append(n).append("  +").append(String.format(Locale.ROOT, "%.3f s", Duration.between(events.get(0).time(), e.time()).toNanos() / 1e9))
                    .append("  ").append(e.transport()).append("  ").append(names.source(e)).append(" -> ")
                    .append(names.destination(e)).append("  (").append(e.length()).append(" bytes)\n");
            out.append(new String(e.payload(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
            if (out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            out.append("\n");
        }
        return out.toString();
    }
}
