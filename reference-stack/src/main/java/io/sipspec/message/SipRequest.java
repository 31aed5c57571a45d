package io.sipspec.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A request (RFC 3261 §7.1): {@code Request-Line = Method SP Request-URI SP SIP-Version CRLF}.
 *
 * <p>The Request-URI is parsed on first access ({@link #requestUri()}); {@link #requestUriText()} is the text
 * as received.
 */
public final class SipRequest extends SipMessage {

    private final String method;
    /** The Request-URI as received; for a parsed request made from {@code raw[uriFrom, uriTo)} on first use. */
    private String requestUriText;
    /** Where a parsed request's Request-URI is in its wire bytes, or -1 when {@link #requestUriText} is given. */
    private final int uriFrom;
    private final int uriTo;
    private Uri requestUri;

    private SipRequest(String method, String requestUriText, Uri requestUri, String version, Headers headers, byte[] raw,
            int bodyOffset) {
        super(version, headers, raw, bodyOffset);
        this.method = method;
        this.requestUriText = requestUriText;
        this.uriFrom = -1;
        this.uriTo = -1;
        this.requestUri = requestUri;
    }

    private SipRequest(String method, int uriFrom, int uriTo, String version, Headers headers, byte[] raw, int bodyOffset) {
        super(version, headers, raw, bodyOffset);
        this.method = method;
        this.uriFrom = uriFrom;
        this.uriTo = uriTo;
    }

    /**
     * For decoders: a request over {@code raw}, which the caller hands over and must not change. {@code fields}
     * are the header rows in order, the first {@code fieldCount} of the array.
     */
    public static SipRequest fromWire(String method, String requestUri, String version, HeaderField[] fields, int fieldCount,
            byte[] raw, int bodyOffset) {
        return new SipRequest(method, requestUri, null, version, new Headers(fields, fieldCount), raw, bodyOffset);
    }

    /** For decoders: as the other {@code fromWire}, with header rows from {@link Headers#fromWire}. */
    public static SipRequest fromWire(String method, String requestUri, String version, Headers headers, byte[] raw, int bodyOffset) {
        return new SipRequest(method, requestUri, null, version, headers, raw, bodyOffset);
    }

    /**
     * For decoders: as the other {@code fromWire}, the Request-URI being {@code raw[uriFrom, uriTo)} (UTF-8), read in
     * place when it is asked for: its text is made only if {@link #requestUriText()} is called.
     */
    public static SipRequest fromWire(String method, int uriFrom, int uriTo, String version, Headers headers, byte[] raw,
            int bodyOffset) {
        return new SipRequest(method, uriFrom, uriTo, version, headers, raw, bodyOffset);
    }

    public static Builder builder(String method, Uri requestUri) {
        return new Builder(method, requestUri);
    }

    /** The method, case-sensitive (§7.1). */
    public String method() {
        return method;
    }

    public boolean isMethod(String m) {
        return method.equals(m);
    }

    public String requestUriText() {
        String t = requestUriText;
        if (t == null) {
            // a String's fields are final: made twice by two threads, it is the same value either way
            requestUriText = t = new String(wire(), uriFrom, uriTo - uriFrom, StandardCharsets.UTF_8);
        }
        return t;
    }

    /**
     * The Request-URI.
     *
     * @throws SipParseException if it is not a SIP-URI, SIPS-URI or absoluteURI
     */
    public Uri requestUri() {
        Uri u = requestUri;
        if (u == null) {
            requestUri = u = uriFrom >= 0 ? readRequestUri() : Uri.parse(requestUriText);
        }
        return u;
    }

    /**
     * A SIP or SIPS Request-URI read in place in the wire bytes, as {@link Uri#parse} reads its text (no text, no copy);
     * any other scheme, or one that does not parse (its error must give positions in the text), from the text.
     */
    private Uri readRequestUri() {
        byte[] b = wire();
        int from = uriFrom;
        int to = uriTo;
        if (to - from > 4 && (b[from] | 0x20) == 's' && (b[from + 1] | 0x20) == 'i' && (b[from + 2] | 0x20) == 'p'
                && (b[from + 3] == ':' || (b[from + 3] | 0x20) == 's' && b[from + 4] == ':')) {
            try {
                return SipUri.read(new SipReader(b, from, to), from, to);
            } catch (SipParseException e) {
                // reported below, as the text reports it
            }
        }
        return Uri.parse(requestUriText());
    }

    @Override
    public String startLine() {
        return method + ' ' + requestUriText() + ' ' + version();
    }

    @Override
    public boolean isRequest() {
        return true;
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A response to this request built as RFC 3261 §8.2.6 says, with a fresh To tag if the request has none
     * and the status is not 100.
     */
    public SipResponse.Builder createResponse(int status) {
        return SipResponse.Builder.forRequest(this, status, null);
    }

    /** As {@link #createResponse(int)}, with the To tag the UAS chose (e.g. its dialog's local tag). */
    public SipResponse.Builder createResponse(int status, String toTag) {
        return SipResponse.Builder.forRequest(this, status, toTag);
    }

    /** Builds requests; see {@link SipMessage.Builder}. */
    public static final class Builder extends SipMessage.Builder<Builder> {
        private String method;
        private String requestUri;

        private Builder(String method, Uri requestUri) {
            this.method = Objects.requireNonNull(method, "method");
            this.requestUri = requestUri.toString();
        }

        private Builder(SipRequest r) {
            super(r);
            this.method = r.method;
            this.requestUri = r.requestUriText();
        }

        public Builder method(String m) {
            this.method = m;
            return this;
        }

        public Builder requestUri(Uri uri) {
            this.requestUri = uri.toString();
            return this;
        }

        @Override
        String startLine() {
            return method + ' ' + requestUri + ' ' + version;
        }

        public SipRequest build() {
            HeaderField[] f = finalFields();
            byte[] raw = encode(f);
            return new SipRequest(method, requestUri, null, version, new Headers(f, f.length), raw, raw.length - body.length);
        }
    }
}
