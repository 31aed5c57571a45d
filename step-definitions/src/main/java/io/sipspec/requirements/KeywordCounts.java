package io.sipspec.requirements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Occurrences of each key word in a text. Two ways to count the whole RFC: line by line, as {@code grep} does (a
 * "MUST" at the end of a line followed by "NOT" on the next counts as MUST), and in the joined text, where such a
 * broken "MUST NOT" counts as MUST NOT. {@link #brokenAcrossLines} lists where the two differ.
 */
public final class KeywordCounts {

    private static final Pattern BROKEN = Pattern.compile("\\b(MUST|SHALL|SHOULD|NOT)[ \\t]*\\n"
            + "(?:[ \\t]*\\n|.*\\[Page \\d+\\][ \\t]*\\n|\\f.*\\n)*[ \\t]*(NOT|RECOMMENDED)\\b");

    private final Map<Keyword, Integer> counts;

    private KeywordCounts(Map<Keyword, Integer> counts) {
        this.counts = counts;
    }

    public int of(Keyword k) {
        return counts.getOrDefault(k, 0);
    }

    /** Counts line by line, as {@code grep -o} does. */
    public static KeywordCounts perLine(String text) {
        Map<Keyword, Integer> m = new EnumMap<>(Keyword.class);
        for (String line : text.split("\n", -1)) {
            add(m, line);
        }
        return new KeywordCounts(m);
    }

    /** Counts in {@code texts}, each read as one line (e.g. the whole RFC joined, or the catalogue's sentences). */
    public static KeywordCounts in(Collection<String> texts) {
        Map<Keyword, Integer> m = new EnumMap<>(Keyword.class);
        for (String text : texts) {
            add(m, text.replaceAll("\\s+", " "));
        }
        return new KeywordCounts(m);
    }

    /** The text without page footers and headers, all whitespace normalised to single spaces. */
    public static String joined(String text) {
        return String.join("\n", RfcText.withoutPageBreaks(text.split("\r?\n", -1))).replaceAll("\\s+", " ");
    }

    /** Each two-word key word ("MUST NOT", "NOT RECOMMENDED") whose words are on two lines: "line N: MUST / NOT". */
    public static List<String> brokenAcrossLines(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = BROKEN.matcher(text);
        while (m.find()) {
            String pair = m.group(1) + " " + m.group(2);
            if (pair.equals("MUST NOT") || pair.equals("SHOULD NOT") || pair.equals("SHALL NOT")
                    || pair.equals("NOT RECOMMENDED")) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                out.add("line " + line + ": " + pair);
            }
        }
        return out;
    }

    private static void add(Map<Keyword, Integer> m, String line) {
        for (Keyword k : Keyword.findAll(line)) {
            m.merge(k, 1, Integer::sum);
        }
    }

    /** "MUST 511, MUST NOT 79, ..." for every key word. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Keyword k : Keyword.values()) {
            out.append(out.length() == 0 ? "" : ", ").append(k.text()).append(' ').append(of(k));
        }
        return out.toString();
    }
}
