package io.sipspec.transaction;

import io.sipspec.message.Address;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipResponse;
import io.sipspec.message.StatusCodes;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a request the transaction layer cannot take: one that could not be framed (RFC 3261 §18.3: "If the
 * transport packet ends before the end of the message body, this is considered an error. ... If the message is a
 * request, the element SHOULD generate a 400 (Bad Request) response."), or whose Via, CSeq, To, From or Call-ID do not
 * parse, so that no transaction can be matched or made for it. §21.4.1: "The request could not be understood due to
 * malformed syntax." RFC 4475 §3.1.2 expects such an answer for most of its invalid messages.
 *
 * <p>The response is built from the header rows as received, since their values may not parse. §8.2.6.2: "The From
 * field of the response MUST equal the From header field of the request.  The Call-ID header field of the response
 * MUST equal the Call-ID header field of the request.  The CSeq header field of the response MUST equal the CSeq field
 * of the request.  The Via header field values in the response MUST equal the Via header field values in the request
 * and MUST maintain the same ordering." So every Via row is copied, and the first row of From, To, Call-ID and CSeq
 * (a second one, as in RFC 4475's multi01, is the error itself). "the UAS MUST add a tag to the To header field in the
 * response": a To that parses and has no tag gets one. An ACK is never answered (§17.1.1.3: an ACK has no response).
 */
final class UnreadableRequestAnswer {

    private UnreadableRequestAnswer() {
    }

    /**
     * The response to the request that {@code startLine} and {@code headers} begin, or empty if they are not those of
     * a request (a response that cannot be read is discarded, §18.3) or are those of an ACK.
     *
     * @param status the status to answer with (400, or e.g. 505 for a SIP-Version the framing refused)
     * @param reason the problem, added to the reason phrase as §21.4.1 suggests
     */
    static Optional<SipResponse> answer(String startLine, List<HeaderField> headers, int status, String reason) {
        if (startLine == null || startLine.isEmpty() || startLine.startsWith("SIP/") || status < 400 || status > 699) {
            return Optional.empty();
        }
        int sp = startLine.indexOf(' ');
        String method = sp < 0 ? startLine : startLine.substring(0, sp);
        if (method.equals(Methods.ACK)) {
            return Optional.empty();
        }
        SipResponse.Builder b = SipResponse.builder(status).reason(phrase(status, reason));
        EnumSet<Copied> once = EnumSet.noneOf(Copied.class);
        for (HeaderField f : headers) {
            HeaderName n = f.name();
            if (n == HeaderName.VIA) {
                b.addHeader(n, f.value());
            } else if (n == HeaderName.TO && once.add(Copied.TO)) {
                b.addHeader(n, tagged(f.value()));
            } else if (n == HeaderName.FROM && once.add(Copied.FROM) || n == HeaderName.CALL_ID && once.add(Copied.CALL_ID)
                    || n == HeaderName.CSEQ && once.add(Copied.CSEQ)) {
                b.addHeader(n, f.value());
            }
        }
        return Optional.of(b.build());
    }

    private enum Copied { TO, FROM, CALL_ID, CSEQ }

    private static String tagged(String to) {
        try {
            Address a = SipHeaders.TO.parse(to);
            return a.tag() != null ? to : SipHeaders.TO.format(a.withTag(Identifiers.newTag()));
        } catch (SipParseException e) {
            return to;
        }
    }

    /** "Bad Request (the problem)", kept to printable characters on one line. */
    private static String phrase(int status, String reason) {
        String base = StatusCodes.reasonPhrase(status);
        if (reason == null || reason.isBlank()) {
            return base;
        }
        StringBuilder s = new StringBuilder(base).append(" (");
        String r = reason.length() > 120 ? reason.substring(0, 120) : reason;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            s.append(c < 0x20 || c == 0x7f ? ' ' : c);
        }
        return s.append(')').toString();
    }
}
