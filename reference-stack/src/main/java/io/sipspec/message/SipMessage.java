package io.sipspec.message;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A SIP message (RFC 3261 §7): a start line, header fields and a body. Immutable.
 *
 * <p>A message always holds its exact wire bytes: a parsed message the bytes it was read from, a built message
 * the bytes its builder wrote. {@link #writeTo} and {@link #toByteArray} give those bytes back unchanged, so a
 * parsed message is re-serialized byte-exactly. Typed header values are parsed on first access and cached;
 * a malformed value throws {@link SipParseException} on each access, never at decode time, so a server can
 * still read the headers it needs to answer 400 (§8.2, §16.3).
 */
public abstract sealed class SipMessage permits SipRequest, SipResponse {

    public static final String SIP_2_0 = "SIP/2.0";

    private final String version;
    private final Headers headers;
    private final byte[] raw;
    private final int bodyOffset;
    /**
     * Per header row, at the first row of each typed header read so far: the List of its parsed elements, or the
     * SipParseException its value raised. One slot per row (rather than per known header) keeps it small.
     */
    private Object[] typed;

    SipMessage(String version, Headers headers, byte[] raw, int bodyOffset) {
        this.version = version;
        this.headers = headers;
        this.raw = raw;
        this.bodyOffset = bodyOffset;
    }

    /** SIP-Version as written, normally {@code SIP/2.0}. */
    public String version() {
        return version;
    }

    /** The start line without its CRLF. */
    public abstract String startLine();

    public abstract boolean isRequest();

    /** A builder holding a copy of this message, to derive a new one. */
    public abstract Builder<?> toBuilder();

    public Headers headers() {
        return headers;
    }

    /** The first value of the named header field, or null. */
    public String headerValue(String name) {
        return headers.value(HeaderName.of(name));
    }

    public String headerValue(HeaderName name) {
        return headers.value(name);
    }

    /**
     * Every element of every row of the header, in order (RFC 3261 §7.3.1). Empty if absent.
     *
     * @throws SipParseException if a row does not match the header's grammar
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> headerValues(HeaderType<T> type) {
        Object v = typed(type);
        if (v == null || v == EMPTY_VALUE) {
            return Elements.empty();
        }
        return type.isRepeatable() ? (List<T>) v : Elements.of((T) v);
    }

    /** The first element of the header, or null if absent. */
    @SuppressWarnings("unchecked")
    public <T> T header(HeaderType<T> type) {
        Object v = typed(type);
        if (v == null || v == EMPTY_VALUE) {
            return null;
        }
        if (type.isRepeatable()) {
            List<T> all = (List<T>) v;
            return all.isEmpty() ? null : all.get(0);
        }
        return (T) v;
    }

    /** Cached for a single type whose value is empty (an empty Subject:, §20.36). */
    private static final Object EMPTY_VALUE = new Object();

    /**
     * The parsed header, from the cache: null if absent; for a repeatable type (a list, or one row per value) the List
     * of its elements, for a single type the element or {@link #EMPTY_VALUE}.
     *
     * @throws SipParseException if a row does not match the header's grammar
     */
    private Object typed(HeaderType<?> type) {
        int first = headers.indexOf(type.name(), 0);
        if (first < 0) {
            return null;
        }
        Object[] cache = typed;
        if (cache == null) {
            cache = typed = new Object[headers.size()];
        }
        Object v = cache[first];
        if (v == null) {
            try {
                v = parse(type, first);
            } catch (SipParseException e) {
                v = e;
            }
            cache[first] = v;
        }
        if (v instanceof SipParseException e) {
            throw new SipParseException(e.reason(), e.position(), e.input());
        }
        return v;
    }

    private Object parse(HeaderType<?> type, int first) {
        HeaderName name = type.name();
        int next = headers.nextIndexOf(name, first);
        if (!type.isRepeatable()) {
            if (next >= 0) {
                throw new SipParseException(name.name() + ": header field appears more than once", 0, headers.value(next));
            }
            SipReader r = headers.reader(first);
            Object one = type.parseOne(r, r.position(), r.limit());
            return one == null ? EMPTY_VALUE : one;
        }
        if (next < 0) {
            return parseField(type, first);
        }
        // the elements of every row in one list: no list per row, no copy of them at the end
        Elements.Builder out = new Elements.Builder();
        for (int i = first; i >= 0; i = headers.nextIndexOf(name, i)) {
            SipReader r = headers.reader(i);
            type.parseFieldInto(r, r.position(), r.limit(), out);
        }
        return out.build();
    }

    private List<?> parseField(HeaderType<?> type, int row) {
        SipReader r = headers.reader(row);
        return type.parseField(r, r.position(), r.limit());
    }

    public List<Via> via() {
        return headerValues(SipHeaders.VIA);
    }

    /** The top Via value, or null. */
    public Via topVia() {
        return header(SipHeaders.VIA);
    }

    public Address from() {
        return header(SipHeaders.FROM);
    }

    public Address to() {
        return header(SipHeaders.TO);
    }

    public String callId() {
        return header(SipHeaders.CALL_ID);
    }

    public CSeq cseq() {
        return header(SipHeaders.CSEQ);
    }

    /** Max-Forwards, or -1 when absent. */
    public long maxForwards() {
        Long v = header(SipHeaders.MAX_FORWARDS);
        return v == null ? -1 : v;
    }

    /** Content-Length as the header states it, or -1 when absent. */
    public long contentLength() {
        Long v = header(SipHeaders.CONTENT_LENGTH);
        return v == null ? -1 : v;
    }

    public MediaType contentType() {
        return header(SipHeaders.CONTENT_TYPE);
    }

    public List<Address> contacts() {
        return headerValues(SipHeaders.CONTACT);
    }

    public List<Address> routes() {
        return headerValues(SipHeaders.ROUTE);
    }

    public List<Address> recordRoutes() {
        return headerValues(SipHeaders.RECORD_ROUTE);
    }

    // ---------------------------------------------------------------- body and bytes

    public int bodyLength() {
        return raw.length - bodyOffset;
    }

    /** A copy of the body. */
    public byte[] body() {
        return Arrays.copyOfRange(raw, bodyOffset, raw.length);
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(raw, bodyOffset, raw.length - bodyOffset, StandardCharsets.UTF_8);
    }

    /** The wire bytes themselves, not a copy: for the message's own values, which read in them. */
    final byte[] wire() {
        return raw;
    }

    /** The length of the wire form. */
    public int length() {
        return raw.length;
    }

    /** A copy of the exact wire bytes. */
    public byte[] toByteArray() {
        return raw.clone();
    }

    /** Writes the exact wire bytes. */
    public void writeTo(ByteBuf out) {
        out.writeBytes(raw);
    }

    /** The wire form as text (UTF-8). */
    @Override
    public String toString() {
        return new String(raw, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- builder

    /**
     * Collects a start line, header fields and a body, then writes them out once in {@link #build()}.
     * Content-Length is always set to the length of the body.
     */
    public abstract static sealed class Builder<B extends Builder<B>> permits SipRequest.Builder, SipResponse.Builder {

        final List<HeaderField> fields;
        byte[] body = new byte[0];
        String version = SIP_2_0;

        Builder() {
            this.fields = new ArrayList<>(16);
        }

        Builder(SipMessage m) {
            this.fields = new ArrayList<>(m.headers);
            this.body = m.body();
            this.version = m.version;
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        public B version(String v) {
            this.version = v;
            return self();
        }

        /** Sets the header: the first row of that name is replaced, the other rows removed; appended if absent. */
        public B header(HeaderName name, String value) {
            HeaderField f = field(name, value);
            int at = -1;
            for (int i = fields.size() - 1; i >= 0; i--) {
                if (matches(fields.get(i), name)) {
                    if (at >= 0) {
                        fields.remove(at);
                    }
                    at = i;
                }
            }
            if (at >= 0) {
                fields.set(at, f);
            } else {
                fields.add(f);
            }
            return self();
        }

        public B header(String name, String value) {
            return header(HeaderName.of(name), value);
        }

        public <T> B header(HeaderType<T> type, T value) {
            return header(type.name(), type.format(value));
        }

        /**
         * Sets a list header to these elements, written as one row; a §7.3.1 exception (WWW-Authenticate,
         * Authorization, Proxy-Authenticate, Proxy-Authorization) is written as one row per element instead.
         */
        public <T> B headerValues(HeaderType<T> type, List<T> values) {
            if (values.isEmpty()) {
                return removeHeader(type.name());
            }
            if (type.isRowPerValue()) {
                header(type.name(), type.format(values.get(0)));
                for (int i = 1; i < values.size(); i++) {
                    addHeader(type.name(), type.format(values.get(i)));
                }
                return self();
            }
            return header(type.name(), type.format(values));
        }

        /** Appends a row after all others. */
        public B addHeader(HeaderName name, String value) {
            fields.add(field(name, value));
            return self();
        }

        public B addHeader(String name, String value) {
            return addHeader(HeaderName.of(name), value);
        }

        public <T> B addHeader(HeaderType<T> type, T value) {
            return addHeader(type.name(), type.format(value));
        }

        /** Inserts a row before the first row of that name (a new top Via or Record-Route), or first if there is none. */
        public <T> B addHeaderFirst(HeaderType<T> type, T value) {
            HeaderField f = field(type.name(), type.format(value));
            for (int i = 0; i < fields.size(); i++) {
                if (matches(fields.get(i), type.name())) {
                    fields.add(i, f);
                    return self();
                }
            }
            fields.add(0, f);
            return self();
        }

        /** Removes the first element of the header (the top Via, the first Route), rewriting a multi-value row. */
        public <T> B removeFirst(HeaderType<T> type) {
            for (int i = 0; i < fields.size(); i++) {
                if (matches(fields.get(i), type.name())) {
                    List<T> row = type.parseField(fields.get(i).value());
                    if (row.size() <= 1) {
                        fields.remove(i);
                    } else {
                        fields.set(i, new HeaderField(type.name(), type.format(row.subList(1, row.size()))));
                    }
                    break;
                }
            }
            return self();
        }

        public B removeHeader(HeaderName name) {
            fields.removeIf(f -> matches(f, name));
            return self();
        }

        public B removeHeader(String name) {
            return removeHeader(HeaderName.of(name));
        }

        public B body(byte[] bytes) {
            this.body = bytes.clone();
            return self();
        }

        /** Sets the body and its Content-Type. */
        public B body(String contentType, byte[] bytes) {
            header(HeaderName.CONTENT_TYPE, contentType);
            return body(bytes);
        }

        public B body(String contentType, String text) {
            return body(contentType, text.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * A header row to write. RFC 3261 §7.3.1 lets a value continue on a new line only as folding, so a CR or LF in
         * a value would start a header row of its own (header injection): it is refused.
         */
        static HeaderField field(HeaderName name, String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || c == '\n') {
                    throw new IllegalArgumentException(name + ": CR or LF in a header value");
                }
            }
            return new HeaderField(name, value);
        }

        static boolean matches(HeaderField f, HeaderName name) {
            return f.name() == name || name.index() < 0 && name.equals(f.name());
        }

        abstract String startLine();

        /** Writes the message: start line, header rows, Content-Length, blank line, body. */
        byte[] encode(HeaderField[] out) {
            StringBuilder b = new StringBuilder(512);
            b.append(startLine()).append("\r\n");
            for (HeaderField f : out) {
                b.append(f.name().name()).append(": ").append(f.value()).append("\r\n");
            }
            b.append("\r\n");
            byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
            byte[] raw = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, raw, head.length, body.length);
            return raw;
        }

        /** The header rows with Content-Length set to the body's length. */
        HeaderField[] finalFields() {
            header(HeaderName.CONTENT_LENGTH, Integer.toString(body.length));
            return fields.toArray(new HeaderField[0]);
        }
    }
}
