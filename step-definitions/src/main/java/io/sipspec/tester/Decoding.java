package io.sipspec.tester;

import io.sipspec.message.SipMessage;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.parser.SipDecodeException;
import io.sipspec.parser.SipMessageParser;

/**
 * What the tester makes of the bytes a device sent: a SipMessage, or a MalformedSipMessage; never an exception. The
 * message layer is lenient where RFC 3261 lets a receiver be (it takes a bare LF as a line end); the tester is not,
 * because what it judges is the sender.
 */
final class Decoding {

    private static final SipMessageParser PARSER = new SipMessageParser();

    private Decoding() {
    }

    /** RFC 3261 §18.3 datagram rules, as {@link SipMessageParser#parseDatagram} applies them, then {@link #strict}. */
    static Object datagram(byte[] bytes) {
        try {
            return strict(PARSER.parse(bytes));
        } catch (SipDecodeException e) {
            return new MalformedSipMessage(bytes, e);
        } catch (RuntimeException e) {
            return new MalformedSipMessage(bytes, new SipDecodeException("parser error: " + e, 0, 400));
        }
    }

    /**
     * A parsed message whose start line, header lines or empty line ends in a bare LF becomes a MalformedSipMessage
     * naming the line; anything else is returned as it is.
     */
    static Object strict(Object decoded) {
        if (!(decoded instanceof SipMessage m)) {
            return decoded;
        }
        byte[] bytes = m.toByteArray();
        int line = 1;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            // RFC 3261 §7: "The start-line, each message-header line, and the empty line MUST be terminated by a
            // carriage-return line-feed sequence (CRLF)."
            if (i == 0 || bytes[i - 1] != '\r') {
                return new MalformedSipMessage(bytes, new SipDecodeException("line " + line + " ends in a bare LF, not"
                        + " CRLF (RFC 3261 §7: \"The start-line, each message-header line, and the empty line MUST be"
                        + " terminated by a carriage-return line-feed sequence (CRLF).\")", i, 400));
            }
            if (i - start <= 1) {
                return decoded; // the empty line: the body follows, and it may end its lines as it likes
            }
            line++;
            start = i + 1;
        }
        return decoded;
    }
}
