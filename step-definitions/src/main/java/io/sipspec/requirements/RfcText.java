package io.sipspec.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an RFC in the plain-text layout of the RFC Editor, read into numbered sections of paragraphs: page
 * footers ("[Page N]") and running headers are removed, a paragraph broken by a page break is joined again, and the
 * lines of a paragraph are joined with their whitespace normalised (a page break is inside a paragraph when the last
 * line before it does not end a sentence and the first line after it has the same indentation). The front matter and
 * the table of contents (everything before the first numbered heading at column 0) and the unnumbered back matter
 * (appendix, addresses, copyright statement) are not sections.
 */
public final class RfcText {

    private static final Pattern FOOTER = Pattern.compile("^\\S.*\\[Page \\d+\\]\\s*$");
    private static final Pattern HEADER = Pattern.compile("^\\f?RFC \\d+ {2,}\\S.*\\S {2,}\\S.*$");
    private static final Pattern HEADING = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.? +(\\S.*?)\\s*$");
    /** A bullet of an RFC list: "o" or "-" and one to three spaces at the start of a paragraph. */
    /**
     * RFC 3261's last numbered chapter (§30, Informative References): an unnumbered heading at column 0 after it
     * starts the back matter (Appendix A, Acknowledgments, Authors' Addresses, Full Copyright Statement).
     */
    private static final int LAST_NUMBERED_CHAPTER = 30;
    private static final Pattern BULLET = Pattern.compile("^[o-] {1,3}(?=\\S)");

    private final List<RfcSection> sections;

    private RfcText(List<RfcSection> sections) {
        this.sections = List.copyOf(sections);
    }

    public List<RfcSection> sections() {
        return sections;
    }

    /** Reads {@code text}, the whole RFC file. */
    public static RfcText parse(String text) {
        List<String> lines = withoutPageBreaks(text.split("\r?\n", -1));
        List<RfcSection> sections = new ArrayList<>();
        String number = null;
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            boolean isHeading = heading.matches() && follows(heading.group(1), number);
            boolean backMatter = !isHeading && number != null && !line.isEmpty()
                    && Character.isUpperCase(line.charAt(0)) && !line.contains("[")
                    && Integer.parseInt(number.split("\\.")[0]) >= LAST_NUMBERED_CHAPTER;
            if (isHeading || backMatter) {
                flush(paragraph, paragraphs);
                if (number != null) {
                    sections.add(new RfcSection(number, title, paragraphs));
                }
                paragraphs = new ArrayList<>();
                if (backMatter) {
                    return new RfcText(sections);
                }
                number = heading.group(1);
                title = heading.group(2);
            } else if (line.isBlank()) {
                flush(paragraph, paragraphs);
            } else if (number != null) {
                append(paragraph, line.strip());
            }
        }
        flush(paragraph, paragraphs);
        if (number != null) {
            sections.add(new RfcSection(number, title, paragraphs));
        }
        return new RfcText(sections);
    }

    /** The section numbered {@code number}, or an exception. */
    public RfcSection section(String number) {
        return sections.stream().filter(s -> s.number().equals(number)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + number));
    }

    /**
     * The lines without page footers and running headers. Where a page break falls inside a paragraph (the last
     * line before it does not end a sentence), the blank lines around it are dropped so the paragraph is one again.
     */
    static List<String> withoutPageBreaks(String[] raw) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < raw.length) {
            String line = raw[i];
            boolean formFeedLine = i + 1 < raw.length && raw[i + 1].contains("\f") && raw[i + 1].replace("\f", "").isBlank();
            int header = formFeedLine ? i + 2 : i + 1;
            if (FOOTER.matcher(line).matches() && header < raw.length && HEADER.matcher(raw[header]).matches()) {
                int next = header + 1;
                while (next < raw.length && raw[next].isBlank()) {
                    next++;
                }
                while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
                    out.remove(out.size() - 1);
                }
                String before = out.isEmpty() ? "" : out.get(out.size() - 1);
                String after = next < raw.length ? raw[next] : "";
                if (before.isBlank() || before.strip().matches(".*[.:;!?][\")]*$") || startsBlock(after)
                        || indent(before) != indent(after)) {
                    out.add("");
                }
                i = next;
            } else if (FOOTER.matcher(line).matches() && header >= raw.length - 1) {
                i++;
            } else {
                out.add(line.replace("\f", ""));
                i++;
            }
        }
        return out;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static boolean startsBlock(String line) {
        return HEADING.matcher(line).matches() || BULLET.matcher(line.strip()).find();
    }

    /** True when {@code candidate} can follow {@code previous} as the next heading (numbers only grow). */
    static boolean follows(String candidate, String previous) {
        if (previous == null) {
            return candidate.equals("1");
        }
        String[] c = candidate.split("\\.");
        String[] p = previous.split("\\.");
        for (int k = 0; k < Math.min(c.length, p.length); k++) {
            int a = Integer.parseInt(c[k]);
            int b = Integer.parseInt(p[k]);
            if (a != b) {
                return a == b + 1 && k == c.length - 1;
            }
        }
        return c.length == p.length + 1 && c[c.length - 1].equals("1");
    }

    private static void append(StringBuilder paragraph, String line) {
        if (paragraph.length() == 0) {
            paragraph.append(BULLET.matcher(line).replaceFirst(""));
            return;
        }
        char end = paragraph.charAt(paragraph.length() - 1);
        char beforeEnd = paragraph.length() > 1 ? paragraph.charAt(paragraph.length() - 2) : ' ';
        if (!(end == '-' && Character.isLetter(beforeEnd))) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        String text = paragraph.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        paragraph.setLength(0);
    }
}
