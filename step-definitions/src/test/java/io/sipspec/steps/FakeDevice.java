package io.sipspec.steps;

import io.sipspec.message.SipMessage;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Transport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A scenario's wire for step tests: a {@link WireContext} with peer alice, and a tester peer standing in for the
 * device, so a test decides exactly what "the device" sends (nothing, garbage, a response, a retransmission...).
 */
final class FakeDevice implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(2);
    static final Duration SHORT = Duration.ofMillis(100);

    final WireContext wire = new WireContext();
    final Peer device = Peer.open("device", Transport.UDP, wire.traffic());
    final WireSteps steps = new WireSteps(wire);
    final StepParameters parameters = new StepParameters(wire);

    FakeDevice() {
        wire.device(device.address(), "fake");
        steps.peerOn("alice", "udp");
    }

    Peer alice() {
        return wire.peer("alice");
    }

    /** What the device received next from alice. */
    SipMessage received() {
        Received r = device.mailbox().expect(m -> true, WAIT, "the device receives a message");
        if (r.message() == null) {
            throw new AssertionError("the device received a malformed message: " + r.startLine());
        }
        return r.message();
    }

    /** The device sends these bytes to alice. */
    void sends(String text) {
        sends(text.getBytes(StandardCharsets.UTF_8));
    }

    void sends(byte[] bytes) {
        device.send(bytes, alice().address());
    }

    /** The device sends this message to alice. */
    void sends(SipMessage m) {
        sends(m.toByteArray());
    }

    @Override
    public void close() {
        device.close();
        wire.close();
    }
}
