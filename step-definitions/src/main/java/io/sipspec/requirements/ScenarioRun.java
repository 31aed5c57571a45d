package io.sipspec.requirements;

import java.util.List;

/**
 * One scenario as it ran: where it is, its tags (with their {@code @}) and its outcome.
 *
 * @param name     the scenario name
 * @param location the feature file and line, e.g. {@code features/rfc3261/11-options/11.2-options.feature:4}
 */
public record ScenarioRun(String name, String location, List<String> tags, Outcome outcome) {

    /** The tag prefix by which a scenario declares the requirement it checks: {@code @req-RFC3261-8.2.1-1}. */
    public static final String REQ_TAG = "@req-";

    public ScenarioRun {
        tags = List.copyOf(tags);
    }

    /** The requirement ids of the {@code @req-} tags, in tag order. */
    public List<String> requirementIds() {
        return requirementIds(tags);
    }

    /** The requirement ids of the {@code @req-} tags among {@code tags}, in tag order. */
    public static List<String> requirementIds(List<String> tags) {
        return tags.stream().filter(t -> t.startsWith(REQ_TAG)).map(t -> t.substring(REQ_TAG.length())).toList();
    }
}
