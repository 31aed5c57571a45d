package io.sipspec.ua.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * The offer/answer model of RFC 3264 for unicast RTP/AVP streams: builds an audio offer (§5), answers an offer (§6,
 * §6.1) with the {@link Codec}s this agent supports, and checks an answer against its offer ({@link AnswerCheck}).
 * Multicast streams (§5.2, §6.2) and transports other than RTP/AVP are rejected (port 0) in answers. Immutable.
 */
public final class OfferAnswer {

    /** RFC 4566 §5.2 suggests an NTP timestamp for the session id; NTP seconds are Unix seconds plus this. */
    private static final long NTP_UNIX_OFFSET = 2208988800L;
    static final String RTP_AVP = "RTP/AVP";

    private final List<Codec> codecs;

    /** An agent supporting {@code codecs}, in order of preference. */
    public OfferAnswer(List<Codec> codecs) {
        this.codecs = List.copyOf(codecs);
    }

    /** PCMU/0, PCMA/8 and telephone-event/101: what every SIP phone takes. */
    public static OfferAnswer audio() {
        return new OfferAnswer(List.of(Codec.PCMU, Codec.PCMA, Codec.TELEPHONE_EVENT));
    }

    public List<Codec> codecs() {
        return codecs;
    }

    /**
     * An offer with one sendrecv audio stream at {@code address}:{@code port}, with an origin whose id and version
     * are the current NTP time in seconds (RFC 4566 §5.2: "it has been suggested that a Network Time Protocol (NTP)
     * format timestamp be used to ensure uniqueness").
     */
    public SessionDescription offer(String address, int port) {
        long ntp = System.currentTimeMillis() / 1000 + NTP_UNIX_OFFSET;
        Connection c = Connection.of(address);
        return offer(new Origin("-", ntp, ntp, c.netType(), c.addrType(), address), address, port);
    }

    /**
     * An offer with one sendrecv audio stream (RFC 3264 §5, §5.1) listing the audio codecs in order: "In all cases,
     * the formats in the "m=" line MUST be listed in order of preference, with the first format listed being
     * preferred." "In the case of RTP streams, all media descriptions SHOULD contain "a=rtpmap" mappings from RTP
     * payload types to encodings." The sendrecv attribute is written although it is the default ("it MAY include an
     * "a=sendrecv" attribute, or it MAY omit it, since sendrecv is the default").
     */
    public SessionDescription offer(Origin origin, String address, int port) {
        List<String> formats = new ArrayList<>();
        List<Codec> audio = new ArrayList<>();
        for (Codec c : codecs) {
            if (c.media().equals("audio")) {
                formats.add(Integer.toString(c.rtpMap().payloadType()));
                audio.add(c);
            }
        }
        MediaDescription.Builder m = MediaDescription.builder("audio", port, RTP_AVP, formats);
        for (Codec c : audio) {
            m.attribute(c.rtpMap().attribute());
        }
        for (Codec c : audio) {
            if (c.fmtp() != null) {
                m.attribute(new Attribute("fmtp", c.rtpMap().payloadType() + " " + c.fmtp()));
            }
        }
        m.attribute(Direction.SENDRECV.attribute());
        // RFC 3264 §5: "the "t=" line SHOULD have a value of "0 0"."
        return SessionDescription.builder(origin).connection(Connection.of(address)).time("0 0").media(m.build()).build();
    }

