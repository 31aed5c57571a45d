package io.sipspec.requirements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The summary tables of the report: per level, per role and level, per chapter and level. */
final class CoverageTables {

    /** One line of a summary table. */
    record Row(String group, Keyword.Level level, Tally tally) {
    }

    private CoverageTables() {
    }

    static List<Row> byLevel(Coverage coverage) {
        return rows(coverage, c -> "all", Comparator.naturalOrder());
    }

    static List<Row> byRole(Coverage coverage) {
        List<Row> rows = new ArrayList<>();
        for (Role role : Role.values()) {
            List<RequirementCoverage> group = coverage.requirements().stream()
                    .filter(c -> c.requirement().role() == role).toList();
            rows.addAll(levels(role.label(), group));
        }
        return rows;
    }

    static List<Row> byChapter(Coverage coverage) {
        return rows(coverage, c -> "§" + chapter(c.requirement().section()),
                Comparator.comparingInt(g -> Integer.parseInt(g.substring(1))));
    }

    static String chapter(String section) {
        int dot = section.indexOf('.');
        return dot < 0 ? section : section.substring(0, dot);
    }

    private static List<Row> rows(Coverage coverage, Function<RequirementCoverage, String> key,
                                  Comparator<String> order) {
        Map<String, List<RequirementCoverage>> groups = coverage.requirements().stream()
                .collect(Collectors.groupingBy(key, () -> new TreeMap<>(order), Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        groups.forEach((group, list) -> rows.addAll(levels(group, list)));
        return rows;
    }

    private static List<Row> levels(String group, List<RequirementCoverage> list) {
        List<Row> rows = new ArrayList<>();
        for (Keyword.Level level : Keyword.Level.values()) {
            List<RequirementCoverage> atLevel = list.stream().filter(c -> c.requirement().level() == level).toList();
            if (!atLevel.isEmpty()) {
                rows.add(new Row(group, level, Tally.of(atLevel)));
            }
        }
        return rows;
    }
}
