package io.sipspec.steps;

import static io.sipspec.steps.FakeDevice.SHORT;
import static io.sipspec.steps.FakeDevice.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.tester.Mailbox;
import io.sipspec.tester.StatusPattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each wire step against a fake device: what goes on the wire, and the failure message when the device does not comply. */
class WireStepsTest {

    private static final String OPTIONS = """
            OPTIONS sip:bob@${sut} SIP/2.0
            Via: SIP/2.0/UDP ${local};branch=${branch}
            Max-Forwards: 70
            To: <sip:bob@${sut}>
            From: <sip:alice@${local}>;tag=${tag}
            Call-ID: ${call-id}
            CSeq: 1 OPTIONS
            Content-Length: 0""";

    private static final String INVITE = OPTIONS.replace("OPTIONS sip", "INVITE sip").replace("1 OPTIONS", "1 INVITE")
            .replace("Content-Length", "Contact: <sip:alice@${local}>\nContent-Length");

    private final FakeDevice fake = new FakeDevice();
    private final WireSteps steps = fake.steps;

    @AfterEach
    void close() {
        fake.close();
    }

    private static AssertionError fails(Runnable step) {
        return assertThrows(AssertionError.class, step::run);
    }

    private void deviceAnswers(SipRequest request, int status) {
        fake.sends(request.createResponse(status).build());
    }

    @Test
    void sendsRendersTheDocStringAndItAgainRepeatsTheBytes() {
        steps.sends("alice", OPTIONS);
        SipMessage first = fake.received();
        assertEquals("OPTIONS sip:bob@" + host(fake.device.address()) + " SIP/2.0", first.startLine());
        assertTrue(first.topVia().branch().startsWith("z9hG4bK"), first.topVia().branch());
        steps.sendsItAgain("alice");
        assertArrayEquals(first.toByteArray(), fake.received().toByteArray());
    }

    @Test
    void sendsTheTemplateReadsFeaturesTemplates() {
        steps.sendsTheTemplate("alice", "options.sip");
        assertEquals("OPTIONS", ((SipRequest) fake.received()).method());
        String missing = fails(() -> steps.sendsTheTemplate("alice", "nope.sip")).getMessage();
        assertTrue(missing.startsWith("no template nope.sip in ["), missing);
    }

    @Test
    void anUnknownVariableFailsTheSendNamingIt() {
        assertEquals("alice sends: unknown variable ${nope}", fails(() -> steps.sends("alice", "OPTIONS ${nope} SIP/2.0")).getMessage());
    }

    @Test
    void sendingBeforeAnythingWasSentFails() {
        assertEquals("alice has sent nothing yet", fails(() -> steps.sendsItAgain("alice")).getMessage());
    }

    @Test
    void aPeerOnAnUnknownTransportFails() {
        assertEquals("peer bob on sctp: the transport is udp or tcp", fails(() -> steps.peerOn("bob", "sctp")).getMessage());
        assertEquals("no peer called carol: add 'Given peer carol on udp'", fails(() -> steps.sendsItAgain("carol")).getMessage());
    }

    @Test
    void receivesAResponseByStatusOrClass() {
        steps.sends("alice", OPTIONS);
        SipRequest request = (SipRequest) fake.received();
        deviceAnswers(request, 100);
        deviceAnswers(request, 200);
        steps.receivesResponse("alice", StatusPattern.of("2xx"), WAIT);
        assertEquals("SIP/2.0 200 OK", fake.wire.last().startLine());
        steps.receivesResponse("alice", StatusPattern.of("100"), WAIT);
        assertEquals("SIP/2.0 100 Trying", fake.wire.last().startLine());
    }

    @Test
    void aSilentDeviceFailsNamingTheStepAndNothingReceived() {
        assertEquals("alice receives a 200 response: nothing matching within 100 ms; last message seen: nothing at all",
                fails(() -> steps.receivesResponse("alice", StatusPattern.of("200"), SHORT)).getMessage());
    }

