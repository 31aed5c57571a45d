package io.sipspec.server;

import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.StatusCodes;
import io.sipspec.parser.Violation;
import java.nio.charset.StandardCharsets;

/** The answers the reference elements build for requests they cannot process. */
final class Responses {

    private static final String RESERVED_AND_MARK = ";/?:@&=+$,-_.!~*'() \t";

    private Responses() {
    }

    /**
     * The answer to a request that breaks RFC 3261: the violation's status, with the violation in the reason phrase.
     * RFC 3261 §21.4.1: "The Reason-Phrase SHOULD identify the syntax problem in more detail, for example, "Missing
     * Call-ID header field"." When the To header field itself does not parse, the response copies the Via, From,
     * To, Call-ID and CSeq rows as they are (no To tag can be added to a To that cannot be read).
     */
    static SipResponse invalid(SipRequest r, Violation v) {
        String detail = v.reason().startsWith(v.where()) ? v.reason() : v.where() + ": " + v.reason();
        String phrase = reasonPhrase(StatusCodes.reasonPhrase(v.status()) + " (" + detail + ")");
        try {
            return r.createResponse(v.status()).reason(phrase).build();
        } catch (SipParseException e) {
            SipResponse.Builder b = SipResponse.builder(v.status()).reason(phrase);
            for (HeaderField f : r.headers()) {
                HeaderName n = f.name();
                if (n == HeaderName.VIA || n == HeaderName.FROM || n == HeaderName.TO || n == HeaderName.CALL_ID
                        || n == HeaderName.CSEQ) {
                    b.addHeader(n, f.value());
                }
            }
            return b.build();
        }
    }

    /**
     * {@code text} as a Reason-Phrase (§25.1): "Reason-Phrase   =  *(reserved / unreserved / escaped /
     * UTF8-NONASCII / UTF8-CONT / SP / HTAB)". Other octets are escaped ({@code %22} for a quote).
     */
    static String reasonPhrase(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 0x80 || Character.isLetterOrDigit(c) || RESERVED_AND_MARK.indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return new String(sb.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
