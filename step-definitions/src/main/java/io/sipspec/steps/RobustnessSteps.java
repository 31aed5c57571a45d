package io.sipspec.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.sipspec.message.SipResponse;
import io.sipspec.tester.Durations;
import io.sipspec.tester.ExactTemplate;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import java.time.Duration;

/**
 * Steps for robustness checks such as the torture messages of RFC 4475 and RFC 5118: a message sent with its exact
 * octets, and answers judged by what they must not be (a robust device processes a valid oddity: any final response
 * but 400) or by their being final at all (where the RFC accepts either processing or rejecting).
 */
public final class RobustnessSteps {

    private final WireContext wire;

    public RobustnessSteps(WireContext wire) {
        this.wire = wire;
    }

    @StepDoc(group = StepGroup.SEND, example = "alice sends the exact bytes of template \"torture/rfc4475/wsinv.dat\"",
            summary = "Sends a file of features/templates octet for octet: line ends, binary octets and a missing empty line "
                    + "stay as they are, nothing is added; only ${...} variables are replaced (no ${len}).")
    @When("{word} sends the exact bytes of template {string}")
    public void sendsTheExactBytesOfTemplate(String peerName, String name) {
        Peer p = wire.peer(peerName);
        byte[] bytes;
        try {
            bytes = ExactTemplate.load(wire.template(name)).render(wire.variables(), p.endpoints(wire.deviceAddress()));
        } catch (IllegalArgumentException e) {
            throw new AssertionError(peerName + " sends the exact bytes of template " + name + ": " + e.getMessage(), e);
        }
        p.send(bytes, wire.deviceAddress());
        wire.sent(peerName, bytes);
    }

    @StepDoc(group = StepGroup.EXPECT, example = "alice receives a final response within 2 s",
            summary = "Waits at most the duration for a final response (200 to 699), whatever its status, that no earlier step "
                    + "took; provisional responses are passed over.")
    @Then("{word} receives a final response within {duration}")
    public void receivesAFinalResponse(String peerName, Duration within) {
        wire.last(finalResponse(peerName, within, peerName + " receives a final response"));
    }

    @StepDoc(group = StepGroup.EXPECT, example = "alice receives a final response other than 400 within 2 s",
            summary = "Waits at most the duration for the next final response that no earlier step took, and fails if its "
                    + "status is this one (e.g. a valid oddity answered 400 Bad Request).")
    @Then("{word} receives a final response other than {int} within {duration}")
    public void receivesAFinalResponseOtherThan(String peerName, int status, Duration within) {
        String step = peerName + " receives a final response other than " + status;
        Received r = finalResponse(peerName, within, step);
        wire.last(r);
        if (((SipResponse) r.message()).statusCode() == status) {
            throw new AssertionError(step + " within " + Durations.format(within) + ": got "
                    + wire.peer(peerName).mailbox().describe(r));
        }
    }

    private Received finalResponse(String peerName, Duration within, String description) {
        return wire.peer(peerName).mailbox().expect(
                r -> r.message() instanceof SipResponse s && s.statusCode() >= 200, within, description);
    }
}
