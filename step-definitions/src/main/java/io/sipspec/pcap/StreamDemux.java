package io.sipspec.pcap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decides what one direction of a TCP stream carries: SIP framed by Content-Length ({@link SipStreamFramer}), or SIP
 * over WebSocket (RFC 7118) after an HTTP upgrade handshake ({@link WebSocketFramer}). A stream whose first bytes are
 * an HTTP request or response is held until the end of its HTTP header; if that header upgrades to WebSocket, the
 * rest of the stream is WebSocket frames; otherwise everything goes to the SIP framer, which skips what is not SIP.
 */
final class StreamDemux implements ByteStream {

    private static final int MAX_HTTP_HEAD = 16_384;

    private final SipStreamFramer sip;
    private final WebSocketFramer webSocket;
    private ByteStream decided;
    private byte[] held = new byte[0];

    StreamDemux(SipStreamFramer.Sink sipSink, SipStreamFramer.Sink webSocketSink) {
        this.sip = new SipStreamFramer(sipSink);
        this.webSocket = new WebSocketFramer(webSocketSink);
    }

    @Override
    public void feed(byte[] bytes, int offset, int length) {
        if (decided != null) {
            decided.feed(bytes, offset, length);
            return;
        }
        held = Arrays.copyOf(held, held.length + length);
        System.arraycopy(bytes, offset, held, held.length - length, length);
        int first = 0;
        while (first < held.length && (held[first] == '\r' || held[first] == '\n')) {
            first++;
        }
        if (held.length - first < 5) {
            return;
        }
        String start = new String(held, first, 5, StandardCharsets.ISO_8859_1);
        if (!start.equals("GET /") && !start.equals("HTTP/")) {
            decide(sip, 0);
            return;
        }
        int headEnd = indexOf(held, first, "\r\n\r\n");
        if (headEnd < 0) {
            if (held.length > MAX_HTTP_HEAD) {
                decide(sip, 0);
            }
            return;
        }
        String head = new String(held, first, headEnd - first, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("upgrade: websocket") || head.contains("upgrade:websocket")) {
            decide(webSocket, headEnd + 4);
        } else {
            decide(sip, 0);
        }
    }

    @Override
    public void gap() {
        (decided != null ? decided : sip).gap();
        if (decided == null) {
            held = new byte[0];
        }
    }

    @Override
    public void finish() {
        if (decided == null) {
            decide(sip, 0);
        }
        decided.finish();
    }

    private void decide(ByteStream to, int from) {
        decided = to;
        byte[] rest = held;
        held = new byte[0];
        if (rest.length > from) {
            to.feed(rest, from, rest.length - from);
        }
    }

    private static int indexOf(byte[] b, int from, String what) {
        outer:
        for (int i = from; i + what.length() <= b.length; i++) {
            for (int j = 0; j < what.length(); j++) {
                if (b[i + j] != what.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
