package io.sipspec.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The verdicts of a run, and their summary by RFC section. */
public record RunReport(List<ScenarioResult> scenarios) {

    public RunReport {
        scenarios = List.copyOf(scenarios);
    }

    public long count(ScenarioResult.Status status) {
        return scenarios.stream().filter(s -> s.status() == status).count();
    }

    /** True when no scenario failed (skipped ones do not fail a run). */
    public boolean passed() {
        return count(ScenarioResult.Status.FAILED) == 0;
    }

    /** The scenario called {@code name}; fails if there is not exactly one. */
    public ScenarioResult scenario(String name) {
        List<ScenarioResult> found = scenarios.stream().filter(s -> s.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.size() + " scenarios called \"" + name + "\"");
        }
        return found.get(0);
    }

    /**
     * One line per RFC section (passed, failed, skipped), then each failed and skipped scenario with its reason, then
     * the totals.
     */
    public String summary() {
        Map<String, long[]> bySection = new TreeMap<>(SECTION_ORDER);
        for (ScenarioResult s : scenarios) {
            bySection.computeIfAbsent(s.section(), k -> new long[3])[s.status().ordinal()]++;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-22s %7s %7s %7s%n", "RFC 3261 section", "passed", "failed", "skipped"));
        bySection.forEach((section, n) -> out.append(String.format(Locale.ROOT, "%-22s %7d %7d %7d%n", "§" + section, n[0], n[1], n[2])));
        scenarios.stream().filter(s -> s.status() == ScenarioResult.Status.FAILED)
                .sorted(Comparator.comparing(ScenarioResult::section, SECTION_ORDER))
                .forEach(s -> out.append("FAILED §").append(s.section()).append(' ').append(s.name())
                        .append(s.source().isEmpty() ? "" : " (" + s.source() + ")").append("\n    ")
                        .append(firstLine(s.message())).append('\n'));
        Map<String, List<ScenarioResult>> skipped = new TreeMap<>();
        scenarios.stream().filter(s -> s.status() == ScenarioResult.Status.SKIPPED)
                .forEach(s -> skipped.computeIfAbsent(firstLine(s.message()), k -> new ArrayList<>()).add(s));
        skipped.forEach((reason, list) -> out.append("SKIPPED ").append(list.size()).append(" (")
                .append(list.stream().map(ScenarioResult::section).distinct().sorted(SECTION_ORDER).map(x -> "§" + x)
                        .collect(Collectors.joining(" "))).append("): ").append(reason).append('\n'));
        out.append(String.format(Locale.ROOT, "%d scenarios: %d passed, %d failed, %d skipped%n", scenarios.size(),
                count(ScenarioResult.Status.PASSED), count(ScenarioResult.Status.FAILED), count(ScenarioResult.Status.SKIPPED)));
        return out.toString();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** "8.2.2" before "8.2.10", "none" last. */
    static final Comparator<String> SECTION_ORDER = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals("none") || b.equals("none")) {
            return a.equals("none") ? 1 : -1;
        }
        int[] x = numbers(a);
        int[] y = numbers(b);
        int c = Arrays.compare(x, y);
        return c != 0 ? c : a.compareTo(b);
    };

    private static int[] numbers(String section) {
        return Arrays.stream(section.split("\\.")).mapToInt(p -> {
            try {
                return Integer.parseInt(p);
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }).toArray();
    }
}
