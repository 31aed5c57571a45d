package io.sipspec.ua.sdp;

import java.util.Locale;

/**
 * RFC 4566 §6: {@code a=rtpmap:<payload type> <encoding name>/<clock rate> [/<encoding parameters>]}. "For audio
 * streams, <encoding parameters> indicates the number of audio channels.  This parameter is OPTIONAL and may be omitted
 * if the number of channels is one, provided that no additional parameters are needed."
 *
 * @param payloadType        the RTP payload type number
 * @param encodingName       the encoding name, e.g. PCMU
 * @param clockRate          the clock rate in Hz
 * @param encodingParameters the encoding parameters (channels for audio), or null
 */
public record RtpMap(int payloadType, String encodingName, int clockRate, String encodingParameters) {

    public static RtpMap parse(String value) {
        return parse(value, 0);
    }

    static RtpMap parse(String value, int line) {
        String[] f = Sdp.words(value, 2, "a=rtpmap", line);
        String[] enc = f[1].split("/", 3);
        if (enc.length < 2 || enc[0].isEmpty()) {
            throw new SdpParseException("a=rtpmap needs <encoding name>/<clock rate>: '" + value + "'", line);
        }
        return new RtpMap(Sdp.smallNumber(f[0], "payload type", line), enc[0], Sdp.smallNumber(enc[1], "clock rate", line),
                enc.length > 2 ? enc[2] : null);
    }

    /** The number of channels the encoding parameters give; 1 when absent. */
    public int channels() {
        if (encodingParameters == null) {
            return 1;
        }
        try {
            return Integer.parseInt(encodingParameters);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Whether both name the same format: encoding names compare case-insensitively (RFC 4566 §6: the "RTP/AVP" and
     * "RTP/SAVP" profiles "use media subtypes for encoding names", and media subtypes are case-insensitive), clock
     * rates and channels exactly. The payload type does not matter.
     */
    public boolean sameFormat(RtpMap other) {
        return encodingName.toLowerCase(Locale.ROOT).equals(other.encodingName.toLowerCase(Locale.ROOT))
                && clockRate == other.clockRate && channels() == other.channels();
    }

    /** The same format under another payload type number. */
    public RtpMap withPayloadType(int pt) {
        return new RtpMap(pt, encodingName, clockRate, encodingParameters);
    }

    /** The attribute {@code a=rtpmap:...}. */
    public Attribute attribute() {
        return new Attribute("rtpmap", toString());
    }

    @Override
    public String toString() {
        return payloadType + " " + encodingName + '/' + clockRate + (encodingParameters == null ? "" : "/" + encodingParameters);
    }
}
