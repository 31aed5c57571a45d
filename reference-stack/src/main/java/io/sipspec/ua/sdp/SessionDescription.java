package io.sipspec.ua.sdp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A session description (RFC 4566): the session-level lines, from {@code v=} to the first {@code m=}, and the media
 * descriptions. Immutable. Lines are kept as they were read, so {@link #toString()} gives back a parsed description
 * (with CRLF line ends); typed views ({@link #origin()}, {@link #connection()}, {@link #attributes()}) are parsed from
 * them.
 *
 * <p>The parser is lenient where the RFC asks it to be, and where real offers need it: records may end in LF alone
 * (§5: "parsers SHOULD be tolerant and also accept records terminated with a single newline character"), blank lines
 * are skipped, runs of spaces separate sub-fields, the order of the session-level lines is not checked beyond
 * {@code v=} first, and an empty {@code s=} is accepted (the examples of RFC 3264 §10 have one). It is strict where the
 * RFC is: an unknown type letter rejects the whole description, as do a missing {@code o=}, {@code s=} or {@code t=},
 * and a second {@code v=}.
 */
public final class SessionDescription {

    /** §5: the session-level type letters. */
    private static final String SESSION_TYPES = "vosiuepcbtrzka";

    private final List<SdpField> fields;
    private final List<MediaDescription> media;
    private final Origin origin;
    private final String sessionName;
    private final Connection connection;
    private final List<String> times;
    private final List<Attribute> attributes;

    private SessionDescription(List<SdpField> fields, List<MediaDescription> media, int[] lines) {
        this.fields = List.copyOf(fields);
        this.media = List.copyOf(media);
        Origin o = null;
        String s = null;
        Connection c = null;
        List<String> t = new ArrayList<>();
        List<Attribute> a = new ArrayList<>();
        for (int i = 0; i < this.fields.size(); i++) {
            SdpField f = this.fields.get(i);
            int line = lines == null ? 0 : lines[i];
            switch (f.type()) {
                case 'v' -> {
                    // §5.1: "This memo defines version 0.  There is no minor version number."
                    if (i != 0 || !f.value().equals("0")) {
                        throw new SdpParseException(i != 0 ? "v= must be the first line" : "unknown SDP version " + f.value(), line);
                    }
                }
                case 'o' -> o = once(o, Origin.parse(f.value(), line), "o=", line);
                case 's' -> s = once(s, f.value(), "s=", line);
                case 'c' -> c = once(c, Connection.parse(f.value(), line), "c=", line);
                case 't' -> t.add(f.value());
                case 'a' -> a.add(Attribute.parse(f.value(), line));
                default -> { }
            }
        }
        if (this.fields.isEmpty() || this.fields.get(0).type() != 'v') {
            throw new SdpParseException("a session description starts with v=", 0);
        }
        // §5.3: "There MUST be one and only one "s=" field per session description."
        if (o == null || s == null || t.isEmpty()) {
            throw new SdpParseException("missing " + (o == null ? "o=" : s == null ? "s=" : "t="), 0);
        }
        this.origin = o;
        this.sessionName = s;
        this.connection = c;
        this.times = List.copyOf(t);
        this.attributes = List.copyOf(a);
    }

    private static <T> T once(T previous, T value, String what, int line) {
        if (previous != null) {
            throw new SdpParseException("more than one session-level " + what, line);
        }
        return value;
    }

    public static SessionDescription parse(byte[] body) {
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    /**
     * Parses one session description.
     *
     * @throws SdpParseException if it does not follow RFC 4566
     */
    public static SessionDescription parse(String text) {
        List<SdpField> session = new ArrayList<>();
        List<Integer> sessionLines = new ArrayList<>();
        List<MediaDescription> media = new ArrayList<>();
        String mLine = null;
        int mLineNumber = 0;
        List<SdpField> mFields = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String raw = lines[n];
            int lineNumber = n + 1;
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isEmpty()) {
                continue;
            }
            SdpField f = field(line, lineNumber);
            if (f.type() == 'm') {
                if (mLine != null) {
                    media.add(MediaDescription.parse(mLine, mFields, mLineNumber));
                }
                mLine = f.value();
                mLineNumber = lineNumber;
                mFields = new ArrayList<>();
            } else if (f.type() == 'v' && !session.isEmpty()) {
                // RFC 3264 §5: "an SDP message used in the offer/answer model MUST contain exactly one session
                // description."
                throw new SdpParseException("a second session description", lineNumber);
            } else if (mLine != null) {
                mFields.add(f);
            } else {
                session.add(f);
                sessionLines.add(lineNumber);
            }
        }
        if (mLine != null) {
            media.add(MediaDescription.parse(mLine, mFields, mLineNumber));
        }
        return new SessionDescription(session, media, sessionLines.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * One {@code <type>=<value>} line. §5: "Whitespace MUST NOT be used on either side of the "=" sign." "The set of
     * type letters is deliberately small and not intended to be extensible -- an SDP parser MUST completely ignore any
     * session description that contains a type letter that it does not understand."
     */
    private static SdpField field(String line, int lineNumber) {
        if (line.length() < 2 || line.charAt(1) != '=') {
            throw new SdpParseException("expected <type>=<value>: '" + line + "'", lineNumber);
        }
        char type = line.charAt(0);
        if (type != 'm' && SESSION_TYPES.indexOf(type) < 0) {
            throw new SdpParseException("unknown type letter '" + type + "'", lineNumber);
        }
        String value = line.substring(2);
        if (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(0) == '\t') && type != 's') {
            throw new SdpParseException("white space after '='", lineNumber);
        }
        if (value.indexOf('\0') >= 0 || value.indexOf('\r') >= 0) {
            throw new SdpParseException("NUL or CR in a value", lineNumber);
        }
        return new SdpField(type, value);
    }

    public static Builder builder(Origin origin) {
        return new Builder(origin);
    }

    /** The session-level lines, v= first, in order. */
    public List<SdpField> fields() {
        return fields;
    }

    public Origin origin() {
        return origin;
    }

    public String sessionName() {
        return sessionName;
    }

    /** The session-level c= line, or null. */
    public Connection connection() {
        return connection;
    }

    /** The values of the t= lines, in order (RFC 3264 §5: "0 0" for unicast sessions). */
    public List<String> times() {
        return times;
    }

    /** The session-level attributes. */
    public List<Attribute> attributes() {
        return attributes;
    }

    public List<MediaDescription> media() {
        return media;
    }

    /**
     * The connection of media description {@code index}: its own c= line, else the session-level one (RFC 4566 §5.7:
     * "the per-media values override the session-level settings for the respective media"); null if neither.
     */
    public Connection connection(int index) {
        Connection c = media.get(index).connection();
        return c != null ? c : connection;
    }

    /**
     * The direction of media description {@code index}. RFC 3264 §5.1: "We refer to a stream as being marked with a
     * certain direction if a direction attribute was present as either a media stream attribute or a session
     * attribute." A media-level attribute overrides a session-level one (RFC 4566 §5); with neither, sendrecv.
     */
    public Direction direction(int index) {
        Direction d = markedDirection(index);
        return d != null ? d : Direction.SENDRECV;
    }

    /** The direction attribute that marks media description {@code index}, or null if none does. */
    public Direction markedDirection(int index) {
        Direction d = media.get(index).direction();
        return d != null ? d : Direction.in(attributes);
    }

    /** The description with CRLF line ends (RFC 4566 §5: "The sequence CRLF (0x0d0a) is used to end a record"). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(256);
        for (SdpField f : fields) {
            b.append(f).append("\r\n");
        }
        for (MediaDescription m : media) {
            m.appendTo(b);
        }
        return b.toString();
    }

    public byte[] toByteArray() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionDescription d && d.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** Collects a session description in the order of RFC 4566 §5: v=, o=, s=, c=, t=, a=, then the media. */
    public static final class Builder {
        private final Origin origin;
        private String sessionName = "-";
        private Connection connection;
        private final List<String> times = new ArrayList<>();
        private final List<Attribute> attributes = new ArrayList<>();
        private final List<MediaDescription> media = new ArrayList<>();

        private Builder(Origin origin) {
            this.origin = origin;
        }

        /**
         * The s= line; "-" unless set. RFC 3264 §5: "For unicast sessions, it is RECOMMENDED that it consist of a
         * single space character (0x20) or a dash (-)."
         */
        public Builder sessionName(String name) {
            this.sessionName = name;
            return this;
        }

        public Builder connection(Connection c) {
            this.connection = c;
            return this;
        }

        /** Adds a t= line; "0 0" if none is added (RFC 3264 §5: "the "t=" line SHOULD have a value of "0 0""). */
        public Builder time(String value) {
            times.add(value);
            return this;
        }

        public Builder attribute(Attribute a) {
            attributes.add(a);
            return this;
        }

        public Builder media(MediaDescription m) {
            media.add(m);
            return this;
        }

        public SessionDescription build() {
            List<SdpField> f = new ArrayList<>();
            f.add(new SdpField('v', "0"));
            f.add(new SdpField('o', origin.toString()));
            f.add(new SdpField('s', sessionName));
            if (connection != null) {
                f.add(new SdpField('c', connection.toString()));
            }
            for (String t : times.isEmpty() ? List.of("0 0") : times) {
                f.add(new SdpField('t', t));
            }
            for (Attribute a : attributes) {
                f.add(new SdpField('a', a.toString()));
            }
            return new SessionDescription(f, media, null);
        }
    }
}
