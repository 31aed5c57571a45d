package io.sipspec.pcap;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The WebSocket frames (RFC 6455 §5.2) of one direction of a connection upgraded for SIP (RFC 7118), after its HTTP
 * handshake: the payloads of a text or binary frame and its continuation frames, unmasked, make one WebSocket message,
 * which RFC 7118 §5 has carry one SIP message. Control frames (close, ping, pong) are passed over. Memory is bounded:
 * a message longer than {@value #MAX_MESSAGE} bytes is given up on, and framing then stops for the stream.
 */
final class WebSocketFramer implements ByteStream {

    static final int MAX_MESSAGE = 16 * 1024 * 1024;

    private final SipStreamFramer.Sink sink;
    private byte[] buffer = new byte[4096];
    private int start;
    private int end;
    private final ByteArrayOutputStream message = new ByteArrayOutputStream();
    private boolean lost;

    WebSocketFramer(SipStreamFramer.Sink sink) {
        this.sink = sink;
    }

    @Override
    public void feed(byte[] bytes, int offset, int length) {
        if (lost) {
            sink.skipped(length, "WebSocket framing was lost earlier in the stream");
            return;
        }
        if (end + length > buffer.length) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
            if (end + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, end + length));
            }
        }
        System.arraycopy(bytes, offset, buffer, end, length);
        end += length;
        frames();
    }

    @Override
    public void gap() {
        lose("a gap in the TCP stream");
    }

    @Override
    public void finish() {
        if (end > start || message.size() > 0) {
            sink.skipped(end - start + message.size(), "the capture ends inside a WebSocket message");
        }
        start = 0;
        end = 0;
        message.reset();
    }

    private void frames() {
        while (end - start >= 2) {
            int b0 = buffer[start] & 0xff;
            int b1 = buffer[start + 1] & 0xff;
            int header = 2;
            long length = b1 & 0x7f;
            if (length == 126) {
                header = 4;
                if (end - start < header) {
                    return;
                }
                length = LinkLayer.u16(buffer, start + 2);
            } else if (length == 127) {
                header = 10;
                if (end - start < header) {
                    return;
                }
                length = LinkLayer.u32(buffer, start + 2) << 32 | LinkLayer.u32(buffer, start + 6);
            }
            boolean masked = (b1 & 0x80) != 0;
            int maskAt = start + header;
            header += masked ? 4 : 0;
            if (length < 0 || length + message.size() > MAX_MESSAGE) {
                lose("a WebSocket message over " + MAX_MESSAGE + " bytes");
                return;
            }
            if (end - start < header + length) {
                return;
            }
            int payload = start + header;
            int opcode = b0 & 0x0f;
            if (opcode <= 2) {
                for (int i = 0; i < length; i++) {
                    byte c = buffer[payload + i];
                    message.write(masked ? c ^ buffer[maskAt + (i & 3)] : c);
                }
                if ((b0 & 0x80) != 0) {
                    byte[] whole = message.toByteArray();
                    message.reset();
                    sink.message(whole, 0, whole.length);
                }
            }
            start += header + (int) length;
        }
    }

    private void lose(String why) {
        long n = end - start + message.size();
        if (n > 0) {
            sink.skipped(n, why);
        }
        start = 0;
        end = 0;
        message.reset();
        lost = true;
    }
}