    @Test
    void aGarbageSendingDeviceFailsShowingTheGarbageAndWhyItIsNotSip() {
        fake.sends("HELLO\u0001WORLD\r\n\r\n");
        fake.alice().mailbox().expect(r -> r.isMalformed(), WAIT, "the garbage arrives");
        String m = fails(() -> steps.receivesResponse("alice", StatusPattern.of("200"), SHORT)).getMessage();
        assertTrue(m.startsWith("alice receives a 200 response: nothing matching within 100 ms; last message seen: "
                + "\"HELLO\\x01WORLD [malformed: "), m);
    }

    @Test
    void aWrongResponseIsShownWithItsCSeqAndCallId() {
        steps.sends("alice", OPTIONS);
        SipRequest request = (SipRequest) fake.received();
        deviceAnswers(request, 486);
        String m = fails(() -> steps.receivesResponse("alice", StatusPattern.of("200"), SHORT)).getMessage();
        assertTrue(m.startsWith("alice receives a 200 response: nothing matching within 100 ms; last message seen: "
                + "\"SIP/2.0 486 Busy Here\" (UDP from " + host(fake.device.address()) + " at "), m);
        assertTrue(m.endsWith("; CSeq: 1 OPTIONS; Call-ID: " + request.callId() + ")"), m);
    }

    @Test
    void receivesARequestAndAnswersIt() {
        fake.sends("INVITE sip:alice@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKd1\r\n"
                + "To: <sip:alice@127.0.0.1>\r\nFrom: <sip:device@127.0.0.1>;tag=d1\r\nCall-ID: d1@127.0.0.1\r\n"
                + "CSeq: 7 INVITE\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n");
        steps.receivesRequest("alice", "INVITE", WAIT);
        steps.answersWith("alice", 180);
        SipResponse ringing = (SipResponse) fake.received();
        assertEquals(180, ringing.statusCode());
        assertEquals("7 INVITE", ringing.headerValue("CSeq"));
        assertNotNull(ringing.to().tag(), "§8.2.6.2: a To tag is added");
        assertEquals("alice receives a(n) BYE request: nothing matching within 100 ms; last message seen: \"INVITE "
                        + "sip:alice@127.0.0.1 SIP/2.0\" (UDP from " + host(fake.device.address()) + " at ",
                prefix(fails(() -> steps.receivesRequest("alice", "BYE", SHORT)).getMessage(), "at "));
    }

    @Test
    void answeringWhenTheLastMessageIsAResponseFails() {
        steps.sends("alice", OPTIONS);
        deviceAnswers((SipRequest) fake.received(), 200);
        steps.receivesResponse("alice", StatusPattern.of("200"), WAIT);
        String m = fails(() -> steps.answersWith("alice", 200)).getMessage();
        assertTrue(m.startsWith("alice answers with 200: the last message alice received is not a request: \"SIP/2.0 200 OK\""), m);
        assertEquals("bob has received nothing yet: a step such as 'bob receives a 200 response within 2 s' comes first",
                fails(() -> {
                    steps.peerOn("bob", "udp");
                    steps.answersWith("bob", 200);
                }).getMessage());
    }

    @Test
    void receivesNothingFailsOnAnyMessage() {
        fake.sends("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1;branch=z9hG4bK1\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n");
        String m = fails(() -> steps.receivesNothing("alice", WAIT)).getMessage();
        assertTrue(m.startsWith("alice receives nothing: expected nothing within 2000 ms, but received \"SIP/2.0 200 OK\""), m);
    }

    @Test
    void retransmissionsAreByteExactCopiesOfIt() {
        steps.sends("alice", OPTIONS);
        SipRequest request = (SipRequest) fake.received();
        byte[] ok = request.createResponse(200).build().toByteArray();
        fake.sends(ok);
        fake.sends(ok);
        fake.sends(ok);
        steps.receivesResponse("alice", StatusPattern.of("200"), WAIT);
        steps.receivesRetransmissions("alice", 2, WAIT);
        String m = fails(() -> steps.receivesRetransmissions("alice", 1, SHORT)).getMessage();
        assertEquals("alice receives 1 retransmissions of \"SIP/2.0 200 OK\" within 100 ms (0 received): nothing matching "
                + "within 100 ms; last message seen: ", prefix(m, "seen: "));
        fake.sends(ok);
        m = fails(() -> steps.receivesRetransmissions("alice", 2, SHORT)).getMessage();
        assertTrue(m.startsWith("alice receives 2 retransmissions of \"SIP/2.0 200 OK\" within 100 ms (1 received): nothing matching "
                + "within "), m);
    }

