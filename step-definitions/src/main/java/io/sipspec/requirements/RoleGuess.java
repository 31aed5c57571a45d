package io.sipspec.requirements;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * First-pass guess of the role a sentence binds, for the draft: the subject of the sentence (the words before its
 * first key word) when it names an element ("A proxy MUST ..." binds the proxy), otherwise the section's role
 * (§16 proxy, §10.3 registrar, §8.1 and §13.2 UAC, §8.2 and §13.3 UAS, ...), otherwise any element.
 */
final class RoleGuess {

    /** Most specific prefix first. */
    private static final List<Map.Entry<String, Role>> SECTIONS = List.of(
            Map.entry("8.1", Role.UAC), Map.entry("8.2", Role.UAS), Map.entry("8.3", Role.REDIRECT),
            Map.entry("9.1", Role.UAC), Map.entry("9.2", Role.UAS),
            Map.entry("10.2", Role.UAC), Map.entry("10.3", Role.REGISTRAR),
            Map.entry("11.1", Role.UAC), Map.entry("11.2", Role.UAS),
            Map.entry("12.1.1", Role.UAS), Map.entry("12.1.2", Role.UAC),
            Map.entry("12.2.1", Role.UAC), Map.entry("12.2.2", Role.UAS),
            Map.entry("13.2", Role.UAC), Map.entry("13.3", Role.UAS),
            Map.entry("14.1", Role.UAC), Map.entry("14.2", Role.UAS),
            Map.entry("15.1.1", Role.UAC), Map.entry("15.1.2", Role.UAS),
            Map.entry("16", Role.PROXY),
            Map.entry("17.1", Role.UAC), Map.entry("17.2", Role.UAS),
            Map.entry("18.1", Role.UAC), Map.entry("18.2", Role.UAS),
            Map.entry("22.3", Role.PROXY));

    private static final List<Map.Entry<Pattern, Role>> SUBJECTS = List.of(
            Map.entry(Pattern.compile("\\bregistrars?\\b"), Role.REGISTRAR),
            Map.entry(Pattern.compile("\\bredirect servers?\\b"), Role.REDIRECT),
            Map.entry(Pattern.compile("\\bprox(y|ies)\\b"), Role.PROXY),
            Map.entry(Pattern.compile("\\buacs?\\b|\\bclient transactions?\\b|\\bthe client\\b|\\bcaller\\b"), Role.UAC),
            Map.entry(Pattern.compile("\\buass?\\b|\\bserver transactions?\\b|\\bthe server\\b|\\bcallee\\b"), Role.UAS));

    private static final Pattern FIRST_KEYWORD =
            Pattern.compile("\\b(MUST|SHALL|REQUIRED|SHOULD|RECOMMENDED|MAY|OPTIONAL)\\b");

    private RoleGuess() {
    }

    static Role guess(String section, String sentence) {
        String subject = subject(sentence);
        for (Map.Entry<Pattern, Role> e : SUBJECTS) {
            if (e.getKey().matcher(subject).find()) {
                return e.getValue();
            }
        }
        return bySection(section);
    }

    static Role bySection(String section) {
        for (Map.Entry<String, Role> e : SECTIONS) {
            if (RfcSection.within(section, e.getKey())) {
                return e.getValue();
            }
        }
        return Role.ANY;
    }

    /** The words of the clause holding the first key word, up to the key word, in lower case. */
    private static String subject(String sentence) {
        var m = FIRST_KEYWORD.matcher(sentence);
        String before = m.find() ? sentence.substring(0, m.start()) : sentence;
        int clause = Math.max(before.lastIndexOf(", "), Math.max(before.lastIndexOf("; "), before.lastIndexOf(": ")));
        String words = clause >= 0 && before.length() - clause > 12 ? before.substring(clause + 2) : before;
        return words.toLowerCase(Locale.ROOT);
    }
}
