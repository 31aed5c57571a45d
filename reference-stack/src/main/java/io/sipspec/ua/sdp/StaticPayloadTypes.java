package io.sipspec.ua.sdp;

import java.util.Map;

/**
 * The static RTP/AVP payload types of RFC 3551 §6 (Tables 4 and 5) an agent is likely to meet, for media descriptions
 * that list a static payload type without an rtpmap. RFC 3264 §5.1: "If there is no "a=rtpmap", the default payload
 * type mapping, as defined by the current profile in use (for example, RFC 1890 [5]) is to be used."
 */
final class StaticPayloadTypes {

    private static final Map<Integer, RtpMap> TABLE = Map.ofEntries(
            Map.entry(0, new RtpMap(0, "PCMU", 8000, null)),
            Map.entry(3, new RtpMap(3, "GSM", 8000, null)),
            Map.entry(4, new RtpMap(4, "G723", 8000, null)),
            Map.entry(8, new RtpMap(8, "PCMA", 8000, null)),
            Map.entry(9, new RtpMap(9, "G722", 8000, null)),
            Map.entry(13, new RtpMap(13, "CN", 8000, null)),
            Map.entry(18, new RtpMap(18, "G729", 8000, null)),
            Map.entry(26, new RtpMap(26, "JPEG", 90000, null)),
            Map.entry(31, new RtpMap(31, "H261", 90000, null)),
            Map.entry(32, new RtpMap(32, "MPV", 90000, null)),
            Map.entry(34, new RtpMap(34, "H263", 90000, null)));

    private StaticPayloadTypes() {
    }

    /** The static mapping of {@code payloadType}, or null. */
    static RtpMap of(int payloadType) {
        return TABLE.get(payloadType);
    }

    /** Payload types 96 to 127 are the dynamic range of RFC 3551; those need an rtpmap. */
    static boolean isDynamic(int payloadType) {
        return payloadType >= 96 && payloadType <= 127;
    }
}
