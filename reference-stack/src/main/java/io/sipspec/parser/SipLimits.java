package io.sipspec.parser;

/**
 * Size limits of the decoders. Bytes beyond them are not buffered: the message is reported as malformed
 * with status 513 (Message Too Large, RFC 3261 §21.5.14) or 413 for a body.
 *
 * @param maxHeadBytes   start line plus header fields plus the blank line (default 65,536)
 * @param maxHeaderCount header field rows (default 256)
 * @param maxBodyBytes   body on a stream transport (default 1 MiB; a datagram is bounded by its own size)
 */
public record SipLimits(int maxHeadBytes, int maxHeaderCount, int maxBodyBytes) {

    public static final SipLimits DEFAULT = new SipLimits(65_536, 256, 1 << 20);

    public SipLimits {
        if (maxHeadBytes < 64 || maxHeaderCount < 1 || maxBodyBytes < 0) {
            throw new IllegalArgumentException("limits too small: " + maxHeadBytes + ", " + maxHeaderCount + ", " + maxBodyBytes);
        }
    }
}
