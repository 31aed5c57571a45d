package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Address;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import io.sipspec.ua.sdp.AnswerCheck;
import io.sipspec.ua.sdp.Origin;
import io.sipspec.ua.sdp.SessionDescription;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §13.2.1 and §13.2.2.4: a call placed with an INVITE without an offer; the answer goes in the ACK. */
class OfferlessCallTest {

    private static final TimerConfig FAST = TimerConfig.scaled(Duration.ofMillis(50));
    private static final Origin ORIGIN = Origin.ip4("-", 7, 1, "127.0.0.1");
    private static final String PCMU_OFFER = "v=0\r\no=bob 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 49172 RTP/AVP 0\r\n";
    private static final String UNKNOWN_CODEC_OFFER = "v=0\r\no=bob 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 49172 RTP/AVP 96\r\na=rtpmap:96 x-no-such-codec/8000\r\n";

    private final Recorder bobLog = new Recorder();
    private final Recorder aliceLog = new Recorder();
    private SipStack aliceStack;
    private SipStack bobStack;
    private DatagramSocket raw;

    @AfterEach
    void stop() {
        if (aliceStack != null) {
            aliceStack.close();
        }
        if (bobStack != null) {
            bobStack.close();
        }
        if (raw != null) {
            raw.close();
        }
    }

