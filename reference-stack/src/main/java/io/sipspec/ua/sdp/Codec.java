package io.sipspec.ua.sdp;

import java.util.Locale;
import java.util.Objects;

/**
 * A media format an agent can send and receive: its media type, its rtpmap (payload type it prefers, encoding name,
 * clock rate, channels) and its format parameters.
 *
 * @param media  the media type, e.g. audio
 * @param rtpMap the preferred payload type and the encoding
 * @param fmtp   the format specific parameters this agent offers, or null
 */
public record Codec(String media, RtpMap rtpMap, String fmtp) {

    /** G.711 µ-law, static payload type 0. */
    public static final Codec PCMU = new Codec("audio", new RtpMap(0, "PCMU", 8000, null), null);
    /** G.711 A-law, static payload type 8. */
    public static final Codec PCMA = new Codec("audio", new RtpMap(8, "PCMA", 8000, null), null);
    /** DTMF events (RFC 4733), dynamic payload type 101, events 0-16 (the digits, * , #, A-D and flash). */
    public static final Codec TELEPHONE_EVENT = new Codec("audio", new RtpMap(101, "telephone-event", 8000, null), "0-16");

    public Codec {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(rtpMap, "rtpMap");
    }

    /**
     * Whether the format carries no media of its own (DTMF events, comfort noise): an answerer does not accept a stream
     * offered with media formats on these alone, since it would have nothing to play.
     */
    public boolean isAuxiliary() {
        return isAuxiliary(rtpMap);
    }

    static boolean isAuxiliary(RtpMap map) {
        String name = map.encodingName().toLowerCase(Locale.ROOT);
        return name.equals("telephone-event") || name.equals("telephone-events") || name.equals("cn");
    }

    /** Whether {@code offered}, a format of an m= line of type {@code offeredMedia}, is this codec. */
    public boolean matches(String offeredMedia, RtpMap offered) {
        return media.equals(offeredMedia) && rtpMap.sameFormat(offered);
    }
}
