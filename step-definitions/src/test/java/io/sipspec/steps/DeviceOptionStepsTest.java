package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.device.ActiveProfile;
import io.sipspec.device.DeviceProfile;
import io.sipspec.device.Profiles;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The device with configuration options: the embedded element started with them, an external one only if declared. */
class DeviceOptionStepsTest {

    private final WireContext wire = new WireContext();
    private final DeviceOptionSteps steps = new DeviceOptionSteps(wire, new DeviceSteps(wire));

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void optionsAreCommaSeparatedKeysOfTheReferenceServer() {
        assertEquals(Map.of("fork", "sequential", "timer.c", "500"), DeviceOptionSteps.parse(" fork=sequential , timer.c=500 "));
    }

    @Test
    void aMalformedOrUnknownOptionFailsNamingIt() {
        assertEquals("device options \"fork\": \"fork\" is not key=value",
                assertThrows(AssertionError.class, () -> DeviceOptionSteps.parse("fork")).getMessage());
        String unknown = assertThrows(AssertionError.class, () -> DeviceOptionSteps.parse("fork=sequential, nope=1")).getMessage();
        assertTrue(unknown.startsWith("device options \"fork=sequential, nope=1\": nope is not an option; options: domain, realm,"), unknown);
        String role = assertThrows(AssertionError.class, () -> DeviceOptionSteps.parse("role=uas")).getMessage();
        assertTrue(role.startsWith("device options \"role=uas\": role is not an option"), "the step sets the role itself: " + role);
        assertEquals("device options \" , \": none given (write key=value, e.g. fork=sequential)",
                assertThrows(AssertionError.class, () -> DeviceOptionSteps.parse(" , ")).getMessage());
    }

    @Test
    void theEmbeddedElementStartsWithTheOptions() {
        steps.theDeviceIsTheWith("proxy", "proxy.mode=stateless, fork=sequential");
        assertEquals("device (embedded proxy)", wire.deviceLabel());
        assertTrue(wire.deviceAddress().getPort() > 0);
    }

    @Test
    void optionValuesNameStoredValuesAndPeersDeclaredBefore() {
        io.sipspec.tester.Variables v = new io.sipspec.tester.Variables().set("peer.edge", "127.0.0.1:5070");
        assertEquals("<sip:127.0.0.1:5070;lr>", DeviceOptionSteps.render("proxy.route=<sip:${peer.edge};lr>", "<sip:${peer.edge};lr>", v));
        assertEquals("device options \"proxy.route=<sip:${peer.core};lr>\": ${peer.core} has no value (a peer is named ${peer.NAME}"
                        + " once declared, before the device)",
                assertThrows(AssertionError.class, () -> DeviceOptionSteps.render("proxy.route=<sip:${peer.core};lr>", "<sip:${peer.core};lr>", v))
                        .getMessage());
    }

    @Test
    void anOptionTheElementRejectsFailsTheStep() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> steps.theDeviceIsTheWith("proxy", "fork=sideways"));
        assertTrue(e.getMessage().startsWith("the embedded proxy does not take the options {fork=sideways}: "), e.getMessage());
    }

    @Test
    void anExternalDeviceIsUsedOnlyWhenItsProfileDeclaresEachOption() {
        DeviceProfile kamailio = Profiles.load(null, Map.of("device", "external", "port", "5060", "roles", "proxy", "name", "kamailio",
                "option.fork", "sequential"));
        try (ActiveProfile.Scope ignored = ActiveProfile.use(kamailio)) {
            TestAbortedException e = assertThrows(TestAbortedException.class,
                    () -> steps.theDeviceIsTheWith("proxy", "fork=sequential, proxy.mode=stateless"));
            assertEquals("skipped: the scenario needs the proxy configured with proxy.mode=stateless; the profile kamailio does not"
                    + " declare it (declare how the device is configured with option.<key>=<value>)", e.getMessage());
            steps.theDeviceIsTheWith("proxy", "fork=sequential");
            assertEquals(kamailio.address(), wire.deviceAddress());
        }
    }

    @Test
    void aRoleTheDeviceDoesNotHaveIsSkipped() {
        DeviceProfile phone = Profiles.load(null, Map.of("device", "external", "port", "5060", "roles", "uas", "name", "phone"));
        try (ActiveProfile.Scope ignored = ActiveProfile.use(phone)) {
            assertEquals("skipped: phone is not a proxy (its roles: uas)",
                    assertThrows(TestAbortedException.class, () -> steps.theDeviceIsTheWith("proxy", "fork=sequential")).getMessage());
        }
    }

    @Test
    void aProfileDeclaresOptionsWithTheOptionPrefix() {
        DeviceProfile p = Profiles.load(null, Map.of("option.timer.c", "500"));
        assertEquals("500", p.option("timer.c").orElseThrow());
        assertTrue(p.option("fork").isEmpty());
    }
}
