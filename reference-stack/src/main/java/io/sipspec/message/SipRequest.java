package io.sipspec.message;

import java.util.Objects;

/**
 * A request (RFC 3261 §7.1): {@code Request-Line = Method SP Request-URI SP SIP-Version CRLF}.
 *
 * <p>The Request-URI is parsed on first access ({@link #requestUri()}); {@link #requestUriText()} is the text
 * as received.
 */
public final class SipRequest extends SipMessage {

    private final String method;
    private final String requestUriText;
    private Uri requestUri;

    private SipRequest(String method, String requestUriText, Uri requestUri, String version, Headers headers, byte[] raw,
            int bodyOffset) {
        super(version, headers, raw, bodyOffset);
        this.method = method;
        this.requestUriText = requestUriText;
        this.requestUri = requestUri;
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
        return requestUriText;
    }

    /**
     * The Request-URI.
     *
     * @throws SipParseException if it is not a SIP-URI, SIPS-URI or absoluteURI
     */
    public Uri requestUri() {
        Uri u = requestUri;
        if (u == null) {
            requestUri = u = Uri.parse(requestUriText);
        }
        return u;
    }

    @Override
    public String startLine() {
        return method + ' ' + requestUriText + ' ' + version();
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
            this.requestUri = r.requestUriText;
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
