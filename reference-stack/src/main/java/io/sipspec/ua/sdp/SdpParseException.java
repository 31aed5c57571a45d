package io.sipspec.ua.sdp;

/**
 * A session description that does not follow RFC 4566: which line (1-based; 0 for the description as a whole) and
 * why.
 */
public final class SdpParseException extends IllegalArgumentException {

    private final String reason;
    private final int line;

    public SdpParseException(String reason, int line) {
        super(line > 0 ? "SDP line " + line + ": " + reason : "SDP: " + reason);
        this.reason = reason;
        this.line = line;
    }

    public String reason() {
        return reason;
    }

    /** The 1-based line number, or 0 when the error is about the whole description. */
    public int line() {
        return line;
    }
}
