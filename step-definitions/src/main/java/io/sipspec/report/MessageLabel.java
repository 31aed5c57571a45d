package io.sipspec.report;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.SipDecodeException;
import io.sipspec.parser.SipMessageParser;

/**
 * What an arrow of the ladder says about its message: the method of a request, the status line of a response, or
 * why the bytes are not a SIP message.
 *
 * @param kind   what the bytes are
 * @param text   the short label, e.g. "INVITE", "180 Ringing", "malformed"
 * @param detail a longer description, e.g. the start line, or why the bytes are not a SIP message
 */
record MessageLabel(Kind kind, String text, String detail) {

    /** What a payload is. */
    enum Kind { REQUEST, RESPONSE, MALFORMED, KEEPALIVE }

    private static final SipMessageParser PARSER = new SipMessageParser();

    static MessageLabel of(byte[] payload) {
        if (isKeepAlive(payload)) {
            String text = payload.length == 0 ? "empty" : "keep-alive (CRLF)";
            return new MessageLabel(Kind.KEEPALIVE, text, payload.length + " bytes of CR and LF");
        }
        try {
            SipMessage message = PARSER.parse(payload);
            if (message instanceof SipRequest request) {
                return new MessageLabel(Kind.REQUEST, request.method(), request.startLine());
            }
            SipResponse response = (SipResponse) message;
            return new MessageLabel(Kind.RESPONSE, response.statusCode() + " " + response.reasonPhrase(),
                    response.startLine());
        } catch (SipDecodeException e) {
            return new MessageLabel(Kind.MALFORMED, "malformed",
                    "not a SIP message: " + e.reason() + " (at byte " + e.position() + ")");
        } catch (RuntimeException e) {
            // Evidence must be rendered whatever the device sent: a parser bug is shown, not propagated.
            return new MessageLabel(Kind.MALFORMED, "unparseable", "the parser failed: " + e);
        }
    }

    private static boolean isKeepAlive(byte[] payload) {
        for (byte b : payload) {
            if (b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
