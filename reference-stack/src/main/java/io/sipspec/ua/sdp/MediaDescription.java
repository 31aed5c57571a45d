package io.sipspec.ua.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * A media description (RFC 4566 §5.14): the {@code m=} line, {@code m=<media> <port> <proto> <fmt> ...}, and the
 * lines after it up to the next {@code m=} line ({@code i= c= b= k= a=}), kept in order. Immutable.
 */
public final class MediaDescription {

    private final String media;
    private final int port;
    private final int portCount;
    private final String proto;
    private final List<String> formats;
    private final List<SdpField> fields;
    private final Connection connection;
    private final List<Attribute> attributes;

    private MediaDescription(String media, int port, int portCount, String proto, List<String> formats, List<SdpField> fields,
            int firstLine) {
        this.media = media;
        this.port = port;
        this.portCount = portCount;
        this.proto = proto;
        this.formats = List.copyOf(formats);
        this.fields = List.copyOf(fields);
        Connection c = null;
        List<Attribute> attrs = new ArrayList<>();
        for (int i = 0; i < this.fields.size(); i++) {
            SdpField f = this.fields.get(i);
            int line = firstLine == 0 ? 0 : firstLine + 1 + i;
            switch (f.type()) {
                case 'c' -> c = Connection.parse(f.value(), line);
                case 'a' -> attrs.add(Attribute.parse(f.value(), line));
                case 'i', 'b', 'k' -> { }
                default -> throw new SdpParseException("'" + f.type() + "=' is not a media-level line", line);
            }
        }
        this.connection = c;
        this.attributes = List.copyOf(attrs);
    }

    /** {@code m=<media> <port> <proto> <fmt> ...} with the lines that follow it. */
    static MediaDescription parse(String mLine, List<SdpField> fields, int line) {
        String[] f = Sdp.words(mLine, 4, "m=", line);
        String portText = f[1];
        int slash = portText.indexOf('/');
        int port = Sdp.smallNumber(slash < 0 ? portText : portText.substring(0, slash), "port", line);
        int count = slash < 0 ? -1 : Sdp.smallNumber(portText.substring(slash + 1), "number of ports", line);
        if (port > 65535) {
            throw new SdpParseException("port out of range: " + port, line);
        }
        return new MediaDescription(f[0], port, count, f[2], List.of(f).subList(3, f.length), fields, line);
    }

    public static Builder builder(String media, int port, String proto, List<String> formats) {
        return new Builder(media, port, proto, formats);
    }

    /** The media type: audio, video, text, application, message. */
    public String media() {
        return media;
    }

    /** The transport port; 0 for a rejected or disabled stream (RFC 3264 §5.1, §6). */
    public int port() {
        return port;
    }

    /** The {@code /<number of ports>} of the m= line, or -1. */
    public int portCount() {
        return portCount;
    }

    /** The transport protocol, e.g. RTP/AVP. */
    public String proto() {
        return proto;
    }

    /** The media formats (RTP payload types for RTP/AVP), in order of preference. */
    public List<String> formats() {
        return formats;
    }

    /** The lines after the m= line, in order. */
    public List<SdpField> fields() {
        return fields;
    }

    /** The media-level c= line, or null. */
    public Connection connection() {
        return connection;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /** The value of the first attribute called {@code name} (empty for a property attribute), or null. */
    public String attribute(String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) {
                return a.value() == null ? "" : a.value();
            }
        }
        return null;
    }

    /** The media-level direction attribute, or null. */
    public Direction direction() {
        return Direction.in(attributes);
    }

    public boolean isRtp() {
        return proto.startsWith("RTP/");
    }

    /**
     * The format {@code fmt} maps to: its {@code a=rtpmap}, or for a static RTP payload type without one the profile's
     * mapping; null if neither names it. RFC 4566 §6: "Up to one rtpmap attribute can be defined for each media
     * format specified."
     */
    public RtpMap rtpMap(String fmt) {
        for (Attribute a : attributes) {
            if (a.name().equals("rtpmap") && a.value() != null && a.value().startsWith(fmt + " ")) {
                return RtpMap.parse(a.value());
            }
        }
        if (isRtp() && fmt.chars().allMatch(Character::isDigit) && fmt.length() <= 3) {
            return StaticPayloadTypes.of(Integer.parseInt(fmt));
        }
        return null;
    }

    /**
     * The format specific parameters of {@code fmt} (RFC 4566 §6 {@code a=fmtp:<format> <format specific
     * parameters>}; "At most one instance of this attribute is allowed for each format."), or null.
     */
    public String fmtp(String fmt) {
        for (Attribute a : attributes) {
            if (a.name().equals("fmtp") && a.value() != null && a.value().startsWith(fmt + " ")) {
                return a.value().substring(fmt.length() + 1);
            }
        }
        return null;
    }

    /** The m= line's value. */
    public String mediaLine() {
        StringBuilder b = new StringBuilder(media).append(' ').append(port);
        if (portCount >= 0) {
            b.append('/').append(portCount);
        }
        b.append(' ').append(proto);
        for (String f : formats) {
            b.append(' ').append(f);
        }
        return b.toString();
    }

    void appendTo(StringBuilder out) {
        out.append("m=").append(mediaLine()).append("\r\n");
        for (SdpField f : fields) {
            out.append(f).append("\r\n");
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        appendTo(b);
        return b.toString();
    }

    /** Collects a media description's lines in the order of RFC 4566 §5: c=, then a=. */
    public static final class Builder {
        private final String media;
        private final int port;
        private final String proto;
        private final List<String> formats;
        private Connection connection;
        private final List<Attribute> attributes = new ArrayList<>();

        private Builder(String media, int port, String proto, List<String> formats) {
            this.media = media;
            this.port = port;
            this.proto = proto;
            this.formats = List.copyOf(formats);
        }

        public Builder connection(Connection c) {
            this.connection = c;
            return this;
        }

        public Builder attribute(Attribute a) {
            attributes.add(a);
            return this;
        }

        /**
         * @throws IllegalArgumentException without formats: RFC 3264 §6 "Any media formats listed are ignored.  At
         *                                  least one MUST be present, as specified by SDP."
         */
        public MediaDescription build() {
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("an m= line needs at least one format");
            }
            List<SdpField> fields = new ArrayList<>();
            if (connection != null) {
                fields.add(new SdpField('c', connection.toString()));
            }
            for (Attribute a : attributes) {
                fields.add(new SdpField('a', a.toString()));
            }
            return new MediaDescription(media, port, -1, proto, formats, fields, 0);
        }
    }
}
