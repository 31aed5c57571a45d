package io.sipspec.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RFC 2119 key words, as RFC 3261 §3 lists them, strongest first. Only capitalised words count; a two-word key
 * word ("MUST NOT") is matched before its first word.
 */
public enum Keyword {
    MUST_NOT("MUST NOT", Level.MUST),
    SHALL_NOT("SHALL NOT", Level.MUST),
    MUST("MUST", Level.MUST),
    SHALL("SHALL", Level.MUST),
    REQUIRED("REQUIRED", Level.MUST),
    SHOULD_NOT("SHOULD NOT", Level.SHOULD),
    NOT_RECOMMENDED("NOT RECOMMENDED", Level.SHOULD),
    SHOULD("SHOULD", Level.SHOULD),
    RECOMMENDED("RECOMMENDED", Level.SHOULD),
    MAY("MAY", Level.MAY),
    OPTIONAL("OPTIONAL", Level.MAY);

    /** The three requirement levels of RFC 2119 that the coverage report counts separately. */
    public enum Level {
        MUST("MUST / MUST NOT"), SHOULD("SHOULD / SHOULD NOT"), MAY("MAY");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        /** "MUST / MUST NOT" (with SHALL and REQUIRED), "SHOULD / SHOULD NOT" (with RECOMMENDED), "MAY" (with OPTIONAL). */
        public String label() {
            return label;
        }
    }

    private static final Pattern ANY = Pattern.compile(
            "\\b(MUST\\s+NOT|SHALL\\s+NOT|SHOULD\\s+NOT|NOT\\s+RECOMMENDED|MUST|SHALL|REQUIRED|SHOULD|RECOMMENDED"
                    + "|MAY|OPTIONAL)\\b");

    private final String text;
    private final Level level;

    Keyword(String text, Level level) {
        this.text = text;
        this.level = level;
    }

    /** The key word as written in the RFC, e.g. {@code MUST NOT}. */
    public String text() {
        return text;
    }

    public Level level() {
        return level;
    }

    /** The key word spelled {@code text} (single spaces), e.g. {@code "MUST NOT"}. */
    public static Keyword of(String text) {
        String normal = text.trim().replaceAll("\\s+", " ");
        for (Keyword k : values()) {
            if (k.text.equals(normal)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not an RFC 2119 key word: " + text);
    }

    /** The key words of {@code sentence} in the order they appear (a line break may separate "MUST" and "NOT"). */
    public static List<Keyword> findAll(CharSequence sentence) {
        List<Keyword> found = new ArrayList<>();
        Matcher m = ANY.matcher(sentence);
        while (m.find()) {
            found.add(of(m.group(1)));
        }
        return found;
    }

    /** The strongest of {@code keywords} (the first in declaration order), e.g. MUST NOT over MAY. */
    public static Keyword strongest(List<Keyword> keywords) {
        return keywords.stream().min(Enum::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("no key word"));
    }
}
