package io.sipspec.message;

/**
 * A response (RFC 3261 §7.2): {@code Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF}.
 */
public final class SipResponse extends SipMessage {

    private final int statusCode;
    private final String reasonPhrase;

    private SipResponse(int statusCode, String reasonPhrase, String version, Headers headers, byte[] raw, int bodyOffset) {
        super(version, headers, raw, bodyOffset);
        this.statusCode = statusCode;
        this.reasonPhrase = reasonPhrase;
    }

    /** For decoders: see {@link SipRequest#fromWire}. */
    public static SipResponse fromWire(int statusCode, String reasonPhrase, String version, HeaderField[] fields, int fieldCount,
            byte[] raw, int bodyOffset) {
        return new SipResponse(statusCode, reasonPhrase, version, new Headers(fields, fieldCount), raw, bodyOffset);
    }

    /** For decoders: as the other {@code fromWire}, with header rows from {@link Headers#fromWire}. */
    public static SipResponse fromWire(int statusCode, String reasonPhrase, String version, Headers headers, byte[] raw, int bodyOffset) {
        return new SipResponse(statusCode, reasonPhrase, version, headers, raw, bodyOffset);
    }

    public static Builder builder(int statusCode) {
        return new Builder(statusCode);
    }

    public int statusCode() {
        return statusCode;
    }

    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** 1xx. */
    public boolean isProvisional() {
        return statusCode < 200;
    }

    /** 2xx. */
    public boolean isSuccess() {
        return statusCode >= 200 && statusCode < 300;
    }

    /** ≥ 200. */
    public boolean isFinal() {
        return statusCode >= 200;
    }

    @Override
    public String startLine() {
        return version() + ' ' + statusCode + ' ' + reasonPhrase;
    }

    @Override
    public boolean isRequest() {
        return false;
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds responses; see {@link SipMessage.Builder}. */
    public static final class Builder extends SipMessage.Builder<Builder> {
        private int statusCode;
        private String reason;

        private Builder(int statusCode) {
            status(statusCode);
        }

        private Builder(SipResponse r) {
            super(r);
            this.statusCode = r.statusCode;
            this.reason = r.reasonPhrase;
        }

        /**
         * RFC 3261 §8.2.6.2: "The From field of the response MUST equal the From header field of the request. The
         * Call-ID header field of the response MUST equal the Call-ID header field of the request. The CSeq header
         * field of the response MUST equal the CSeq field of the request. The Via header field values in the
         * response MUST equal the Via header field values in the request and MUST maintain the same ordering."
         * "If a request contained a To tag in the request, the To header field in the response MUST equal that of
         * the request. However, if the To header field in the request did not contain a tag, the URI in the To
         * header field in the response MUST equal the URI in the To header field; additionally, the UAS MUST add a
         * tag to the To header field in the response (with the exception of the 100 (Trying) response, in which a
         * tag MAY be present)."
         */
        static Builder forRequest(SipRequest request, int status, String toTag) {
            Builder b = new Builder(status);
            Headers h = request.headers();
            for (HeaderField f : h) {
                HeaderName n = f.name();
                if (n == HeaderName.VIA || n == HeaderName.FROM || n == HeaderName.CALL_ID || n == HeaderName.CSEQ) {
                    b.fields.add(f);
                } else if (n == HeaderName.TO) {
                    b.fields.add(toField(request, f, status, toTag));
                } else if (n == HeaderName.TIMESTAMP && status == 100) {
                    // §8.2.6.1: "When a 100 (Trying) response is generated, any Timestamp header field present in
                    // the request MUST be copied into this 100 (Trying) response."
                    b.fields.add(f);
                }
            }
            return b;
        }

        private static HeaderField toField(SipRequest request, HeaderField original, int status, String toTag) {
            Address to = request.to();
            if (to == null || to.tag() != null || status == 100 && toTag == null) {
                return original;
            }
            return new HeaderField(HeaderName.TO, to.withTag(toTag != null ? toTag : Identifiers.newTag()).toString());
        }

        /** Sets the code and its §21 reason phrase. */
        public Builder status(int code) {
            this.statusCode = code;
            this.reason = StatusCodes.reasonPhrase(code);
            return this;
        }

        public Builder reason(String phrase) {
            this.reason = phrase;
            return this;
        }

        @Override
        String startLine() {
            return version + ' ' + statusCode + ' ' + reason;
        }

        public SipResponse build() {
            HeaderField[] f = finalFields();
            byte[] raw = encode(f);
            return new SipResponse(statusCode, reason, version, new Headers(f, f.length), raw, raw.length - body.length);
        }
    }
}
