package io.sipspec.requirements;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * First-pass guess of whether a test on the wire can check a sentence, and if not why. Rough by design: every row it
 * fills is marked {@code curated=auto} until a person reviews it.
 */
final class WireGuess {

    /** The reasons, tried in order; the first whose pattern matches the sentence wins. */
    private static final List<Map.Entry<Pattern, String>> NOT_CHECKABLE = List.of(
            Map.entry(Pattern.compile("(?i)\\b(the user|user interface|render|display|inform(ing)? the user|"
                    + "human|alert the user)\\b"), "user interface: not visible on the wire"),
            Map.entry(Pattern.compile("(?i)\\b(configur\\w*|local policy|administrator|provision(ed|ing)?)\\b"),
                    "configuration or local policy: the wire cannot tell what was configured"),
            Map.entry(Pattern.compile("(?i)\\b(implementations?|stor(e|ed|es|ing)|remember\\w*|"
                    + "maintain(s|ed|ing)? (a|the|its|state)|database|internally|keep track)\\b"),
                    "internal state of the implementation: observable only indirectly"),
            Map.entry(Pattern.compile("(?i)\\b(S/MIME|DNS|RFC 3263|\\[4\\]|certificate\\w*|TLS|SCTP)\\b"),
                    "needs infrastructure the harness does not emulate (DNS, TLS, S/MIME, SCTP)"));

    private WireGuess() {
    }

    /** {@code ""} when the wire can check {@code sentence}, else the reason it cannot. */
    static String reasonNotCheckable(String section, Keyword strongest, String sentence) {
        if (strongest.level() == Keyword.Level.MAY) {
            return "option (" + strongest.text() + "): either behaviour conforms";
        }
        if (RfcSection.within(section, "26") || RfcSection.within(section, "27")) {
            return RfcSection.within(section, "26") ? "security considerations: deployment guidance"
                    : "IANA registration: not behaviour of an element";
        }
        for (Map.Entry<Pattern, String> e : NOT_CHECKABLE) {
            if (e.getKey().matcher(sentence).find()) {
                return e.getValue();
            }
        }
        return "";
    }
}
