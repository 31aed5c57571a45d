package io.sipspec.parser;

import io.netty.handler.codec.DecoderResult;
import io.sipspec.message.HeaderField;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a decoder emits for bytes that are not a SIP message: the bytes and a failed {@link DecoderResult} whose
 * cause is the {@link SipDecodeException} (position, reason, suggested status). A server answers it or drops it
 * and logs it, as RFC 3261 §8.2 and §18.3 say; nothing is thrown up the pipeline.
 */
public final class MalformedSipMessage {

    private final byte[] raw;
    private final SipDecodeException cause;
    private final DecoderResult result;

    public MalformedSipMessage(byte[] raw, SipDecodeException cause) {
        this.raw = raw;
        this.cause = cause;
        this.result = DecoderResult.failure(cause);
    }

    /** Always a failure; its cause is {@link #cause()}. */
    public DecoderResult decoderResult() {
        return result;
    }

    public SipDecodeException cause() {
        return cause;
    }

    /** A copy of the bytes that could not be decoded (for a stream, as much as was framed). */
    public byte[] raw() {
        return raw.clone();
    }

    /** The header fields read before the problem. */
    public List<HeaderField> headers() {
        return cause.headers();
    }

    @Override
    public String toString() {
        String text = new String(raw, 0, Math.min(raw.length, 200), StandardCharsets.UTF_8);
        return "MalformedSipMessage[" + cause.getMessage() + ", status " + cause.status() + "]: " + text;
    }
}
