package io.sipspec.requirements;

import java.util.List;
import java.util.Objects;

/**
 * One row of the catalogue: a normative sentence of RFC 3261.
 *
 * @param id            stable id {@code RFC3261-<section>-<n>}, n counting the normative sentences of the section
 * @param section       the section number, e.g. {@code 17.1.1.2}
 * @param keyword       the strongest key word of the sentence
 * @param keywords      all its key words, in the order they appear
 * @param role          the element the sentence binds
 * @param wireCheckable whether a test on the wire can check it
 * @param reason        why not, when it cannot (empty otherwise)
 * @param curated       true once a person reviewed role, wireCheckable and reason ({@code auto} otherwise)
 * @param sentence      the sentence, quoted exactly (whitespace normalised)
 */
public record Requirement(String id, String section, Keyword keyword, List<Keyword> keywords, Role role,
                          boolean wireCheckable, String reason, boolean curated, String sentence) {

    public static final String PREFIX = "RFC3261-";

    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(keyword, "keyword");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(role, "role");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(sentence, "sentence");
    }

    /** The id of the {@code n}th normative sentence of {@code section}. */
    public static String id(String section, int n) {
        return PREFIX + section + "-" + n;
    }

    public Keyword.Level level() {
        return keyword.level();
    }
}
