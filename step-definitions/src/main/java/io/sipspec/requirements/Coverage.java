package io.sipspec.requirements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage of a catalogue by a run of the suite: each requirement with its scenarios and verdict, and the
 * problems found in the tags (a {@code @req-} tag naming no requirement of the catalogue).
 */
public final class Coverage {

    private final List<RequirementCoverage> requirements;
    private final List<ScenarioRun> scenarios;
    private final List<String> problems;

    private Coverage(List<RequirementCoverage> requirements, List<ScenarioRun> scenarios, List<String> problems) {
        this.requirements = List.copyOf(requirements);
        this.scenarios = List.copyOf(scenarios);
        this.problems = List.copyOf(problems);
    }

    public static Coverage of(Catalogue catalogue, List<ScenarioRun> runs) {
        Map<String, List<ScenarioRun>> byId = new LinkedHashMap<>();
        catalogue.requirements().forEach(r -> byId.put(r.id(), new ArrayList<>()));
        List<String> problems = new ArrayList<>();
        for (ScenarioRun run : runs) {
            for (String id : run.requirementIds().stream().distinct().toList()) {
                List<ScenarioRun> list = byId.get(id);
                if (list == null) {
                    problems.add("unknown requirement id '" + id + "' in tag " + ScenarioRun.REQ_TAG + id
                            + " of scenario \"" + run.name() + "\" (" + run.location() + ")");
                } else {
                    list.add(run);
                }
            }
        }
        List<RequirementCoverage> out = new ArrayList<>();
        for (Requirement r : catalogue.requirements()) {
            List<ScenarioRun> list = byId.get(r.id());
            out.add(new RequirementCoverage(r, list, Verdict.of(list)));
        }
        return new Coverage(out, runs, problems);
    }

    public List<RequirementCoverage> requirements() {
        return requirements;
    }

    public List<ScenarioRun> scenarios() {
        return scenarios;
    }

    /** Errors in the scenarios' tags: unknown requirement ids. */
    public List<String> problems() {
        return problems;
    }

    /** The scenarios that declare no requirement. */
    public List<ScenarioRun> untraced() {
        return scenarios.stream().filter(s -> s.requirementIds().isEmpty()).toList();
    }
}
