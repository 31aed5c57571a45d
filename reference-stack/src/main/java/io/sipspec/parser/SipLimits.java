package io.sipspec.parser;

/**
 * Size limits of the decoders ({@link SipMessageParser}, {@link SipStreamDecoder}, {@link SipDatagramDecoder}). A
 * message over a limit is not an exception: the decoder emits a {@link MalformedSipMessage} whose
 * {@link SipDecodeException} gives the status a server should answer with, the reason and the position.
 *
 * <ul>
 *   <li>{@code maxHeadBytes}, default 65,536: the start line, the header rows and the blank line that ends them.
 *       A longer head is status 513 (RFC 3261 §21.5.7 Message Too Large: "The server was unable to process the
 *       request since the message length exceeded its capabilities"), positioned at byte {@code maxHeadBytes}, the
 *       first one past the limit. A stream decoder reports it as soon as that byte arrives, never buffers more, and
 *       discards everything after it on that connection (the framing is lost: close the connection). A datagram
 *       decoder drops only that datagram.</li>
 *   <li>{@code maxHeaderCount}, default 256: header field rows (a folded row counts once). One more row is status
 *       513, positioned at the start of that row. The head was framed, so a stream decoder goes on with the next
 *       message.</li>
 *   <li>{@code maxBodyBytes}, default 1,048,576 (1 MiB): the Content-Length a stream decoder accepts. A larger
 *       one is status 413 (§21.4.11 Request Entity Too Large: "The server MAY close the connection to prevent the
 *       client from continuing the request"), positioned at the first body byte; the body is not read, and the
 *       decoder discards everything after it on that connection. A datagram's body is bounded by the datagram
 *       itself and is not checked against this limit.</li>
 * </ul>
 *
 * @param maxHeadBytes   bytes of the start line, header rows and blank line; at least 64 (default 65,536)
 * @param maxHeaderCount header field rows; at least 1 (default 256)
 * @param maxBodyBytes   body bytes on a stream transport; at least 0 (default 1 MiB)
 */
public record SipLimits(int maxHeadBytes, int maxHeaderCount, int maxBodyBytes) {

    public static final SipLimits DEFAULT = new SipLimits(65_536, 256, 1 << 20);

    public SipLimits {
        if (maxHeadBytes < 64 || maxHeaderCount < 1 || maxBodyBytes < 0) {
            throw new IllegalArgumentException("limits too small: " + maxHeadBytes + ", " + maxHeaderCount + ", " + maxBodyBytes);
        }
    }
}
