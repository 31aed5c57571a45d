package io.sipspec.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph of RFC prose into sentences. A sentence ends at ".", "?" or "!" (with any closing quotes and
 * parentheses after it) followed by a space and a capital letter, a digit, a quote or an opening parenthesis, unless:
 * the full stop belongs to an abbreviation ("e.g.", "i.e.", "et al."); it is inside a quoted string or inside
 * parentheses (when the paragraph's quotes and parentheses balance); or it is the full stop of a section number
 * ("Section 17.1.1.2" has no space after its inner dots, so it never ends a sentence early).
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "al", "et", "cf", "vs", "Sec", "Fig",
            "No", "approx", "Mr", "Dr", "Ms", "viz");

    private SentenceSplitter() {
    }

    /** The sentences of {@code paragraph} (whitespace already normalised), each stripped. */
    public static List<String> split(String paragraph) {
        boolean trackQuotes = count(paragraph, '"') % 2 == 0;
        boolean trackParens = count(paragraph, '(') == count(paragraph, ')');
        List<String> sentences = new ArrayList<>();
        int start = 0;
        boolean inQuote = false;
        int depth = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '"' && trackQuotes) {
                inQuote = !inQuote;
            } else if (c == '(' && trackParens && !inQuote) {
                depth++;
            } else if (c == ')' && trackParens && !inQuote && depth > 0) {
                depth--;
            }
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int end = i + 1;
            boolean quoteAfter = inQuote;
            int depthAfter = depth;
            while (end < paragraph.length() && (paragraph.charAt(end) == '"' || paragraph.charAt(end) == ')')) {
                char closing = paragraph.charAt(end);
                if (closing == '"' && trackQuotes) {
                    quoteAfter = !quoteAfter;
                } else if (closing == ')' && trackParens && depthAfter > 0) {
                    depthAfter--;
                }
                end++;
            }
            if (quoteAfter || depthAfter > 0 || !startsNext(paragraph, end) || c == '.' && abbreviation(paragraph, i)) {
                continue;
            }
            sentences.add(paragraph.substring(start, end).strip());
            start = end;
            i = end - 1;
            inQuote = quoteAfter;
            depth = depthAfter;
        }
        String rest = paragraph.substring(start).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    private static boolean startsNext(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        char next = text.charAt(end + 1);
        return Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '(' || next == '[';
    }

    /** True when the full stop at {@code dot} ends an abbreviation such as "e.g." or "et al.". */
    private static boolean abbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        String word = text.substring(from, dot);
        return ABBREVIATIONS.contains(word);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