    /**
     * The answer to {@code offer} (RFC 3264 §6), or empty when the whole offer is rejected: "If there are no media
     * formats in common for all streams, the entire offered session is rejected." (RFC 3261 §13.3.1.3: "A UAS
     * rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response.")
     *
     * @param origin  the answerer's o= line
     * @param address where the answerer receives media (the session-level c= line)
     * @param ports   the port for the accepted stream at each m= line index
     */
    public Optional<SessionDescription> answer(SessionDescription offer, Origin origin, String address, IntUnaryOperator ports) {
        // §6: "The "t=" line in the answer MUST equal that of the offer."
        SessionDescription.Builder b = SessionDescription.builder(origin).connection(Connection.of(address));
        offer.times().forEach(b::time);
        // "For each "m=" line in the offer, there MUST be a corresponding "m=" line in the answer.  The answer MUST
        // contain exactly the same number of "m=" lines as the offer."
        int accepted = 0;
        for (int i = 0; i < offer.media().size(); i++) {
            MediaDescription m = answerStream(offer, i, ports);
            if (m.port() != 0) {
                accepted++;
            }
            b.media(m);
        }
        if (accepted == 0 && !offer.media().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(b.build());
    }

    /**
     * An answer that rejects every stream of {@code offer}: each m= line with port zero (RFC 3264 §6: "An offered stream
     * MAY be rejected in the answer, for any reason." "To reject an offered stream, the port number in the
     * corresponding stream in the answer MUST be set to zero."). It is a valid answer to an offer this agent cannot
     * take, as RFC 3261 §13.2.2.4 needs: "If the offer in the 2xx response is not acceptable, the UAC core MUST
     * generate a valid answer in the ACK and then send a BYE immediately."
     */
    public SessionDescription rejection(SessionDescription offer, Origin origin, String address) {
        SessionDescription.Builder b = SessionDescription.builder(origin).connection(Connection.of(address));
        // §6: "The "t=" line in the answer MUST equal that of the offer."
        offer.times().forEach(b::time);
        offer.media().forEach(m -> b.media(rejected(m)));
        return b.build();
    }

    private MediaDescription answerStream(SessionDescription offer, int index, IntUnaryOperator ports) {
        MediaDescription offered = offer.media().get(index);
        Connection c = offer.connection(index);
        // RFC 3264 §8.2: "A stream that is offered with a port of zero MUST be marked with port zero in the answer."
        if (offered.port() == 0 || !RTP_AVP.equals(offered.proto()) || c == null || c.isMulticast()) {
            return rejected(offered);
        }
        // §6.1: "Although the answerer MAY list the formats in their desired order of preference, it is RECOMMENDED
        // that unless there is a specific reason, the answerer list formats in the same relative order they were
        // present in the offer." "In the case of RTP, if a particular codec was referenced with a specific payload
        // type number in the offer, that same payload type number SHOULD be used for that codec in the answer."
        List<String> formats = new ArrayList<>();
        List<RtpMap> maps = new ArrayList<>();
        boolean offeredMedia = false;
        boolean commonMedia = false;
        for (String fmt : offered.formats()) {
            RtpMap map = offered.rtpMap(fmt);
            boolean auxiliary = map != null && Codec.isAuxiliary(map);
            offeredMedia |= !auxiliary;
            Codec codec = map == null ? null : supported(offered.media(), map);
            if (codec != null && !formats.contains(fmt)) {
                formats.add(fmt);
                maps.add(map);
                commonMedia |= !auxiliary;
            }
        }
        // §6: "If the answerer has no media formats in common for a particular offered stream, the answerer MUST
        // reject that media stream by setting the port to zero." And "An offered stream MAY be rejected in the answer,
        // for any reason": a stream offered with a voice codec, of which only telephone-event is common, would carry
        // no voice, so it is rejected too. A stream offered with events alone (RFC 3264 §10.1) is accepted.
        if (formats.isEmpty() || offeredMedia && !commonMedia) {
            return rejected(offered);
        }
        MediaDescription.Builder m = MediaDescription.builder(offered.media(), ports.applyAsInt(index), RTP_AVP, formats);
        // §6.1: "the answer MUST contain rtpmap attributes to define the payload type mappings for dynamic payload
        // types, and SHOULD contain mappings for static payload types."
        for (RtpMap map : maps) {
            m.attribute(map.attribute());
        }
        // "the same fmtp parameters with the same values MUST be present in the answer if the media format they
        // describe is present in the answer": the offer's are copied.
        for (String fmt : formats) {
            String fmtp = offered.fmtp(fmt);
            if (fmtp != null) {
                m.attribute(new Attribute("fmtp", fmt + " " + fmtp));
            }
        }
        Direction marked = offer.markedDirection(index);
        if (marked != null) {
            m.attribute(marked.mirror().attribute());
        }
        return m.build();
    }

    /** §6: "To reject an offered stream, the port number in the corresponding stream in the answer MUST be set to zero." */
    private static MediaDescription rejected(MediaDescription offered) {
        return MediaDescription.builder(offered.media(), 0, offered.proto(), offered.formats()).build();
    }

    private Codec supported(String media, RtpMap offered) {
        for (Codec c : codecs) {
            if (c.matches(media, offered)) {
                return c;
            }
        }
        return null;
    }
}
