package io.sipspec.parser;

import io.sipspec.message.HeaderField;
import java.util.List;

/**
 * Why bytes are not a SIP message: the byte offset in the message where the problem is, the reason, and the
 * status code a server should answer with (RFC 3261 §8.2, §18.3: 400 for syntax, 413/513 for size). It
 * carries the header fields read before the problem, so a server can still build its 400 from Via, From, To,
 * Call-ID and CSeq. It has no stack trace: it is a result, not a bug.
 */
public final class SipDecodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int position;
    private final String reason;
    private final int status;
    private final transient String startLine;
    private final transient List<HeaderField> headers;

    public SipDecodeException(String reason, int position, int status, String startLine, List<HeaderField> headers) {
        super(reason + " at byte " + position, null, false, false);
        this.reason = reason;
        this.position = position;
        this.status = status;
        this.startLine = startLine;
        this.headers = headers == null ? List.of() : List.copyOf(headers);
    }

    public SipDecodeException(String reason, int position, int status) {
        this(reason, position, status, null, null);
    }

    /** Offset of the offending byte from the start of the message. */
    public int position() {
        return position;
    }

    public String reason() {
        return reason;
    }

    /** The response a UAS or proxy should send (400 Bad Request unless another code fits better). */
    public int status() {
        return status;
    }

    /** The start line if it could be read, else null. */
    public String startLine() {
        return startLine;
    }

    /** The header fields read before the problem, in order. */
    public List<HeaderField> headers() {
        return headers;
    }

    SipDecodeException withContext(String line, List<HeaderField> fields) {
        return new SipDecodeException(reason, position, status, line, fields);
    }
}
