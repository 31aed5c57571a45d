package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.device.ActiveProfile;
import io.sipspec.device.DeviceProfile;
import io.sipspec.device.Profiles;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Timestamp;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Transport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The embedded UAS that answers without ringing: its 100 (Trying), its final response, and its skip reason. */
class UasStepsTest {

    private final WireContext wire = new WireContext();
    private final UasSteps steps = new UasSteps(wire);

    @AfterEach
    void close() {
        wire.close();
    }

    @Test
    void theUasSendsNoRingingSoItsTransactionSendsTryingThenTheFinalResponse() {
        steps.theDeviceIsTheEmbeddedUasAnsweringWithoutRinging(486, Duration.ofMillis(400));
        Peer alice = Peer.open("alice", Transport.UDP, wire.traffic());
        wire.peer(alice);
        String local = alice.address().getHostString() + ':' + alice.address().getPort();
        String sut = wire.deviceAddress().getHostString() + ':' + wire.deviceAddress().getPort();
        alice.send(("INVITE sip:bob@" + sut + " SIP/2.0\r\nVia: SIP/2.0/UDP " + local + ";branch=z9hG4bK-uas-steps\r\n"
                + "Max-Forwards: 70\r\nTo: <sip:bob@" + sut + ">\r\nFrom: <sip:alice@" + local + ">;tag=a1\r\n"
                + "Call-ID: uas-steps-test\r\nCSeq: 1 INVITE\r\nContact: <sip:alice@" + local + ">\r\nTimestamp: 54\r\n"
                + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII), wire.deviceAddress());

        Received first = alice.mailbox().expect(r -> !r.isMalformed() && r.message() instanceof SipResponse,
                Duration.ofSeconds(2), "a response");
        Received last = alice.mailbox().expect(r -> !r.isMalformed() && r.message() instanceof SipResponse,
                Duration.ofSeconds(2), "a second response");

        SipResponse trying = (SipResponse) first.message();
        assertEquals(100, trying.statusCode(), trying::toString);
        Timestamp stamp = trying.header(SipHeaders.TIMESTAMP);
        assertEquals("54", stamp.time());
        assertTrue(Double.parseDouble(stamp.delay()) >= 0.1, stamp::toString);
        assertEquals(486, ((SipResponse) last.message()).statusCode(), () -> last.message().toString());
    }

    @Test
    void anExternalDeviceSkipsTheStepWithTheReason() {
        DeviceProfile phone = Profiles.load(null, Map.of("device", "external", "port", "5060", "roles", "uas", "name", "phone"));
        try (ActiveProfile.Scope ignored = ActiveProfile.use(phone)) {
            TestAbortedException e = assertThrows(TestAbortedException.class,
                    () -> steps.theDeviceIsTheEmbeddedUasAnsweringWithoutRinging(200, Duration.ofMillis(500)));
            assertEquals("skipped: the device is the embedded uas answering without ringing needs the embedded profile "
                    + "(the device is phone)", e.getMessage());
        }
    }
}
