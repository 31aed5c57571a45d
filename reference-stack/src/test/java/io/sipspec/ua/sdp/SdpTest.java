package io.sipspec.ua.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SdpTest {

    /** RFC 4566 §5: "An example SDP description is:" (quoted from the RFC, with CRLF line ends). */
    static final String RFC4566_EXAMPLE = String.join("\r\n",
            "v=0",
            "o=jdoe 2890844526 2890842807 IN IP4 10.47.16.5",
            "s=SDP Seminar",
            "i=A Seminar on the session description protocol",
            "u=http://www.example.com/seminars/sdp.pdf",
            "e=j.doe@example.com (Jane Doe)",
            "c=IN IP4 224.2.17.12/127",
            "t=2873397496 2873404696",
            "a=recvonly",
            "m=audio 49170 RTP/AVP 0",
            "m=video 51372 RTP/AVP 99",
            "a=rtpmap:99 h263-1998/90000") + "\r\n";

    @Test
    void theRfc4566ExampleParses() {
        SessionDescription d = SessionDescription.parse(RFC4566_EXAMPLE);
        assertEquals(new Origin("jdoe", 2890844526L, 2890842807L, "IN", "IP4", "10.47.16.5"), d.origin());
        assertEquals("SDP Seminar", d.sessionName());
        assertEquals(new Connection("IN", "IP4", "224.2.17.12/127"), d.connection());
        assertTrue(d.connection().isMulticast());
        assertEquals(List.of("2873397496 2873404696"), d.times());
        assertEquals(2, d.media().size());
        MediaDescription audio = d.media().get(0);
        assertEquals("audio", audio.media());
        assertEquals(49170, audio.port());
        assertEquals("RTP/AVP", audio.proto());
        assertEquals(List.of("0"), audio.formats());
        MediaDescription video = d.media().get(1);
        assertEquals(new RtpMap(99, "h263-1998", 90000, null), video.rtpMap("99"));
        assertEquals(9, d.fields().size(), "v o s i u e c t a");
        assertEquals(List.of(), audio.fields());
        assertEquals(List.of(new SdpField('a', "rtpmap:99 h263-1998/90000")), video.fields());
    }

    /**
     * RFC 4566 §5: "The connection ("c=") and attribute ("a=") information in the session-level section applies to all
     * the media of that session unless overridden by connection information or an attribute of the same name in the
     * media description.  For instance, in the example below, each media behaves as if it were given a "recvonly"
     * attribute."
     */
    @Test
    void sessionLevelDirectionAndConnectionApplyToEachMedia() {
        SessionDescription d = SessionDescription.parse(RFC4566_EXAMPLE);
        assertEquals(Direction.RECVONLY, d.direction(0));
        assertEquals(Direction.RECVONLY, d.direction(1));
        assertNull(d.media().get(0).direction());
        assertEquals(d.connection(), d.connection(1));
    }

    /** A description re-serializes to the text it was read from (CRLF line ends). */
    @Test
    void parseThenSerializeGivesTheSameText() {
        assertEquals(RFC4566_EXAMPLE, SessionDescription.parse(RFC4566_EXAMPLE).toString());
    }

    /** RFC 4566 §5: "parsers SHOULD be tolerant and also accept records terminated with a single newline character." */
    @Test
    void lineFeedAloneEndsARecordToo() {
        SessionDescription lf = SessionDescription.parse(RFC4566_EXAMPLE.replace("\r\n", "\n"));
        assertEquals(RFC4566_EXAMPLE, lf.toString());
    }

    /** RFC 4566 §6: "a=rtpmap:<payload type> <encoding name>/<clock rate> [/<encoding parameters>]", e.g. "a=rtpmap:98 L16/16000/2". */
    @Test
    void rtpmapWithChannels() {
        RtpMap m = RtpMap.parse("98 L16/16000/2");
        assertEquals(new RtpMap(98, "L16", 16000, "2"), m);
        assertEquals(2, m.channels());
        assertEquals("98 L16/16000/2", m.toString());
        assertEquals(1, RtpMap.parse("0 PCMU/8000").channels());
        assertTrue(RtpMap.parse("0 pcmu/8000").sameFormat(RtpMap.parse("8 PCMU/8000")));
        assertFalse(RtpMap.parse("97 L16/8000").sameFormat(RtpMap.parse("98 L16/16000/2")));
    }

    /**
     * RFC 4566 §6: "As an example of a static payload type, consider u-law PCM coded single-channel audio sampled at
     * 8 kHz.  This is completely defined in the RTP Audio/Video profile as payload type 0, so there is no need for an
     * "a=rtpmap:" attribute".
     */
    @Test
    void aStaticPayloadTypeWithoutRtpmapUsesTheProfile() {
        SessionDescription d = SessionDescription.parse(RFC4566_EXAMPLE);
        assertEquals(new RtpMap(0, "PCMU", 8000, null), d.media().get(0).rtpMap("0"));
        assertNull(d.media().get(1).rtpMap("98"));
    }

    /** RFC 4566 §6: "a=fmtp:<format> <format specific parameters>". */
    @Test
    void fmtpByFormat() {
        SessionDescription d = SessionDescription.parse("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=ptime:20\r\n");
        MediaDescription m = d.media().get(0);
        assertEquals("0-15", m.fmtp("101"));
        assertNull(m.fmtp("0"));
        assertEquals("20", m.attribute("ptime"));
        assertFalse(d.connection().isMulticast());
    }

    /**
     * RFC 4566 §5: "an SDP parser MUST completely ignore any session description that contains a type letter that it
     * does not understand."
     */
    @Test
    void anUnknownTypeLetterRejectsTheDescription() {
        SdpParseException e = assertThrows(SdpParseException.class,
                () -> SessionDescription.parse(RFC4566_EXAMPLE.replace("a=recvonly", "x=recvonly")));
        assertEquals(9, e.line());
    }

    /** RFC 4566 §5: "Whitespace MUST NOT be used on either side of the "=" sign." */
    @Test
    void whiteSpaceAroundTheEqualsSignIsRejected() {
        assertThrows(SdpParseException.class, () -> SessionDescription.parse(RFC4566_EXAMPLE.replace("t=2873397496", "t= 2873397496")));
        assertThrows(SdpParseException.class, () -> SessionDescription.parse(RFC4566_EXAMPLE.replace("t=2873397496", "t =2873397496")));
    }

    /** RFC 4566 §5.3: "There MUST be one and only one "s=" field per session description." §5: v=, o=, s= and t= are required. */
    @Test
    void requiredLinesMustBePresentOnce() {
        assertThrows(SdpParseException.class, () -> SessionDescription.parse(RFC4566_EXAMPLE.replace("s=SDP Seminar\r\n", "")));
        assertThrows(SdpParseException.class, () -> SessionDescription.parse(RFC4566_EXAMPLE.replace("s=SDP Seminar\r\n", "s=a\r\ns=b\r\n")));
        assertThrows(SdpParseException.class, () -> SessionDescription.parse(RFC4566_EXAMPLE.replace("t=2873397496 2873404696\r\n", "")));
        assertThrows(SdpParseException.class, () -> SessionDescription.parse(RFC4566_EXAMPLE.substring(5)));
        // §5.1: "This memo defines version 0."
        assertThrows(SdpParseException.class, () -> SessionDescription.parse(RFC4566_EXAMPLE.replace("v=0", "v=1")));
        assertThrows(SdpParseException.class, () -> SessionDescription.parse("v=0\r\no=jdoe x 1 IN IP4 h\r\ns=-\r\nt=0 0\r\n"));
    }

    /** RFC 3264 §5: "an SDP message used in the offer/answer model MUST contain exactly one session description." */
    @Test
    void aSecondSessionDescriptionIsRejected() {
        SdpParseException e = assertThrows(SdpParseException.class, () -> SessionDescription.parse(RFC4566_EXAMPLE + RFC4566_EXAMPLE));
        assertEquals(13, e.line());
    }

    /** RFC 4566 §5.14: "m=<media> <port>/<number of ports> <proto> <fmt> ...", e.g. "m=video 49170/2 RTP/AVP 31". */
    @Test
    void aMediaLineWithANumberOfPorts() {
        SessionDescription d = SessionDescription.parse("v=0\r\no=- 1 1 IN IP4 h\r\ns= \r\nc=IN IP4 224.2.1.1/127/2\r\nt=0 0\r\n"
                + "m=video 49170/2 RTP/AVP 31\r\n");
        MediaDescription m = d.media().get(0);
        assertEquals(49170, m.port());
        assertEquals(2, m.portCount());
        assertEquals("video 49170/2 RTP/AVP 31", m.mediaLine());
        assertEquals(" ", d.sessionName());
        assertThrows(SdpParseException.class, () -> SessionDescription.parse("v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nt=0 0\r\nm=audio 70000 RTP/AVP 0\r\n"));
        assertThrows(SdpParseException.class, () -> SessionDescription.parse("v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nt=0 0\r\nm=audio 4000 RTP/AVP\r\n"));
    }

    /** The builder writes the lines in the order of RFC 4566 §5 (v o s c t a, then m and its c a), parsed back equal. */
    @Test
    void builtDescriptionsParseBack() {
        SessionDescription d = SessionDescription.builder(Origin.ip4("-", 7, 7, "192.0.2.1"))
                .connection(Connection.ip4("192.0.2.1"))
                .attribute(Attribute.property("sendrecv"))
                .media(MediaDescription.builder("audio", 4000, "RTP/AVP", List.of("0"))
                        .attribute(new RtpMap(0, "PCMU", 8000, null).attribute()).build())
                .build();
        assertEquals("v=0\r\no=- 7 7 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\na=sendrecv\r\n"
                + "m=audio 4000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n", d.toString());
        assertEquals(d, SessionDescription.parse(d.toByteArray()));
    }

    @Test
    void ipv6ConnectionsAndOriginVersions() {
        assertEquals(new Connection("IN", "IP6", "2001:db8::1"), Connection.of("2001:db8::1"));
        assertTrue(Connection.of("ff02::1").isMulticast());
        assertFalse(Connection.of("host.example.com").isMulticast());
        assertEquals(8, Origin.ip4("-", 7, 7, "h").nextVersion().sessionVersion());
    }
}
