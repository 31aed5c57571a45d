package io.sipspec.device;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.sipspec.tester.Transport;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which scenarios a device can be tested with, from their tags: the role tags ({@code @uas @uac @registrar @redirect
 * @proxy}), the transport tags ({@code @udp @tcp}: a scenario with both needs both), {@code @message} (the embedded message layer itself, not a
 * device), {@code @slow} (minutes of real time, run only with {@code -Dsipspec.slow=true}) and the profile's own tag expression.
 */
public final class Applicability {

    /** The system property that lets {@code @slow} scenarios run: those that must wait minutes (e.g. past 3 minutes of Timer C). */
    public static final String SLOW = "sipspec.slow";

    static final List<String> ROLES = List.of("uas", "uac", "registrar", "redirect", "proxy");

    private Applicability() {
    }

    /** Why a scenario with {@code tags} does not apply to the device of {@code profile}, or empty if it applies. */
    public static Optional<String> skipReason(DeviceProfile profile, Collection<String> tags) {
        if (tags.contains("@slow") && !Boolean.getBoolean(SLOW)) {
            return Optional.of("skipped: @slow: the scenario waits minutes of real time, past the suite's budget; run it with -D" + SLOW + "=true");
        }
        if (!profile.embedded() && tags.contains("@message")) {
            return Optional.of("skipped: @message scenarios test the embedded message layer, not the device " + profile.name());
        }
        List<String> scenarioRoles = ROLES.stream().filter(r -> tags.contains("@" + r)).toList();
        if (!scenarioRoles.isEmpty() && scenarioRoles.stream().noneMatch(profile::hasRole)) {
            return Optional.of("skipped: the scenario needs a device with role " + String.join(" or ", scenarioRoles) + "; "
                    + profile.name() + " has " + String.join(", ", profile.roles()));
        }
        List<Transport> scenarioTransports = List.of(Transport.values()).stream()
                .filter(t -> tags.contains("@" + t.name().toLowerCase(Locale.ROOT))).toList();
        // A scenario tagged with both transports sends over both (e.g. a proxy forwarding from one to the other).
        if (!tags.contains("@message") && !scenarioTransports.isEmpty() && !profile.transports().containsAll(scenarioTransports)) {
            return Optional.of("skipped: the scenario runs over " + scenarioTransports + "; " + profile.name() + " speaks "
                    + profile.transports());
        }
        if (profile.tags() != null && !parse(profile.tags()).evaluate(List.copyOf(tags))) {
            return Optional.of("skipped: the profile " + profile.name() + " excludes it (tags=" + profile.tags() + ")");
        }
        return Optional.empty();
    }

    /**
     * The tag expression that selects the same scenarios as {@link #skipReason} (for a runner that excludes them
     * instead of reporting them as skipped), or null when every scenario applies.
     */
    public static String tagExpression(DeviceProfile profile) {
        StringBuilder out = new StringBuilder();
        if (!Boolean.getBoolean(SLOW)) {
            and(out, "not @slow");
        }
        if (!profile.embedded()) {
            and(out, "not @message");
        }
        List<String> has = ROLES.stream().filter(profile::hasRole).toList();
        List<String> hasNot = ROLES.stream().filter(r -> !profile.hasRole(r)).toList();
        if (!hasNot.isEmpty()) {
            and(out, anyOrNone(has, hasNot));
        }
        // Every transport of the scenario must be one the device speaks.
        List<String> speaksNot = List.of(Transport.values()).stream().filter(t -> !profile.transports().contains(t))
                .map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
        if (!speaksNot.isEmpty()) {
            and(out, "not (" + String.join(" or ", speaksNot.stream().map(t -> "@" + t).toList()) + ")");
        }
        if (profile.tags() != null) {
            and(out, "(" + profile.tags() + ")");
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** "(@a or @b or not (@c or @d))": a tag of {@code yes}, or none of {@code no}. */
    private static String anyOrNone(List<String> yes, List<String> no) {
        StringBuilder out = new StringBuilder("(");
        for (String y : yes) {
            out.append('@').append(y).append(" or ");
        }
        out.append("not (");
        out.append(String.join(" or ", no.stream().map(n -> "@" + n).toList()));
        return out.append("))").toString();
    }

    private static void and(StringBuilder out, String term) {
        if (!out.isEmpty()) {
            out.append(" and ");
        }
        out.append(term);
    }

    static Expression parse(String expression) {
        try {
            return TagExpressionParser.parse(expression);
        } catch (RuntimeException e) {
            throw new ProfileException("tags: '" + expression + "' is not a tag expression: " + e.getMessage());
        }
    }
}
