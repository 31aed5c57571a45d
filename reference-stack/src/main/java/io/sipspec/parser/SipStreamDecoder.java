package io.sipspec.parser;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Frames SIP messages on a stream transport. RFC 3261 §18.3: "In the case of stream-oriented transports such as
 * TCP, the Content-Length header field indicates the size of the body. The Content-Length header field MUST be
 * used with stream oriented transports." §7.5: "Implementations processing SIP messages over stream-oriented
 * transports MUST ignore any CRLF appearing before the start-line [H4.1]."
 *
 * <p>Emits {@link io.sipspec.message.SipMessage} or {@link MalformedSipMessage}. A message split at any byte, and
 * several messages in one read, decode the same. After any malformed message the decoder discards everything that
 * follows, and the connection should be closed: once a head is malformed or has no usable Content-Length, where its
 * body ends is a guess, and reading on would let a body be taken for a message of its own (request smuggling).
 */
public final class SipStreamDecoder extends ByteToMessageDecoder {

    private enum State { SKIP_CRLF, HEAD, BODY, FAILED }

    private final SipMessageParser parser;
    private final SipLimits limits;
    private State state = State.SKIP_CRLF;
    /** How far the search for the blank line has got, relative to the reader index. */
    private int scanned;
    private SipMessageParser.Head head;
    private byte[] headBytes;

    public SipStreamDecoder(SipLimits limits) {
        this.parser = new SipMessageParser(limits);
        this.limits = limits;
    }

    public SipStreamDecoder() {
        this(SipLimits.DEFAULT);
    }

    /**
     * True once the decoder has given up on the stream (after a malformed message, see above): everything that
     * follows is discarded and the connection should be closed.
     */
    public boolean framingLost() {
        return state == State.FAILED;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        // A head that ends the read may be the whole message (Content-Length: 0): emit it now, not when more
        // bytes arrive, and never emit without having read (Netty rejects that).
        while (in.isReadable() || state == State.BODY) {
            switch (state) {
                case SKIP_CRLF -> {
                    byte c = in.getByte(in.readerIndex());
                    if (c == '\r' || c == '\n') {
                        in.skipBytes(1);
                    } else {
                        state = State.HEAD;
                        scanned = 0;
                    }
                }
                case HEAD -> {
                    if (!readHead(in, out)) {
                        return;
                    }
                }
                case BODY -> {
                    if (!readBody(in, out)) {
                        return;
                    }
                }
                case FAILED -> {
                    in.skipBytes(in.readableBytes());
                    return;
                }
            }
        }
    }

    private boolean readHead(ByteBuf in, List<Object> out) {
        int r = in.readerIndex();
        int readable = in.readableBytes();
        int end = blankLine(in, r, readable);
        if (end < 0) {
            if (readable > limits.maxHeadBytes()) {
                fail(out, in, Math.min(readable, 1024), new SipDecodeException(
                        "message head larger than " + limits.maxHeadBytes() + " bytes", limits.maxHeadBytes(), 513));
            }
            return false;
        }
        int headLen = end - r;
        byte[] bytes = new byte[headLen];
        in.getBytes(r, bytes);
        SipMessageParser.Head h;
        try {
            h = parser.parseHead(bytes, 0, headLen);
        } catch (SipDecodeException e) {
            // Where this message's body ends is unknown: report it and stop reading this connection.
            fail(out, in, bytes, e);
            return false;
        } catch (RuntimeException e) {
            fail(out, in, headLen, new SipDecodeException("internal decoder error: " + e, 0, 500));
            return false;
        }
        in.skipBytes(headLen);
        if (h.contentLengthError != null) {
            // RFC 3261 §18.3: "The Content-Length header field MUST be used with stream oriented transports." An
            // unreadable or repeated one leaves the end of the body unknown: nothing after it can be trusted.
            out.add(new MalformedSipMessage(bytes, h.contentLengthError));
            state = State.FAILED;
            return true;
        }
        if (h.contentLength < 0) {
            fail(out, in, bytes, h.error("Content-Length is mandatory on stream transports (RFC 3261 §18.3)", headLen, 400));
            return false;
        }
        if (h.contentLength > limits.maxBodyBytes()) {
            out.add(new MalformedSipMessage(bytes, h.error("Content-Length " + h.contentLength + " exceeds the limit of "
                    + limits.maxBodyBytes() + " bytes", headLen, 413)));
            state = State.FAILED;
            return true;
        }
        head = h;
        headBytes = bytes;
        state = State.BODY;
        return true;
    }

    private boolean readBody(ByteBuf in, List<Object> out) {
        int cl = (int) head.contentLength;
        if (in.readableBytes() < cl) {
            return false;
        }
        byte[] raw = new byte[headBytes.length + cl];
        System.arraycopy(headBytes, 0, raw, 0, headBytes.length);
        in.readBytes(raw, headBytes.length, cl);
        out.add(head.toMessage(raw, headBytes.length));
        head = null;
        headBytes = null;
        state = State.SKIP_CRLF;
        return true;
    }

    /**
     * The index just past the first empty line (CRLF CRLF, or LF LF) within the first maxHeadBytes bytes, or -1;
     * resumes where the last call stopped.
     */
    private int blankLine(ByteBuf in, int r, int readable) {
        int limit = Math.min(readable, limits.maxHeadBytes());
        for (int i = Math.max(scanned, 1); i < limit; i++) {
            if (in.getByte(r + i) == '\n') {
                byte p = in.getByte(r + i - 1);
                if (p == '\n') {
                    return r + i + 1;
                }
                if (p == '\r' && i >= 2 && in.getByte(r + i - 2) == '\n') {
                    return r + i + 1;
                }
            }
        }
        scanned = Math.max(1, limit - 1);
        return -1;
    }

    private void fail(List<Object> out, ByteBuf in, int keep, SipDecodeException e) {
        byte[] bytes = new byte[keep];
        in.getBytes(in.readerIndex(), bytes);
        fail(out, in, bytes, e);
    }

    /** Reports {@code bytes} as malformed and discards the rest of the connection. */
    private void fail(List<Object> out, ByteBuf in, byte[] bytes, SipDecodeException e) {
        out.add(new MalformedSipMessage(bytes, e));
        in.skipBytes(in.readableBytes());
        state = State.FAILED;
    }
}