    @Test
    void noRetransmissionFailsOnACopyArrivingDuringTheStep() {
        steps.sends("alice", OPTIONS);
        byte[] ok = ((SipRequest) fake.received()).createResponse(200).build().toByteArray();
        fake.sends(ok);
        steps.receivesResponse("alice", StatusPattern.of("200"), WAIT);
        steps.receivesNoRetransmission("alice", SHORT);
        // The copy must arrive while the step waits (it counts copies from its own start): sent once the step waits.
        Mailbox mailbox = fake.wire.peer("alice").mailbox();
        Thread late = new Thread(() -> {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!mailbox.hasWaiter() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            fake.sends(ok);
        });
        late.start();
        String m = fails(() -> steps.receivesNoRetransmission("alice", WAIT)).getMessage();
        assertTrue(m.startsWith("alice receives no retransmission of \"SIP/2.0 200 OK\": expected nothing within 2000 ms, "
                + "but received \"SIP/2.0 200 OK\""), m);
    }

    @Test
    void itMustHaveBeenReceivedByThePeerNamed() {
        steps.peerOn("bob", "udp");
        steps.sends("alice", OPTIONS);
        deviceAnswers((SipRequest) fake.received(), 200);
        steps.receivesResponse("alice", StatusPattern.of("200"), WAIT);
        assertEquals("bob receives 1 retransmissions of it: \"it\" (SIP/2.0 200 OK) was received by alice, not bob",
                fails(() -> steps.receivesRetransmissions("bob", 1, SHORT)).getMessage());
    }

    @Test
    void theAckForANon2xxIsInTheInviteTransaction() {
        steps.sends("alice", INVITE);
        SipRequest invite = (SipRequest) fake.received();
        deviceAnswers(invite, 420);
        steps.receivesResponse("alice", StatusPattern.of("420"), WAIT);
        SipResponse refusal = (SipResponse) fake.wire.last().message();
        steps.acknowledgesIt("alice");
        SipRequest ack = (SipRequest) fake.received();
        assertEquals("ACK " + invite.requestUriText() + " SIP/2.0", ack.startLine());
        assertEquals(invite.topVia().branch(), ack.topVia().branch(), "§17.1.1.3: the Via of the INVITE");
        assertEquals(refusal.headerValue("To"), ack.headerValue("To"));
        assertEquals("1 ACK", ack.headerValue("CSeq"));
    }

    @Test
    void theAckForA2xxIsANewTransactionToTheContact() {
        steps.sends("alice", INVITE);
        SipRequest invite = (SipRequest) fake.received();
        fake.sends(invite.createResponse(200).header("Contact", "<sip:bob@127.0.0.1:5099>").build());
        steps.receivesResponse("alice", StatusPattern.of("200"), WAIT);
        steps.acknowledgesIt("alice");
        SipRequest ack = (SipRequest) fake.received();
        assertEquals("ACK sip:bob@127.0.0.1:5099 SIP/2.0", ack.startLine());
        assertNotEquals(invite.topVia().branch(), ack.topVia().branch(), "§13.2.2.4: a new transaction");
        assertEquals("1 ACK", ack.headerValue("CSeq"));
    }

    @Test
    void acknowledgingAProvisionalResponseFails() {
        steps.sends("alice", INVITE);
        deviceAnswers((SipRequest) fake.received(), 180);
        steps.receivesResponse("alice", StatusPattern.of("180"), WAIT);
        String m = fails(() -> steps.acknowledgesIt("alice")).getMessage();
        assertTrue(m.startsWith("alice acknowledges it: the last message alice received is not a final response: \"SIP/2.0 180 Ringing\""), m);
    }

