package io.sipspec.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.tagexpressions.Expression;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceApplicabilityTest {

    private static final DeviceProfile SIPP = Profiles.from("sipp-uas", Map.of("device", "external", "port", "5070", "roles", "uas"));

    @Test
    void theEmbeddedStackTakesEveryScenario() {
        DeviceProfile embedded = Profiles.embedded();
        assertEquals(Optional.empty(), Applicability.skipReason(embedded, List.of("@rfc3261-8.2.1", "@uas", "@udp")));
        assertEquals(Optional.empty(), Applicability.skipReason(embedded, List.of("@rfc3261-7.1", "@message")));
        assertEquals(Optional.empty(), Applicability.skipReason(embedded, List.of("@proxy", "@udp")));
    }

    @Test
    void anExternalDeviceSkipsOtherRolesTransportsAndTheMessageLayer() {
        assertEquals(Optional.empty(), Applicability.skipReason(SIPP, List.of("@uas", "@udp")));
        assertEquals(Optional.of("skipped: the scenario needs a device with role registrar; sipp-uas has uas"),
                Applicability.skipReason(SIPP, List.of("@registrar", "@udp")));
        assertEquals(Optional.of("skipped: the scenario runs over [TCP]; sipp-uas speaks [UDP]"),
                Applicability.skipReason(SIPP, List.of("@uas", "@tcp")));
        assertEquals(Optional.of("skipped: the scenario runs over [UDP, TCP]; sipp-uas speaks [UDP]"),
                Applicability.skipReason(SIPP, List.of("@uas", "@udp", "@tcp")));
        assertTrue(Applicability.skipReason(SIPP, List.of("@message")).orElseThrow().contains("not the device sipp-uas"));
    }

    @Test
    void theProfileTagsExcludeScenarios() {
        DeviceProfile p = Profiles.from("p", Map.of("tags", "not @rfc3261-8.2.2.3"));
        assertEquals(Optional.of("skipped: the profile p excludes it (tags=not @rfc3261-8.2.2.3)"),
                Applicability.skipReason(p, List.of("@uas", "@rfc3261-8.2.2.3")));
    }

    @Test
    void theTagExpressionSelectsWhatSkipReasonLetsThrough() {
        String expression = Applicability.tagExpression(SIPP);
        Expression e = Applicability.parse(expression);
        for (List<String> tags : List.of(List.of("@uas", "@udp"), List.of("@registrar", "@udp"), List.of("@uas", "@tcp"),
                List.of("@message"), List.of("@uas", "@registrar", "@udp"), List.of("@rfc3261-1"),
                List.of("@uas", "@udp", "@tcp"), List.of("@proxy", "@slow"))) {
            assertEquals(Applicability.skipReason(SIPP, tags).isEmpty(), e.evaluate(tags), expression + " on " + tags);
        }
        assertEquals("not @slow", Applicability.tagExpression(Profiles.from("all", Map.of("roles", "uas,uac,registrar,redirect,proxy"))));
    }

    @Test
    void slowScenariosRunOnlyWhenAskedFor() {
        DeviceProfile embedded = Profiles.embedded();
        assertEquals(Optional.of("skipped: @slow: the scenario waits minutes of real time, past the suite's budget; run it with"
                + " -Dsipspec.slow=true"), Applicability.skipReason(embedded, List.of("@proxy", "@slow")));
        System.setProperty(Applicability.SLOW, "true");
        try {
            assertEquals(Optional.empty(), Applicability.skipReason(embedded, List.of("@proxy", "@slow")));
            assertNull(Applicability.tagExpression(Profiles.from("all", Map.of("roles", "uas,uac,registrar,redirect,proxy"))));
        } finally {
            System.clearProperty(Applicability.SLOW);
        }
    }
}
