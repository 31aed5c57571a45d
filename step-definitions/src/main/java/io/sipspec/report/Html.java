package io.sipspec.report;

import java.nio.charset.StandardCharsets;

/** Escaping for text put into HTML and SVG. */
final class Html {

    private Html() {
    }

    /** {@code text} safe in element content and in quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The bytes of a message as readable, escaped text: UTF-8, line breaks kept, and every other control character
     * (which a browser would hide) shown as {@code \xNN}.
     */
    static String bytes(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                out.append(String.format("\\x%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return escape(out.toString());
    }

    /** {@code text} cut to {@code max} characters, ending with an ellipsis if it was longer. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "\u2026";
    }
}