    private UserAgent alice() {
        UserAgent[] a = new UserAgent[1];
        aliceStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST).log(aliceLog)
                .user(s -> a[0] = new UserAgent(s, UaConfig.of("alice", "atlanta.example.com", "127.0.0.1"))).build();
        return a[0];
    }

    private static SipResponse ok(String sdp) {
        SipRequest invite = SipRequest.builder(Methods.INVITE, SipUri.of("bob", "127.0.0.1", 5060))
                .header(HeaderName.VIA, "SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1")
                .header(HeaderName.TO, "<sip:bob@127.0.0.1>")
                .header(HeaderName.FROM, "<sip:alice@127.0.0.1>;tag=a")
                .header(HeaderName.CALL_ID, "c1")
                .header(HeaderName.CSEQ, "1 INVITE")
                .header(HeaderName.MAX_FORWARDS, "70").build();
        SipResponse.Builder b = invite.createResponse(200, "b");
        return sdp == null ? b.build() : b.body("application/sdp", sdp).build();
    }

    @Test
    @DisplayName("§13.2.2.4: an offer this UA can take is answered (a stream with a port and a common format)")
    void anAcceptableOfferIsAnswered() {
        AckAnswer a = AckAnswer.to(ok(PCMU_OFFER), ORIGIN, "127.0.0.1", 40000);
        assertTrue(a.acceptable());
        SessionDescription answer = a.sdp().orElseThrow();
        assertEquals(List.of(), AnswerCheck.problems(SessionDescription.parse(PCMU_OFFER), answer));
        assertEquals(40000, answer.media().get(0).port());
        assertEquals(ORIGIN, answer.origin());
    }

    @Test
    @DisplayName("§13.2.2.4: an offer this UA cannot take gets a valid answer rejecting its streams (port 0), and is not acceptable")
    void anUnacceptableOfferGetsARejectingAnswer() {
        AckAnswer a = AckAnswer.to(ok(UNKNOWN_CODEC_OFFER), ORIGIN, "127.0.0.1", 40000);
        assertFalse(a.acceptable());
        SessionDescription answer = a.sdp().orElseThrow();
        assertEquals(List.of(), AnswerCheck.problems(SessionDescription.parse(UNKNOWN_CODEC_OFFER), answer));
        assertEquals(0, answer.media().get(0).port());
    }

    @Test
    @DisplayName("A 2xx without a session description, or with one that is not SDP, has nothing to answer and is not acceptable")
    void noOfferNoAnswer() {
        AckAnswer none = AckAnswer.to(ok(null), ORIGIN, "127.0.0.1", 40000);
        assertFalse(none.acceptable());
        assertTrue(none.sdp().isEmpty());
        AckAnswer broken = AckAnswer.to(ok("not sdp at all"), ORIGIN, "127.0.0.1", 40000);
        assertFalse(broken.acceptable());
        assertTrue(broken.sdp().isEmpty());
    }

    @Test
    @DisplayName("§13.2.1: the INVITE has no body; the reference UAS offers in its 2xx and the ACK carries the answer")
    void theAnswerGoesInTheAck() throws Exception {
        UserAgent alice = alice();
        bobStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST).log(bobLog)
                .user(s -> new UserAgent(s, UaConfig.of("bob", "biloxi.example.com", "127.0.0.1"))).build();
        OutgoingCall call = alice.uac().callWithoutOffer(SipUri.of("bob", "127.0.0.1",
                bobStack.transport().localAddress(TransportType.UDP).getPort()));
        call.established().get(5, TimeUnit.SECONDS);

        assertEquals(0, call.invite().bodyLength(), call.invite().toString());
        SipResponse ok = aliceLog.responses(200, Methods.INVITE).get(0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (bobLog.requests(Methods.ACK).isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        SipRequest ack = bobLog.requests(Methods.ACK).get(0);
        assertEquals("application/sdp", ack.contentType().essence());
        assertEquals(List.of(), AnswerCheck.problems(SessionDescription.parse(ok.body()), SessionDescription.parse(ack.body())));
        assertEquals(OutgoingCall.State.CONFIRMED, call.state());
        assertTrue(bobLog.requests(Methods.BYE).isEmpty());
    }

    @Test
    @DisplayName("§13.2.2.4: an unacceptable offer in the 2xx gets a valid answer in the ACK, then a BYE")
    void anUnacceptableOfferGetsAnAnswerThenBye() throws Exception {
        UserAgent alice = alice();
        raw = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        raw.setSoTimeout(5000);
        alice.uac().callWithoutOffer(SipUri.of("bob", "127.0.0.1", raw.getLocalPort()));
        DatagramPacket p = new DatagramPacket(new byte[65535], 65535);
        SipRequest invite = assertInstanceOf(SipRequest.class, receive(p));
        assertEquals(0, invite.bodyLength());
        byte[] ok = invite.createResponse(200, "bob-1")
                .header(SipHeaders.CONTACT, Address.of(SipUri.of("bob", "127.0.0.1", raw.getLocalPort())))
                .body("application/sdp", UNKNOWN_CODEC_OFFER).build().toByteArray();
        raw.send(new DatagramPacket(ok, ok.length, p.getSocketAddress()));

        SipRequest ack = nextRequest(p, Methods.ACK);
        SessionDescription answer = SessionDescription.parse(ack.body());
        assertEquals(List.of(), AnswerCheck.problems(SessionDescription.parse(UNKNOWN_CODEC_OFFER), answer));
        assertEquals(0, answer.media().get(0).port());
        SipRequest bye = nextRequest(p, Methods.BYE);
        assertEquals("bob-1", bye.to().tag());
    }

    @Test
    @DisplayName("§14.2: a re-INVITE without an offer; the offer of the 2xx answered in the ACK, and an unacceptable one then BYE")
    void reInviteWithoutOffer() throws Exception {
        UserAgent alice = alice();
        raw = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        raw.setSoTimeout(5000);
        OutgoingCall call = alice.uac().callWithoutOffer(SipUri.of("bob", "127.0.0.1", raw.getLocalPort()));
        DatagramPacket p = new DatagramPacket(new byte[65535], 65535);
        SipRequest invite = assertInstanceOf(SipRequest.class, receive(p));
        answer(p, invite, PCMU_OFFER);
        assertTrue(SessionDescription.parse(nextRequest(p, Methods.ACK).body()).media().get(0).port() > 0);
        call.established().get(5, TimeUnit.SECONDS);

        call.reinviteWithoutOffer();
        SipRequest reinvite = nextRequest(p, Methods.INVITE);
        assertEquals(0, reinvite.bodyLength(), reinvite.toString());
        assertEquals("bob-1", reinvite.to().tag());
        answer(p, reinvite, PCMU_OFFER.replace("o=bob 1 1", "o=bob 1 2"));
        SipRequest ack = nextRequest(p, Methods.ACK);
        assertEquals(reinvite.cseq().sequence(), ack.cseq().sequence());
        assertEquals(List.of(), AnswerCheck.problems(SessionDescription.parse(PCMU_OFFER), SessionDescription.parse(ack.body())));

        call.reinviteWithoutOffer();
        reinvite = nextRequest(p, Methods.INVITE);
        answer(p, reinvite, UNKNOWN_CODEC_OFFER.replace("o=bob 1 1", "o=bob 1 3"));
        ack = nextRequest(p, Methods.ACK);
        assertEquals(0, SessionDescription.parse(ack.body()).media().get(0).port());
        assertEquals("bob-1", nextRequest(p, Methods.BYE).to().tag());
    }

    /** bob (the raw socket) answers {@code request} with a 200 carrying {@code sdp}, To tag bob-1. */
    private void answer(DatagramPacket from, SipRequest request, String sdp) throws Exception {
        SipResponse.Builder b = request.to().tag() == null ? request.createResponse(200, "bob-1") : request.createResponse(200);
        byte[] ok = b.header(SipHeaders.CONTACT, Address.of(SipUri.of("bob", "127.0.0.1", raw.getLocalPort())))
                .body("application/sdp", sdp).build().toByteArray();
        raw.send(new DatagramPacket(ok, ok.length, from.getSocketAddress()));
    }

    private SipMessage receive(DatagramPacket p) throws Exception {
        raw.receive(p);
        return new SipMessageParser().parse(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
    }

    /** The next request of {@code method}, passing over retransmissions of the INVITE. */
    private SipRequest nextRequest(DatagramPacket p, String method) throws Exception {
        while (true) {
            if (receive(p) instanceof SipRequest r && r.isMethod(method)) {
                return r;
            }
        }
    }
}
