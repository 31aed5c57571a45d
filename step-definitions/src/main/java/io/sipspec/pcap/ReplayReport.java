package io.sipspec.pcap;

import io.sipspec.report.LadderRenderer;
import io.sipspec.report.PartyNames;
import io.sipspec.report.WireEvent;
import java.util.List;

/**
 * One HTML page for a replay: the differences found, then the recorded and the replayed ladders side by side (each
 * drawn by {@link LadderRenderer}, in a frame of its own).
 */
public final class ReplayReport {

    private ReplayReport() {
    }

    /**
     * The page.
     *
     * @param title    e.g. the capture's name
     * @param result   what the replay found
     * @param replayed the replay's traffic
     * @param names    the parties of the replay (tester, device)
     */
    public static String render(String title, ReplayResult result, List<WireEvent> replayed, PartyNames names) {
        PartyNames recordedNames = PartyNames.empty().with(result.script().client(), "client (recorded)")
                .with(result.script().device(), "device (recorded)");
        String recorded = new LadderRenderer(recordedNames).render("recorded: " + title, "", result.recordedEvents());
        String now = new LadderRenderer(names).render("replayed: " + title, "", replayed);
        StringBuilder html = new StringBuilder(recorded.length() + now.length() + 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape("replay of " + title)).append("</title>\n<style>\n")
                .append("body { font: 14px system-ui, sans-serif; margin: 16px; }\n")
                .append(".same { color: #1a7f37; } .differ { color: #c62828; }\n")
                .append(".ladders { display: flex; gap: 12px; }\n")
                .append(".ladders iframe { flex: 1; height: 80vh; border: 1px solid #d0d7de; }\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape("replay of " + title)).append("</h1>\n");
        if (result.same()) {
            html.append("<p class=\"same\">").append(escape(result.describe())).append("</p>\n");
        } else {
            html.append("<p class=\"differ\">").append(result.differences().size())
                    .append(" difference(s) from the recording:</p>\n<ul class=\"differ\">\n");
            for (ReplayDifference d : result.differences()) {
                html.append("<li>").append(escape(d.toString())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<div class=\"ladders\">\n<iframe title=\"recorded\" srcdoc=\"").append(escape(recorded))
                .append("\"></iframe>\n<iframe title=\"replayed\" srcdoc=\"").append(escape(now))
                .append("\"></iframe>\n</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
