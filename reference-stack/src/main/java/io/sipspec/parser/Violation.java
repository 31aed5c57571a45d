package io.sipspec.parser;

/**
 * One way a framed message breaks RFC 3261: where ({@code "SIP-Version"}, {@code "Request-URI"}, {@code "Content-Length"}
 * or a header field name such as {@code "CSeq"}), why, and the status a server answers a request with (400, 505).
 * A response with a violation is discarded instead.
 *
 * @param status the response status for a request
 * @param where  the start-line element or the header field name
 * @param reason what is wrong, for the reason phrase or a Warning
 */
public record Violation(int status, String where, String reason) {

    @Override
    public String toString() {
        return status + " " + where + ": " + reason;
    }
}
