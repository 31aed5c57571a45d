package io.sipspec.requirements;

import io.sipspec.cli.ScenarioResult;
import io.sipspec.fault.Fault;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mutation score as markdown ({@code reports/coverage/mutation.md}): faults caught out of faults injected, each
 * fault with the scenarios that caught it, then the faults no scenario caught and why; and the "caught by" column of
 * docs/faults.md, written from the data file.
 */
final class MutationReport {

    private MutationReport() {
    }

    static String markdown(Collection<FaultVerdict> verdicts) {
        long caught = verdicts.stream().filter(FaultVerdict::caught).count();
        StringBuilder out = new StringBuilder("# Mutation score\n\n");
        out.append(String.format(Locale.ROOT, "**%d of %d faults caught** (%s): each fault of `io.sipspec.fault.Fault` injected"
                + " into the embedded device (`-Dsipspec.faults=<id>`) and the scenarios of its tag expression"
                + " (step-definitions/src/test/resources/mutation/catchers.properties) run against it; a fault is caught when"
                + " one of them fails.%n%n", caught, verdicts.size(), percent(caught, verdicts.size())));
        out.append("| fault | section | scenarios run | caught by (failed scenarios) |\n|---|---|---|---|\n");
        for (FaultVerdict v : verdicts) {
            Fault f = v.catcher().fault();
            String run = v.catcher().expectedCaught() ? "`" + v.catcher().tags() + "`" : "all";
            String by = v.caught() ? v.failed().stream().map(s -> s.name() + " (" + s.source() + ")").collect(Collectors.joining("<br>"))
                    : "**not caught**";
            out.append("| `").append(f.id()).append("` | §").append(f.section()).append(" | ").append(run).append(" (")
                    .append(v.scenarios().size()).append(") | ").append(by).append(" |\n");
        }
        List<FaultVerdict> missed = verdicts.stream().filter(v -> !v.caught()).toList();
        if (!missed.isEmpty()) {
            out.append("\n## Not caught\n\n");
            for (FaultVerdict v : missed) {
                String why = v.catcher().expectedCaught() ? "expected to be caught by `" + v.catcher().tags() + "`: a regression"
                        : v.catcher().uncaughtReason();
                out.append("- `").append(v.catcher().fault().id()).append("` (§").append(v.catcher().fault().section())
                        .append("): ").append(why).append('\n');
            }
        }
        return out.toString();
    }

    private static String percent(long part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    /** The "caught by" cell of docs/faults.md for a fault: its tag expression, or "not caught: reason". */
    static String cell(Catchers.Catcher c) {
        return c.expectedCaught() ? "`" + c.tags() + "`" : "not caught: " + c.uncaughtReason();
    }

    /**
     * docs/faults.md with the last cell of each fault's row ("| `id` | ... | cell |") replaced by {@link #cell}; rows of
     * faults the data file does not list are kept.
     */
    static List<String> withCaughtBy(List<String> doc, Map<Fault, Catchers.Catcher> catchers) {
        List<String> out = new ArrayList<>();
        for (String line : doc) {
            Fault fault = faultOfRow(line);
            Catchers.Catcher c = fault == null ? null : catchers.get(fault);
            if (c == null) {
                out.add(line);
            } else {
                String row = line.stripTrailing();
                int last = row.lastIndexOf('|', row.length() - 2);
                out.add(row.substring(0, last + 1) + " " + cell(c) + " |");
            }
        }
        return out;
    }

    /** The fault a row of the table is about, or null for any other line. */
    static Fault faultOfRow(String line) {
        if (!line.startsWith("| `")) {
            return null;
        }
        int end = line.indexOf('`', 3);
        return end < 0 ? null : Fault.byId(line.substring(3, end)).orElse(null);
    }
}
