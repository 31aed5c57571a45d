package io.sipspec.ua.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

class OfferAnswerTest {

    private static final Codec MPV = new Codec("video", new RtpMap(32, "MPV", 90000, null), null);
    private static final Codec G723 = new Codec("audio", new RtpMap(4, "G723", 8000, null), null);
    /** RFC 3264 §10.1 names the event format "telephone-events". */
    private static final Codec EVENTS = new Codec("audio", new RtpMap(110, "telephone-events", 8000, null), null);

    private static final Origin BOB = Origin.ip4("bob", 2890844730L, 2890844730L, "host.example.com");
    private static final Origin ALICE = Origin.ip4("alice", 2890844526L, 2890844527L, "host.anywhere.com");

    /** An SDP text from the RFC, one line per argument, with CRLF line ends. */
    private static String sdp(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static IntUnaryOperator ports(int... ports) {
        return i -> ports[i];
    }

    // RFC 3264 §10.1: "The offered SDP is:"
    private static final String ALICE_OFFER = sdp(
            "v=0",
            "o=alice 2890844526 2890844526 IN IP4 host.anywhere.com",
            "s=",
            "c=IN IP4 host.anywhere.com",
            "t=0 0",
            "m=audio 49170 RTP/AVP 0",
            "a=rtpmap:0 PCMU/8000",
            "m=video 51372 RTP/AVP 31",
            "a=rtpmap:31 H261/90000",
            "m=video 53000 RTP/AVP 32",
            "a=rtpmap:32 MPV/90000");

    // "The callee, Bob, does not want to receive or send the first video stream, so he returns the SDP below as the
    // answer:"
    private static final String BOB_ANSWER = sdp(
            "v=0",
            "o=bob 2890844730 2890844730 IN IP4 host.example.com",
            "s=",
            "c=IN IP4 host.example.com",
            "t=0 0",
            "m=audio 49920 RTP/AVP 0",
            "a=rtpmap:0 PCMU/8000",
            "m=video 0 RTP/AVP 31",
            "m=video 53000 RTP/AVP 32",
            "a=rtpmap:32 MPV/90000");

    // "Bob offers the following SDP in the offer:"
    private static final String BOB_OFFER = sdp(
            "v=0",
            "o=bob 2890844730 2890844731 IN IP4 host.example.com",
            "s=",
            "c=IN IP4 host.example.com",
            "t=0 0",
            "m=audio 65422 RTP/AVP 0",
            "a=rtpmap:0 PCMU/8000",
            "m=video 0 RTP/AVP 31",
            "m=video 53000 RTP/AVP 32",
            "a=rtpmap:32 MPV/90000",
            "m=audio 51434 RTP/AVP 110",
            "a=rtpmap:110 telephone-events/8000",
            "a=recvonly");

    // "Alice accepts the additional media stream, and so generates the following answer:"
    private static final String ALICE_ANSWER = sdp(
            "v=0",
            "o=alice 2890844526 2890844527 IN IP4 host.anywhere.com",
            "s=",
            "c=IN IP4 host.anywhere.com",
            "t=0 0",
            "m=audio 49170 RTP/AVP 0",
            "a=rtpmap:0 PCMU/8000",
            "m=video 0 RTP/AVP 31",
            "a=rtpmap:31 H261/90000",
            "m=video 53000 RTP/AVP 32",
            "a=rtpmap:32 MPV/90000",
            "m=audio 53122 RTP/AVP 110",
            "a=rtpmap:110 telephone-events/8000",
            "a=sendonly");

    /** Our answers write "s=-" (RFC 3264 §5: "it is RECOMMENDED that it consist of a single space character (0x20) or a dash (-)"); the RFC's examples have an empty s=. */
    private static String withDashSessionName(String rfcText) {
        return rfcText.replace("\r\ns=\r\n", "\r\ns=-\r\n");
    }

    /**
     * RFC 3264 §5: "the "t=" line SHOULD have a value of "0 0""; §5.1: "In the case of RTP streams, all media
     * descriptions SHOULD contain "a=rtpmap" mappings from RTP payload types to encodings."
     */
    @Test
    void theAudioOffer() {
        SessionDescription offer = OfferAnswer.audio().offer(Origin.ip4("-", 1, 1, "192.0.2.10"), "192.0.2.10", 49170);
        assertEquals(sdp("v=0",
                "o=- 1 1 IN IP4 192.0.2.10",
                "s=-",
                "c=IN IP4 192.0.2.10",
                "t=0 0",
                "m=audio 49170 RTP/AVP 0 8 101",
                "a=rtpmap:0 PCMU/8000",
                "a=rtpmap:8 PCMA/8000",
                "a=rtpmap:101 telephone-event/8000",
                "a=fmtp:101 0-16",
                "a=sendrecv"), offer.toString());
        assertEquals(offer, SessionDescription.parse(offer.toString()));
    }

    /** RFC 4566 §5.2: "it has been suggested that a Network Time Protocol (NTP) format timestamp be used to ensure uniqueness". */
    @Test
    void theDefaultOriginIsAnNtpTimestamp() {
        long unixNow = System.currentTimeMillis() / 1000;
        Origin o = OfferAnswer.audio().offer("2001:db8::10", 4000).origin();
        assertTrue(o.sessionId() >= unixNow + 2208988800L, "NTP seconds: " + o.sessionId());
        assertEquals(o.sessionId(), o.sessionVersion());
        assertEquals("IP6", o.addrType());
    }

    /**
     * RFC 3264 §10.1, first exchange: Bob, able to take PCMU audio and MPV video but not H.261, answers Alice's offer as
     * the RFC shows; the RFC's answer is a valid answer to the offer.
     */
    @Test
    void rfc3264BasicExchangeAnswer() {
        SessionDescription offer = SessionDescription.parse(ALICE_OFFER);
        OfferAnswer bob = new OfferAnswer(List.of(Codec.PCMU, MPV));
        Optional<SessionDescription> answer = bob.answer(offer, BOB, "host.example.com", ports(49920, 0, 53000));
        assertEquals(withDashSessionName(BOB_ANSWER), answer.orElseThrow().toString());
        assertEquals(List.of(), AnswerCheck.problems(offer, SessionDescription.parse(BOB_ANSWER)));
        assertEquals(List.of(), AnswerCheck.problems(offer, answer.get()));
    }

    /**
     * RFC 3264 §10.1, second exchange: "add an additional audio stream as receive only", answered sendonly; §8.2: "A
     * stream that is offered with a port of zero MUST be marked with port zero in the answer.  Like the offer, the
     * answer MAY omit all attributes present previously" — which ours does, unlike the RFC's answer.
     */
    @Test
    void rfc3264BasicExchangeSecondOffer() {
        SessionDescription offer = SessionDescription.parse(BOB_OFFER);
        OfferAnswer alice = new OfferAnswer(List.of(Codec.PCMU, MPV, EVENTS));
        SessionDescription answer = alice.answer(offer, ALICE, "host.anywhere.com", ports(49170, 0, 53000, 53122)).orElseThrow();
        assertEquals(withDashSessionName(ALICE_ANSWER).replace("a=rtpmap:31 H261/90000\r\n", ""), answer.toString());
        assertEquals(Direction.SENDONLY, answer.direction(3));
        assertEquals(List.of(), AnswerCheck.problems(offer, SessionDescription.parse(ALICE_ANSWER)));
        assertEquals(List.of(), AnswerCheck.problems(offer, answer));
    }

    /**
     * RFC 3264 §10.2: "The stream is marked as inactive, since media cannot be received until a codec is locked down",
     * and "Bob can support dynamic switching between PCMU and G.723.  So, he sends the following answer" — then the
     * sendrecv re-offer of G.723 alone, which "Bob accepts". §6.1: "If an offered media stream is listed as inactive, it
     * MUST be marked as inactive in the answer."
     */
    @Test
    void rfc3264OneOfNCodecSelection() {
        OfferAnswer bob = new OfferAnswer(List.of(Codec.PCMU, G723));
        Origin bobOrigin = Origin.ip4("bob", 2890844730L, 2890844731L, "host.example.com");
        SessionDescription offer = SessionDescription.parse(sdp(
                "v=0",
                "o=alice 2890844526 2890844526 IN IP4 host.anywhere.com",
                "s=",
                "c=IN IP4 host.anywhere.com",
                "t=0 0",
                "m=audio 62986 RTP/AVP 0 4 18",
                "a=rtpmap:0 PCMU/8000",
                "a=rtpmap:4 G723/8000",
                "a=rtpmap:18 G729/8000",
                "a=inactive"));
        String answer = sdp(
                "v=0",
                "o=bob 2890844730 2890844731 IN IP4 host.example.com",
                "s=",
                "c=IN IP4 host.example.com",
                "t=0 0",
                "m=audio 54344 RTP/AVP 0 4",
                "a=rtpmap:0 PCMU/8000",
                "a=rtpmap:4 G723/8000",
                "a=inactive");
        assertEquals(withDashSessionName(answer), bob.answer(offer, bobOrigin, "host.example.com", ports(54344)).orElseThrow().toString());

        SessionDescription reOffer = SessionDescription.parse(sdp(
                "v=0",
                "o=alice 2890844526 2890844527 IN IP4 host.anywhere.com",
                "s=",
                "c=IN IP4 host.anywhere.com",
                "t=0 0",
                "m=audio 62986 RTP/AVP 4",
                "a=rtpmap:4 G723/8000",
                "a=sendrecv"));
        String accepted = sdp(
                "v=0",
                "o=bob 2890844730 2890844732 IN IP4 host.example.com",
                "s=",
                "c=IN IP4 host.example.com",
                "t=0 0",
                "m=audio 54344 RTP/AVP 4",
                "a=rtpmap:4 G723/8000",
                "a=sendrecv");
        assertEquals(withDashSessionName(accepted),
                bob.answer(reOffer, bobOrigin.nextVersion(), "host.example.com", ports(54344)).orElseThrow().toString());
        assertEquals(List.of(), AnswerCheck.problems(reOffer, SessionDescription.parse(accepted)));
    }

    /**
     * RFC 3264 §6.1: "it is RECOMMENDED that unless there is a specific reason, the answerer list formats in the same
     * relative order they were present in the offer." "if a particular codec was referenced with a specific payload
     * type number in the offer, that same payload type number SHOULD be used for that codec in the answer." "the same
     * fmtp parameters with the same values MUST be present in the answer if the media format they describe is present
     * in the answer."
     */
    @Test
    void theAnswerKeepsTheOfferersOrderPayloadTypesAndFmtp() {
        SessionDescription offer = SessionDescription.parse(sdp("v=0", "o=- 5 5 IN IP4 192.0.2.1", "s=-", "c=IN IP4 192.0.2.1",
                "t=0 0", "m=audio 30000 RTP/AVP 18 8 96 0", "a=rtpmap:96 telephone-event/8000", "a=fmtp:96 0-15"));
        SessionDescription answer = OfferAnswer.audio()
                .answer(offer, Origin.ip4("-", 9, 9, "192.0.2.2"), "192.0.2.2", ports(40000)).orElseThrow();
        MediaDescription m = answer.media().get(0);
        assertEquals(List.of("8", "96", "0"), m.formats());
        assertEquals("0-15", m.fmtp("96"));
        assertEquals(new RtpMap(8, "PCMA", 8000, null), m.rtpMap("8"));
        assertEquals(new RtpMap(96, "telephone-event", 8000, null), m.rtpMap("96"));
        assertEquals(null, m.direction(), "sendrecv by default, as offered");
        assertEquals(List.of(), AnswerCheck.problems(offer, answer));
    }

    /**
     * RFC 3264 §5.1: "We refer to a stream as being marked with a certain direction if a direction attribute was
     * present as either a media stream attribute or a session attribute." §6.1: "If a stream is offered as sendonly,
     * the corresponding stream MUST be marked as recvonly or inactive in the answer."
     */
    @Test
    void aSessionLevelSendonlyIsAnsweredRecvonly() {
        SessionDescription offer = SessionDescription.parse(sdp("v=0", "o=- 5 5 IN IP4 192.0.2.1", "s=-", "c=IN IP4 192.0.2.1",
                "t=0 0", "a=sendonly", "m=audio 30000 RTP/AVP 0"));
        SessionDescription answer = OfferAnswer.audio().answer(offer, Origin.ip4("-", 9, 9, "192.0.2.2"), "192.0.2.2", ports(40000))
                .orElseThrow();
        assertEquals(Direction.RECVONLY, answer.media().get(0).direction());
        assertEquals(List.of(), AnswerCheck.problems(offer, answer));
    }

    /**
     * RFC 3264 §6: "If the answerer has no media formats in common for a particular offered stream, the answerer MUST
     * reject that media stream by setting the port to zero." "If there are no media formats in common for all streams,
     * the entire offered session is rejected."
     */
    @Test
    void streamsWithoutACommonCodecAreRejected() {
        SessionDescription offer = SessionDescription.parse(sdp("v=0", "o=- 5 5 IN IP4 192.0.2.1", "s=-", "c=IN IP4 192.0.2.1",
                "t=0 0", "m=video 30002 RTP/AVP 31", "m=audio 30000 RTP/AVP 18 0"));
        SessionDescription answer = OfferAnswer.audio().answer(offer, Origin.ip4("-", 9, 9, "192.0.2.2"), "192.0.2.2",
                ports(40002, 40000)).orElseThrow();
        assertEquals("video 0 RTP/AVP 31", answer.media().get(0).mediaLine());
        assertEquals("audio 40000 RTP/AVP 0", answer.media().get(1).mediaLine());

        SessionDescription g729Only = SessionDescription.parse(sdp("v=0", "o=- 5 5 IN IP4 192.0.2.1", "s=-",
                "c=IN IP4 192.0.2.1", "t=0 0", "m=audio 30000 RTP/AVP 18 101", "a=rtpmap:101 telephone-event/8000"));
        assertEquals(Optional.empty(), OfferAnswer.audio().answer(g729Only, Origin.ip4("-", 9, 9, "h"), "192.0.2.2", ports(4)));
    }

    /** This agent does unicast RTP/AVP only: other transports and multicast streams are rejected with port 0. */
    @Test
    void secureRtpAndMulticastStreamsAreRejected() {
        SessionDescription offer = SessionDescription.parse(sdp("v=0", "o=- 5 5 IN IP4 192.0.2.1", "s=-", "c=IN IP4 192.0.2.1",
                "t=0 0", "m=audio 30000 RTP/SAVP 0", "m=audio 30002 RTP/AVP 0", "c=IN IP4 224.2.17.12/127",
                "m=audio 30004 RTP/AVP 0"));
        SessionDescription answer = OfferAnswer.audio().answer(offer, Origin.ip4("-", 9, 9, "h"), "192.0.2.2", ports(1, 2, 3))
                .orElseThrow();
        assertEquals(List.of(0, 0, 3), answer.media().stream().map(MediaDescription::port).toList());
    }

    /** An offer with no m= line: RFC 3264 §6 "if the offer contained zero "m=" lines, the answer MUST contain zero "m=" lines." */
    @Test
    void anOfferWithoutStreamsGetsAnAnswerWithoutStreams() {
        SessionDescription offer = SessionDescription.parse(sdp("v=0", "o=- 5 5 IN IP4 192.0.2.1", "s=-", "t=0 0"));
        SessionDescription answer = OfferAnswer.audio().answer(offer, Origin.ip4("-", 9, 9, "h"), "192.0.2.2", ports()).orElseThrow();
        assertEquals(List.of(), answer.media());
    }

    /** Each RFC 3264 §6 / §6.1 / §8.2 rule an answer breaks is reported. */
    @Test
    void theCheckReportsEachBrokenRule() {
        SessionDescription offer = SessionDescription.parse(BOB_OFFER);
        // "The answer MUST contain exactly the same number of "m=" lines as the offer."
        assertEquals(1, AnswerCheck.problems(offer, SessionDescription.parse(BOB_ANSWER)).size());
        String bad = sdp(
                "v=0",
                "o=alice 2890844526 2890844527 IN IP4 host.anywhere.com",
                "s=",
                "c=IN IP4 host.anywhere.com",
                "t=1 2",
                "m=audio 49170 RTP/AVP 8",
                "a=rtpmap:8 PCMA/8000",
                "m=video 5000 RTP/AVP 31",
                "m=audio 53000 RTP/AVP 32",
                "m=audio 53122 RTP/AVP 110",
                "a=recvonly");
        List<String> problems = AnswerCheck.problems(offer, SessionDescription.parse(bad));
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("t= differs"), problems.get(0));
        assertTrue(problems.get(1).contains("no format of the offer"), problems.get(1));
        assertTrue(problems.get(2).contains("offered with port 0"), problems.get(2));
        assertTrue(problems.get(3).contains("media type audio answers video"), problems.get(3));
        assertTrue(problems.get(4).contains("recvonly answers recvonly"), problems.get(4));
        assertTrue(problems.get(5).contains("no rtpmap for dynamic payload type 110"), problems.get(5));
    }
}
