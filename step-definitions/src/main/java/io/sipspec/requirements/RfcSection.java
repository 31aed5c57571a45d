package io.sipspec.requirements;

import java.util.List;

/**
 * One numbered section of the RFC: its number ({@code "17.1.1.2"}), its title and its paragraphs, each joined into one
 * line with its whitespace normalised.
 */
public record RfcSection(String number, String title, List<String> paragraphs) {

    public RfcSection {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The top-level section number: 17 for {@code "17.1.1.2"}. */
    public int chapter() {
        int dot = number.indexOf('.');
        return Integer.parseInt(dot < 0 ? number : number.substring(0, dot));
    }

    /** True when this section is {@code prefix} or one of its subsections ({@code "8.1"} contains 8.1.3.4). */
    public boolean isWithin(String prefix) {
        return within(number, prefix);
    }

    static boolean within(String number, String prefix) {
        return number.equals(prefix) || number.startsWith(prefix + ".");
    }
}