    @Test
    void theChallengeIsAnsweredWithDigestCredentials() {
        steps.sends("alice", OPTIONS);
        SipRequest request = (SipRequest) fake.received();
        fake.sends(request.createResponse(401)
                .header("WWW-Authenticate", "Digest realm=\"sipspec\", nonce=\"abc123\", algorithm=MD5, qop=\"auth\"").build());
        steps.receivesResponse("alice", StatusPattern.of("401"), WAIT);
        steps.answersTheChallenge("alice", "alice", "secret");
        SipRequest retry = (SipRequest) fake.received();
        assertEquals("2 OPTIONS", retry.headerValue("CSeq"), "§22.2: CSeq incremented");
        String authorization = retry.headerValue("Authorization");
        assertTrue(authorization.startsWith("Digest ") && authorization.contains("username=\"alice\"")
                && authorization.contains("nonce=\"abc123\"") && authorization.contains("realm=\"sipspec\""), authorization);
    }

    @Test
    void answeringAChallengeThatIsNotOneFails() {
        steps.sends("alice", OPTIONS);
        deviceAnswers((SipRequest) fake.received(), 403);
        steps.receivesResponse("alice", StatusPattern.of("403"), WAIT);
        String m = fails(() -> steps.answersTheChallenge("alice", "alice", "secret")).getMessage();
        assertTrue(m.startsWith("alice answers the challenge as \"alice\": the last response alice received is not a challenge "
                + "(401 or 407): \"SIP/2.0 403 Forbidden\""), m);
    }

    @Test
    void aConnectionThatStaysOpenFailsTheCloseExpectation() {
        assertEquals("alice sees the connection closed: no connection closed within 100 ms; last message seen: nothing at all",
                fails(() -> steps.seesTheConnectionClosed("alice", SHORT)).getMessage());
    }

    @Test
    void aDeviceClosingTheConnectionIsSeenAndNamedInFailures() {
        try (WireContext wire = new WireContext()) {
            io.sipspec.tester.Peer device = io.sipspec.tester.Peer.open("device", io.sipspec.tester.Transport.TCP, wire.traffic());
            wire.device(device.address(), "fake");
            WireSteps tcp = new WireSteps(wire);
            tcp.peerOn("alice", "tcp");
            tcp.sends("alice", OPTIONS.replace("UDP", "TCP"));
            device.mailbox().expect(r -> r.isRequest("OPTIONS"), WAIT, "the device receives the OPTIONS");
            device.close();
            tcp.seesTheConnectionClosed("alice", WAIT);
            String m = fails(() -> tcp.receivesResponse("alice", StatusPattern.of("200"), SHORT)).getMessage();
            assertTrue(m.startsWith("alice receives a 200 response: nothing matching within 100 ms; last message seen: nothing at all; "
                    + "the TCP connection with " + host(device.address()).replaceAll(":\\d+$", ":")), m);
            assertTrue(m.contains(" was closed by the other side at "), m);
        }
    }

    @Test
    void durationsAreWrittenAsTheRfcWritesThem() {
        assertEquals(java.time.Duration.ofMillis(3200), fake.parameters.duration("64*T1"));
        assertEquals(java.time.Duration.ofMillis(500), fake.parameters.duration("500 ms"));
    }

    @Test
    void theRealEmbeddedRegistrarChallengesAndAcceptsTheAnswer() {
        try (WireContext wire = new WireContext()) {
            WireSteps real = new WireSteps(wire);
            real.theDeviceIsTheEmbeddedWithUsers("registrar", "alice:secret");
            real.peerOn("alice", "udp");
            real.sends("alice", """
                    REGISTER sip:127.0.0.1 SIP/2.0
                    Via: SIP/2.0/UDP ${local};branch=${branch}
                    Max-Forwards: 70
                    To: <sip:alice@127.0.0.1>
                    From: <sip:alice@127.0.0.1>;tag=${tag}
                    Call-ID: ${call-id}
                    CSeq: 1 REGISTER
                    Contact: <sip:alice@${local}>
                    Content-Length: 0""");
            real.receivesResponse("alice", StatusPattern.of("401"), WAIT);
            real.answersTheChallenge("alice", "alice", "secret");
            real.receivesResponse("alice", StatusPattern.of("200"), WAIT);
        }
    }

    private static String host(java.net.InetSocketAddress a) {
        return a.getHostString() + ":" + a.getPort();
    }

    /** The message up to and including the first {@code marker}, for messages ending with a time. */
    private static String prefix(String message, String marker) {
        int i = message.indexOf(marker);
        return i < 0 ? message : message.substring(0, i + marker.length());
    }
}
