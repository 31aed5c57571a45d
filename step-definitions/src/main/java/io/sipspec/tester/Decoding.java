package io.sipspec.tester;

import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.parser.SipDecodeException;
import io.sipspec.parser.SipMessageParser;

/** What the message layer makes of one datagram: a SipMessage, or a MalformedSipMessage; never an exception. */
final class Decoding {

    private static final SipMessageParser PARSER = new SipMessageParser();

    private Decoding() {
    }

    /** RFC 3261 §18.3 datagram rules, as {@link SipMessageParser#parseDatagram} applies them. */
    static Object datagram(byte[] bytes) {
        try {
            return PARSER.parse(bytes);
        } catch (SipDecodeException e) {
            return new MalformedSipMessage(bytes, e);
        } catch (RuntimeException e) {
            return new MalformedSipMessage(bytes, new SipDecodeException("parser error: " + e, 0, 400));
        }
    }
}
