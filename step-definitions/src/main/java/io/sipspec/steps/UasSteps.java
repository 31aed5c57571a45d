package io.sipspec.steps;

import io.cucumber.java.en.Given;
import io.sipspec.server.ReferenceServer;
import io.sipspec.server.Role;
import io.sipspec.server.RoleRegistry;
import io.sipspec.server.ServerConfig;
import io.sipspec.ua.UaConfig;
import io.sipspec.ua.UserAgent;
import java.time.Duration;

/**
 * Embedded UASs that a scenario sets up to show one behaviour of RFC 3261 §8.2 (embedded profile only): they test our
 * own stack whatever device the profile names.
 */
public final class UasSteps {

    private final WireContext wire;

    public UasSteps(WireContext wire) {
        this.wire = wire;
    }

    /**
     * A UAS that takes its time before it answers an INVITE and sends no 180 (Ringing) meanwhile, so that its INVITE
     * server transaction sends the 100 (Trying) (§17.2.1: "The server transaction MUST generate a 100 (Trying) response
     * unless it knows that the TU will generate a provisional or final response within 200 ms").
     */
    @StepDoc(group = StepGroup.SETUP, example = "the device is the embedded uas answering 200 after 500 ms without ringing",
            summary = "An embedded UAS (embedded profile only) that answers INVITEs with this status after the duration, sending no 180 before: its transaction sends 100 (Trying) after 200 ms.")
    @Given("the device is the embedded uas answering {int} after {duration} without ringing")
    public void theDeviceIsTheEmbeddedUasAnsweringWithoutRinging(int status, Duration delay) {
        DeviceSteps.requireEmbeddedProfile("the device is the embedded uas answering without ringing");
        ServerConfig config = ServerConfig.fromArgs("--role=uas", "--listen=udp:127.0.0.1:0", "--t1=" + wire.timers().t1Millis());
        RoleRegistry roles = RoleRegistry.defaults().register(Role.UAS, (stack, c) -> new UserAgent(stack,
                UaConfig.of("bob", "127.0.0.1", "127.0.0.1").withSilentDelay(delay.toMillis(), status)));
        wire.device(ReferenceServer.start(config, roles), "uas answering " + status + " without ringing");
    }
}
