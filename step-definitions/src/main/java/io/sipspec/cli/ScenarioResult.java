package io.sipspec.cli;

import java.util.Set;

/**
 * The verdict of one scenario.
 *
 * @param name    the scenario's name
 * @param source  where it is written (the feature file and line), or "" if unknown
 * @param tags    its tags, without "@"
 * @param status  PASSED, FAILED or SKIPPED
 * @param message why it failed or was skipped, or "" when it passed
 */
public record ScenarioResult(String name, String source, Set<String> tags, Status status, String message) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public ScenarioResult {
        tags = Set.copyOf(tags);
    }

    /** The most specific RFC 3261 section among the tags ("8.2.2.1" rather than "8.2.2"), or "none". */
    public String section() {
        String best = null;
        for (String t : tags) {
            if (t.startsWith("rfc3261-")) {
                String s = t.substring("rfc3261-".length());
                if (best == null || s.length() > best.length()) {
                    best = s;
                }
            }
        }
        return best == null ? "none" : best;
    }
}
