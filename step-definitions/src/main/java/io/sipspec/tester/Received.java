package io.sipspec.tester;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.MalformedSipMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * One datagram, or one message framed out of a stream (RFC 3261 §18.3), that a peer received: the raw bytes and
 * what the message layer made of them, a {@link SipMessage} or a {@link MalformedSipMessage}.
 *
 * @param peer      the receiving peer
 * @param nanos     when it arrived, on the scenario's {@link TesterClock}
 * @param transport UDP or TCP
 * @param local     the peer's address (for TCP, the local end of the connection)
 * @param remote    where it came from
 * @param raw       the bytes as received (for TCP, as framed; leading CRLF keep-alives are not part of a message)
 * @param message   the parsed message, or null when malformed
 * @param malformed the parse failure, or null when parsed
 */
public record Received(String peer, long nanos, Transport transport, InetSocketAddress local, InetSocketAddress remote,
                       byte[] raw, SipMessage message, MalformedSipMessage malformed) implements TrafficEvent {

    private static final int MAX_LINE = 120;

    public Received {
        if ((message == null) == (malformed == null)) {
            throw new IllegalArgumentException("exactly one of message and malformed must be given");
        }
    }

    /** {@code raw} and what a decoder made of it: a {@link SipMessage} or a {@link MalformedSipMessage}. */
    static Received of(String peer, long nanos, Transport transport, InetSocketAddress local, InetSocketAddress remote,
                       byte[] raw, Object decoded) {
        if (decoded instanceof SipMessage m) {
            return new Received(peer, nanos, transport, local, remote, raw, m, null);
        }
        return new Received(peer, nanos, transport, local, remote, raw, null, (MalformedSipMessage) decoded);
    }

    public boolean isMalformed() {
        return malformed != null;
    }

    /** True for a parsed request with this method (case-sensitive, RFC 3261 §7.1). */
    public boolean isRequest(String method) {
        return message instanceof SipRequest r && r.method().equals(method);
    }

    /** True for a parsed response with this status code. */
    public boolean isResponse(int status) {
        return message instanceof SipResponse r && r.statusCode() == status;
    }

    /**
     * The start line, for reports: the parsed one, else the first line of the raw bytes with control characters
     * escaped and "[malformed: reason]" appended.
     */
    public String startLine() {
        if (message != null) {
            return message.startLine();
        }
        return escapedFirstLine(raw) + " [malformed: " + malformed.cause().reason() + "]";
    }

    /** The first line of {@code bytes}, control characters escaped as {@code \xNN}, cut at 120 characters. */
    static String escapedFirstLine(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.length() > MAX_LINE ? out.substring(0, MAX_LINE) + "..." : out.toString();
    }
}
