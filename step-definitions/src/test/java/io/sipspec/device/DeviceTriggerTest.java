package io.sipspec.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class DeviceTriggerTest {

    private static final TriggerTarget BOB = new TriggerTarget("bob", new InetSocketAddress("127.0.0.1", 40000), "udp");

    @Test
    void theTargetIsThePeersUri() {
        assertEquals("sip:bob@127.0.0.1:40000", BOB.uri());
        assertEquals("sip:bob@127.0.0.1:40000;transport=tcp", new TriggerTarget("bob", BOB.address(), "tcp").uri());
    }

    @Test
    void variablesAreReplacedAndAnUnknownOneIsNamed() {
        DeviceProfile p = Profiles.from("p", Map.of("device", "external", "port", "5070", "roles", "uac", "t1", "500"));
        Map<String, String> values = TriggerCommand.values(p, BOB);
        assertEquals("sipp -sn uac 127.0.0.1:40000 -s bob -p 5070 T1=500",
                TriggerCommand.expand("sipp -sn uac ${target.hostport} -s ${target.user} -p ${device.port} T1=${t1}", values::get));
        assertEquals("unknown variable ${taget} in the trigger \"call ${taget}\"",
                assertThrows(IllegalArgumentException.class, () -> TriggerCommand.expand("call ${taget}", values::get)).getMessage());
    }

    @Test
    void aCommandRunsAndItsOutputIsKept() throws Exception {
        try (TriggerCommand t = TriggerCommand.start("echo calling ${target}", Map.of("target", BOB.uri()), Duration.ofSeconds(10))) {
            assertTrue(t.waitFor(Duration.ofSeconds(5)));
            assertEquals("$ echo calling sip:bob@127.0.0.1:40000\ncalling sip:bob@127.0.0.1:40000\n(exit status 0)\n", t.log());
        }
    }

    @Test
    void aLongCommandIsStoppedAtTheTimeout() throws Exception {
        long start = System.nanoTime();
        try (TriggerCommand t = TriggerCommand.start("sleep 30", Map.of(), Duration.ofMillis(200))) {
            assertTrue(t.waitFor(Duration.ofSeconds(5)), "stopped at the timeout, long before sleep 30 ends");
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
            assertTrue(t.log().startsWith("$ sleep 30\n"), t.log());
        }
    }

    @Test
    void anExternalDeviceRunsTheProfilesCommand() {
        DeviceProfile p = Profiles.from("p", Map.of("device", "external", "port", "5070", "roles", "uac",
                "trigger.invite", "echo calling ${target}"));
        ExternalDevice device = new ExternalDevice(p);
        device.trigger("INVITE", BOB);
        device.close();
        assertTrue(device.triggerLog().startsWith("$ echo calling sip:bob@127.0.0.1:40000\n"), device.triggerLog());
    }

    @Test
    void withoutATriggerTheScenarioIsSkippedNotPassed() {
        DeviceProfile p = Profiles.from("phone", Map.of("device", "external", "port", "5070", "roles", "uac"));
        try (ExternalDevice device = new ExternalDevice(p)) {
            TestAbortedException e = assertThrows(TestAbortedException.class, () -> device.trigger("OPTIONS", BOB));
            assertEquals("skipped: needs trigger: the profile phone has no trigger.options command to make the device send OPTIONS",
                    e.getMessage());
        }
    }
}
