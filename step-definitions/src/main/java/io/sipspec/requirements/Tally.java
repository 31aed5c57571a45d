package io.sipspec.requirements;

import java.util.Collection;

/**
 * Counts over a group of requirements: how many, how many a test on the wire can check, how many have a scenario,
 * how many pass.
 */
public record Tally(int total, int wireCheckable, int withScenario, int passing) {

    public static Tally of(Collection<RequirementCoverage> group) {
        int wire = 0;
        int with = 0;
        int pass = 0;
        for (RequirementCoverage c : group) {
            wire += c.requirement().wireCheckable() ? 1 : 0;
            with += c.hasScenario() ? 1 : 0;
            pass += c.passing() ? 1 : 0;
        }
        return new Tally(group.size(), wire, with, pass);
    }

    /** {@code part} of {@code whole} as a whole percentage, "-" when whole is 0. */
    public static String percent(int part, int whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
    }
}
