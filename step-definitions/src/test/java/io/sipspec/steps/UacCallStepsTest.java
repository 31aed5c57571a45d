package io.sipspec.steps;

import static io.sipspec.steps.FakeDevice.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipResponse;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Transport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The steps of the calling device against a fake device: the peer's answer where §18.2.2 sends it, and each check. */
class UacCallStepsTest {

    private static final String INVITE = "INVITE sip:alice@127.0.0.1 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bKd1\r\nTo: <sip:alice@127.0.0.1>\r\n"
            + "From: <sip:device@127.0.0.1>;tag=d1\r\nCall-ID: d1@127.0.0.1\r\nCSeq: 7 INVITE\r\nMax-Forwards: 70\r\n"
            + "Require: 100rel\r\nContent-Length: 0\r\n\r\n";

    private static final String ACK = "ACK sip:alice@127.0.0.1 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKd2\r\nTo: <sip:alice@127.0.0.1>;tag=a1\r\n"
            + "From: <sip:device@127.0.0.1>;tag=d1\r\nCall-ID: d1@127.0.0.1\r\nCSeq: 7 ACK\r\nMax-Forwards: 70\r\n%s"
            + "Content-Length: %d\r\n\r\n%s";

    private static final String OFFER_OK = """
            SIP/2.0 200 OK
            Via: SIP/2.0/UDP ${sut};branch=z9hG4bKd1
            To: <sip:alice@127.0.0.1>;tag=a1
            From: <sip:device@127.0.0.1>;tag=d1
            Call-ID: d1@127.0.0.1
            CSeq: 7 INVITE
            Contact: <sip:alice@${local}>
            Content-Type: application/sdp
            Content-Length: ${len}

            v=0
            o=alice 1 1 IN IP4 127.0.0.1
            s=-
            c=IN IP4 127.0.0.1
            t=0 0
            m=audio 49172 RTP/AVP 0
            """;

    private final FakeDevice fake = new FakeDevice();
    private final UacCallSteps calls = new UacCallSteps(fake.wire);

    @AfterEach
    void close() {
        fake.close();
    }

    private static String fails(Runnable step) {
        return assertThrows(AssertionError.class, step::run).getMessage();
    }

    private void deviceSendsInvite(int sentByPort) {
        fake.sends(String.format(INVITE, sentByPort));
        fake.steps.receivesRequest("alice", "INVITE", WAIT);
    }

    /** The device sends alice an ACK with these extra header rows and this SDP body (none if empty). */
    private void deviceSendsAck(String rows, String sdp) {
        String headers = rows + (sdp.isEmpty() ? "" : "Content-Type: application/sdp\r\n");
        fake.sends(String.format(ACK, headers, sdp.getBytes(StandardCharsets.UTF_8).length, sdp));
        fake.steps.receivesRequest("alice", "ACK", WAIT);
    }

    @Test
    void theResponseGoesToTheSourceAddressAndTheSentByPort() {
        try (Peer sentBy = Peer.open("sent-by", Transport.UDP, fake.wire.traffic())) {
            deviceSendsInvite(sentBy.address().getPort());
            calls.answersToTheSentByPort("alice", 486);
            Received r = sentBy.mailbox().expect(m -> m.isResponse(486), WAIT, "the response at the sent-by port");
            assertEquals(486, ((SipResponse) r.message()).statusCode());
            fake.device.mailbox().expectNothing(m -> true, FakeDevice.SHORT, "nothing at the source port");
        }
    }

    @Test
    void theSentByAnswerNeedsARequest() {
        assertTrue(fails(() -> calls.answersToTheSentByPort("alice", 486)).startsWith("alice has received nothing yet"));
    }

    @Test
    void anSdpAnswerIsCheckedAgainstTheOfferThePeerSent() {
        deviceSendsInvite(5060);
        fake.steps.sends("alice", OFFER_OK);
        String sdp = "v=0\r\no=device 2 2 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\n";
        deviceSendsAck("", sdp);
        calls.itsBodyIsAnSdpAnswer("alice");

        deviceSendsAck("", sdp.replace("RTP/AVP 0", "RTP/AVP 8"));
        String m = fails(() -> calls.itsBodyIsAnSdpAnswer("alice"));
        assertTrue(m.startsWith("its body is an SDP answer to the offer alice sent: it does not answer the offer: m= line 1: no format "
                + "of the offer [0] in the answer [8], in "), m);

        deviceSendsAck("", "");
        m = fails(() -> calls.itsBodyIsAnSdpAnswer("alice"));
        assertTrue(m.startsWith("its body is an SDP answer to the offer alice sent: it has no body, in "), m);

        deviceSendsAck("", "v=0\r\nbogus\r\n");
        m = fails(() -> calls.itsBodyIsAnSdpAnswer("alice"));
        assertTrue(m.startsWith("its body is an SDP answer to the offer alice sent: its body is not a session description: "), m);
    }

    @Test
    void anSdpAnswerNeedsAnOffer() {
        deviceSendsInvite(5060);
        deviceSendsAck("", "");
        assertEquals("its body is an SDP answer to the offer alice sent: alice sent no message with an application/sdp body",
                fails(() -> calls.itsBodyIsAnSdpAnswer("alice")));
    }

    @Test
    void headerValuesAreCheckedAgainstThoseOfTheRequestThePeerReceived() {
        deviceSendsInvite(5060);
        deviceSendsAck("Require: 100REL\r\n", "");
        calls.itsHeaderHasOnlyValuesOf("Require", "INVITE", "alice");
        calls.itsHeaderHasOnlyValuesOf("Proxy-Require", "INVITE", "alice");

        deviceSendsAck("Require: 100rel, timer\r\nProxy-Require: sec-agree\r\n", "");
        String m = fails(() -> calls.itsHeaderHasOnlyValuesOf("Require", "INVITE", "alice"));
        assertTrue(m.startsWith("its header \"Require\" has only values of the INVITE request alice received: it lists [timer], which the "
                + "INVITE did not (\"100rel\"): \"100rel, timer\", in "), m);
        m = fails(() -> calls.itsHeaderHasOnlyValuesOf("Proxy-Require", "INVITE", "alice"));
        assertTrue(m.startsWith("its header \"Proxy-Require\" has only values of the INVITE request alice received: it lists [sec-agree], "
                + "which the INVITE did not (it had no Proxy-Require header field)"), m);
        assertEquals("its header \"Require\" has only values of the OPTIONS request alice received: alice received no OPTIONS request",
                fails(() -> calls.itsHeaderHasOnlyValuesOf("Require", "OPTIONS", "alice")));
    }

    @Test
    void aDeviceWithoutTheTriggerSkips() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> calls.theDeviceSendsAnInviteWithoutAnOffer("alice"));
        assertTrue(e.getMessage().startsWith("skipped: needs trigger: "), e.getMessage());
        assertTrue(e.getMessage().contains("INVITE-without-offer"), e.getMessage());
    }

    @Test
    void aDeviceWithoutTheReInviteTriggerSkips() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> calls.theDeviceSendsAReInviteWithoutAnOffer("alice"));
        assertTrue(e.getMessage().startsWith("skipped: needs trigger: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("send a re-INVITE without an offer"), e.getMessage());
    }
}
