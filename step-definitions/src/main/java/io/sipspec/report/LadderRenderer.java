package io.sipspec.report;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a scenario's messages as a ladder diagram in one self-contained HTML page (inline CSS and SVG, no script):
 * one column per party, one arrow per message in time order, labelled with the method or status line and the time
 * since the first message. A retransmission (the same bytes again between the same endpoints) is drawn dashed and
 * marked, bytes that are not a SIP message are drawn in red, and clicking an arrow opens the full message.
 */
public final class LadderRenderer {

    private static final int GUTTER = 100;
    private static final int COLUMN = 200;
    private static final int HEAD = 52;
    private static final int ROW = 40;
    private static final int ARROW_Y = 28;
    private static final double CHAR_WIDTH = 7.2;
    private static final double BOLD_CHAR_WIDTH = 8.4;
    private static final String START = "start";
    private static final String MIDDLE = "middle";

    private final PartyNames names;

    public LadderRenderer(PartyNames names) {
        this.names = names;
    }

    /** Writes the page of {@link #render} to {@code file}, creating its folder if needed. */
    public void write(Path file, String title, String caption, List<WireEvent> events) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(title, caption, events), StandardCharsets.UTF_8);
    }

    /**
     * The page.
     *
     * @param title   the heading, e.g. the scenario's name
     * @param caption a sentence under the heading, e.g. the RFC requirement; empty for none
     * @param events  the messages, in any order (they are drawn in time order)
     */
    public String render(String title, String caption, List<WireEvent> events) {
        List<WireEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(WireEvent::time));
        List<String> columns = names.columns(ordered);
        int width = GUTTER + columns.size() * COLUMN;

        StringBuilder html = new StringBuilder(4096 + ordered.size() * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(style()).append("</style>\n</head>\n")
                .append("<body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        if (!caption.isEmpty()) {
            html.append("<blockquote class=\"caption\">").append(Html.escape(caption)).append("</blockquote>\n");
        }
        html.append("<p class=\"summary\">").append(summary(ordered, columns)).append("</p>\n");
        html.append("<div class=\"ladder\" style=\"width:").append(width).append("px\">\n");
        html.append(head(columns, addresses(ordered, columns), width));
        Instant start = ordered.isEmpty() ? Instant.EPOCH : ordered.get(0).time();
        for (int i = 0; i < ordered.size(); i++) {
            WireEvent event = ordered.get(i);
            html.append(row(i, event, retransmission(ordered, i), start, columns, width));
        }
        html.append(tail(columns.size(), width));
        html.append("</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private String summary(List<WireEvent> events, List<String> columns) {
        if (events.isEmpty()) {
            return "No message was sent or received.";
        }
        Duration span = Duration.between(events.get(0).time(), events.get(events.size() - 1).time());
        return events.size() + (events.size() == 1 ? " message" : " messages") + " between "
                + Html.escape(String.join(", ", columns)) + " over " + seconds(span)
                + ". Click an arrow to see the message. "
                + "<span class=\"key retransmission\">dashed: retransmission</span> "
                + "<span class=\"key malformed\">red: not a valid SIP message</span>";
    }

    /** The addresses seen in each column, for its heading. */
    private Map<String, Set<String>> addresses(List<WireEvent> events, List<String> columns) {
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (String column : columns) {
            seen.put(column, new LinkedHashSet<>());
        }
        for (WireEvent e : events) {
            seen.get(names.source(e)).add(Endpoints.text(e.source()));
            seen.get(names.destination(e)).add(Endpoints.text(e.destination()));
        }
        return seen;
    }

    private static String head(List<String> columns, Map<String, Set<String>> addresses, int width) {
        StringBuilder svg = new StringBuilder();
        svg.append(svgOpen(width, HEAD, "head"));
        int max = (int) ((COLUMN - 24) / BOLD_CHAR_WIDTH);
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i);
            int x = center(i);
            String where = String.join(" ", addresses.get(name));
            svg.append("<g class=\"party\"><title>").append(Html.escape(name + " " + where)).append("</title>")
                    .append("<rect x=\"").append(x - COLUMN / 2 + 8).append("\" y=\"4\" width=\"").append(COLUMN - 16)
                    .append("\" height=\"40\" rx=\"6\"/>")
                    .append(text(x, 21, "name", MIDDLE, Html.escape(Html.shorten(name, max))))
                    .append(text(x, 37, "address", MIDDLE, Html.escape(Html.shorten(where, (COLUMN - 24) / 6))))
                    .append("</g>");
        }
        return svg.append(lifelines(columns.size(), 44, HEAD)).append("</svg>\n").toString();
    }

    private String row(int index, WireEvent event, int retransmission, Instant start, List<String> columns, int width) {
        MessageLabel label = MessageLabel.of(event.payload());
        int from = columns.indexOf(names.source(event));
        int to = columns.indexOf(names.destination(event));
        String kind = label.kind().name().toLowerCase(Locale.ROOT) + (retransmission > 0 ? " retransmission" : "");
        String shown = (retransmission > 0 ? "\u21bb " : "") + label.text();
        String time = "+" + seconds(Duration.between(start, event.time()));
        String where = names.source(event) + " " + Endpoints.text(event.source()) + " \u2192 "
                + names.destination(event) + " " + Endpoints.text(event.destination()) + " over " + event.transport();
        String tooltip = label.detail() + "\n" + where + ", " + event.length() + " bytes, " + time
                + (retransmission > 0 ? ", retransmission #" + retransmission : "");

        StringBuilder out = new StringBuilder(1024 + event.length());
        out.append("<details class=\"message ").append(kind).append("\" id=\"m").append(index + 1).append("\">")
                .append("<summary>").append(svgOpen(width, ROW, "row"))
                .append("<title>").append(Html.escape(tooltip)).append("</title>")
                .append(lifelines(columns.size(), 0, ROW))
                .append(text(8, 18, "time", START, time))
                .append(text(8, 33, "transport", START, "#" + (index + 1) + " " + event.transport()))
                .append(arrow(from, to, shown))
                .append("</svg></summary>\n<pre>")
                .append(Html.escape(where + ", " + event.length() + " bytes, at " + event.time() + " (" + time + ")"
                        + (retransmission > 0 ? ", retransmission #" + retransmission : "")
                        + (label.kind() == MessageLabel.Kind.MALFORMED ? "\n" + label.detail() : "")))
                .append("\n\n").append(Html.bytes(event.payload())).append("</pre></details>\n");
        return out.toString();
    }

    private static String arrow(int from, int to, String label) {
        int x1 = center(from);
        int x2 = center(to);
        StringBuilder svg = new StringBuilder("<g class=\"arrow\" data-from=\"").append(from)
                .append("\" data-to=\"").append(to).append("\">");
        if (from == to) {
            int r = COLUMN / 4;
            svg.append("<path d=\"M").append(x1).append(' ').append(ARROW_Y - 12).append(" h").append(r)
                    .append(" v12 h-").append(r - 8).append("\"/>")
                    .append("<polygon points=\"").append(x1).append(',').append(ARROW_Y).append(' ').append(x1 + 9)
                    .append(',').append(ARROW_Y - 4).append(' ').append(x1 + 9).append(',').append(ARROW_Y + 4)
                    .append("\"/>");
            svg.append(text(x1 + r + 6, ARROW_Y - 2, "label", START, Html.escape(Html.shorten(label, 24))));
            return svg.append("</g>").toString();
        }
        int dir = x2 > x1 ? 1 : -1;
        int tip = x2 - dir;
        int base = tip - dir * 10;
        svg.append("<line x1=\"").append(x1).append("\" y1=\"").append(ARROW_Y).append("\" x2=\"").append(base)
                .append("\" y2=\"").append(ARROW_Y).append("\"/>")
                .append("<polygon points=\"").append(tip).append(',').append(ARROW_Y).append(' ').append(base)
                .append(',').append(ARROW_Y - 5).append(' ').append(base).append(',').append(ARROW_Y + 5)
                .append("\"/>");
        int max = (int) (Math.abs(x2 - x1) / CHAR_WIDTH) - 2;
        svg.append(text((x1 + x2) / 2, ARROW_Y - 7, "label", MIDDLE, Html.escape(Html.shorten(label, max))));
        return svg.append("</g>").toString();
    }

    private static String tail(int columns, int width) {
        return svgOpen(width, 16, "tail") + lifelines(columns, 0, 16) + "</svg>\n";
    }

    private static String lifelines(int columns, int y1, int y2) {
        StringBuilder svg = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            svg.append("<line class=\"lifeline\" x1=\"").append(center(i)).append("\" y1=\"").append(y1)
                    .append("\" x2=\"").append(center(i)).append("\" y2=\"").append(y2).append("\"/>");
        }
        return svg.toString();
    }

    private static String svgOpen(int width, int height, String cssClass) {
        return "<svg class=\"" + cssClass + "\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\">";
    }

    /** An SVG text element; {@code escaped} must already be HTML-escaped. */
    private static String text(int x, int y, String cssClass, String anchor, String escaped) {
        return "<text class=\"" + cssClass + "\" x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">"
                + escaped + "</text>";
    }

    private static int center(int column) {
        return GUTTER + column * COLUMN + COLUMN / 2;
    }

    /** How many earlier messages carried the same bytes between the same endpoints over the same transport. */
    private static int retransmission(List<WireEvent> events, int index) {
        WireEvent event = events.get(index);
        int count = 0;
        for (int i = 0; i < index; i++) {
            WireEvent earlier = events.get(i);
            if (earlier.transport() == event.transport() && earlier.source().equals(event.source())
                    && earlier.destination().equals(event.destination()) && earlier.samePayload(event)) {
                count++;
            }
        }
        return count;
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
    }

    private static String style() {
        return """
                body { font: 14px system-ui, sans-serif; margin: 16px; color: #1b1f24; }
                h1 { font-size: 18px; margin: 0 0 8px; }
                .caption { margin: 0 0 8px; padding: 6px 10px; border-left: 4px solid #8c959f; background: #f6f8fa; }
                .summary { color: #57606a; margin: 0 0 12px; }
                .key { margin-left: 12px; }
                .key.retransmission { color: #b35c00; }
                .key.malformed { color: #c62828; }
                .ladder svg { display: block; }
                .ladder svg.head { position: sticky; top: 0; background: #fff; z-index: 1; }
                .party rect { fill: #eaeef2; stroke: #8c959f; }
                .party .name { font-weight: 600; font-size: 13px; }
                .party .address { font: 10px ui-monospace, monospace; fill: #57606a; }
                .lifeline { stroke: #afb8c1; stroke-dasharray: 4 3; }
                .time { font: 12px ui-monospace, monospace; fill: #1b1f24; }
                .transport { font: 10px ui-monospace, monospace; fill: #6e7781; }
                .label { font: 12px ui-monospace, monospace; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
                .arrow line, .arrow path { stroke-width: 1.6; fill: none; }
                .request .arrow line, .request .arrow path { stroke: #0b57d0; }
                .request .arrow polygon, .request .label { fill: #0b57d0; }
                .response .arrow line, .response .arrow path { stroke: #1a7f37; }
                .response .arrow polygon, .response .label { fill: #1a7f37; }
                .malformed .arrow line, .malformed .arrow path { stroke: #c62828; }
                .malformed .arrow polygon, .malformed .label { fill: #c62828; font-weight: 600; }
                .keepalive .arrow line, .keepalive .arrow path { stroke: #8c959f; }
                .keepalive .arrow polygon, .keepalive .label { fill: #8c959f; }
                .retransmission .arrow line, .retransmission .arrow path { stroke: #b35c00; stroke-dasharray: 6 4; }
                .retransmission .arrow polygon, .retransmission .label { fill: #b35c00; }
                summary { list-style: none; cursor: pointer; }
                summary::-webkit-details-marker { display: none; }
                summary:hover svg { background: #f3f6fb; }
                details[open] > summary svg { background: #e8f0fe; }
                pre { margin: 0 0 6px; padding: 8px 10px; background: #f6f8fa; border: 1px solid #d0d7de;
                      font: 12px ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere;
                      min-width: 760px; box-sizing: border-box; }
                """;
    }
}
