package io.sipspec.parser;

import io.sipspec.message.CSeq;
import io.sipspec.message.HeaderName;
import io.sipspec.message.HeaderType;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a framed message against the rules of RFC 3261 that framing leaves open: the SIP-Version, the Request-URI,
 * the mandatory header fields, the grammar of every header field of §20, single-valued fields that appear more
 * than once, the CSeq method, and the body against Content-Length and Content-Type.
 *
 * <p>The answer to a request with violations is the status of the first one (505 before 400); a response with
 * violations is discarded (RFC 3261 §18.3: "If the message is a response, it MUST be discarded"). Header fields
 * this validator does not know (extension headers) are not checked: RFC 3261 §8.2.2, "the server MUST ignore that
 * header field and continue processing the message". Stateless and thread-safe.
 */
public final class MessageValidator {

    /** The header fields every request and every response must carry; see {@link #mandatory}. */
    private static final List<HeaderType<?>> MANDATORY = List.of(SipHeaders.TO, SipHeaders.FROM, SipHeaders.CSEQ,
            SipHeaders.CALL_ID, SipHeaders.VIA);

    /** The violations of {@code m}, most important first; empty when the message is valid. */
    public List<Violation> validate(SipMessage m) {
        List<Violation> out = new ArrayList<>(2);
        version(m, out);
        if (m instanceof SipRequest r) {
            requestUri(r, out);
        }
        mandatory(m, out);
        headerGrammar(m, out);
        if (m instanceof SipRequest r) {
            cseqMethod(r, out);
            branch(r, out);
        }
        body(m, out);
        return List.copyOf(out);
    }

    /** True if {@link #validate} finds nothing. */
    public boolean isValid(SipMessage m) {
        return validate(m).isEmpty();
    }

    /**
     * RFC 3261 §7.1: "applications sending SIP messages MUST include a SIP-Version of "SIP/2.0".  The SIP-Version
     * string is case-insensitive". §21.5.6, 505: "The server does not support, or refuses to support, the SIP
     * protocol version that was used in the request." (RFC 4475 §3.1.2.16: "The element should respond to the
     * request with a 505 Version Not Supported error.")
     */
    private static void version(SipMessage m, List<Violation> out) {
        if (!SipMessage.SIP_2_0.equalsIgnoreCase(m.version())) {
            out.add(new Violation(505, "SIP-Version", "unsupported SIP-Version " + m.version()));
        }
    }

    /**
     * RFC 3261 §7.1: "The Request-URI is a SIP or SIPS URI as described in Section 19.1 or a general URI (RFC 2396
     * [5]). ... The Request-URI MUST NOT contain unescaped spaces or control characters and MUST NOT be enclosed in
     * "<>"." §19.1.1 Table 1 marks headers "-" (not allowed) for the Request-URI; RFC 4475 §3.1.2.11: "This INVITE
     * is malformed, as the SIP Request-URI contains escaped headers."
     */
    private static void requestUri(SipRequest r, List<Violation> out) {
        Uri uri;
        try {
            uri = r.requestUri();
        } catch (SipParseException e) {
            out.add(new Violation(400, "Request-URI", e.reason() + " at position " + e.position()));
            return;
        }
        if (uri instanceof SipUri sip && !sip.headers().isEmpty()) {
            out.add(new Violation(400, "Request-URI", "headers are not allowed in a Request-URI"));
        }
    }

    /**
     * RFC 3261 §8.1.1: "A valid SIP request formulated by a UAC MUST, at a minimum, contain the following header
     * fields: To, From, CSeq, Call-ID, Max-Forwards, and Via; all of these header fields are mandatory in all SIP
     * requests." §20: "A mandatory response header field MUST be present in the response"; Tables 2 and 3 mark To, From,
     * CSeq, Call-ID and Via mandatory in responses.
     *
     * <p>A missing Max-Forwards is not a violation on receipt: §16.3 step 3, "If the request does not contain a
     * Max-Forwards header field, this check is passed", and RFC 4475 §3.4.1 asks RFC 3261 elements to accept the
     * RFC 2543 request that has "no Max-Forwards header field".
     */
    private static void mandatory(SipMessage m, List<Violation> out) {
        for (HeaderType<?> t : MANDATORY) {
            if (!m.headers().contains(t.name())) {
                out.add(new Violation(400, t.name().name(), "missing mandatory header field"));
            }
        }
    }

    /**
     * Every header field of §20 must match its §25 grammar; RFC 3261 §7.3.1: "Multiple header field rows with the
     * same field-name MAY be present in a message if and only if the entire field-value for that header field is
     * defined as a comma-separated list" (RFC 4475 §3.3.8: "An element receiving this request would respond with a
     * 400 Bad Request error").
     */
    private static void headerGrammar(SipMessage m, List<Violation> out) {
        for (HeaderType<?> t : SipHeaders.all()) {
            HeaderName name = t.name();
            List<String> rows = m.headers().values(name);
            if (rows.isEmpty()) {
                continue;
            }
            if (!t.isRepeatable() && rows.size() > 1) {
                out.add(new Violation(400, name.name(), "single-valued header field appears " + rows.size() + " times"));
            }
            for (String row : rows) {
                try {
                    t.parseField(row);
                } catch (SipParseException e) {
                    out.add(new Violation(400, name.name(), e.reason() + " at position " + e.position()));
                }
            }
        }
    }

    /**
     * RFC 3261 §8.1.1.5: "The method MUST match that of the request." (RFC 4475 §3.1.2.17: "Any element receiving
     * this request will respond with a 400 Bad Request.")
     */
    private static void cseqMethod(SipRequest r, List<Violation> out) {
        CSeq cseq = single(r, SipHeaders.CSEQ);
        if (cseq != null && !cseq.method().equals(r.method())) {
            out.add(new Violation(400, HeaderName.CSEQ.name(),
                    "CSeq method " + cseq.method() + " does not match the request method " + r.method()));
        }
    }

    /**
     * RFC 3261 §8.1.1.7: "The branch parameter value MUST be unique across space and time for all requests sent by
     * the UA." A branch that is only the magic cookie "z9hG4bK" claims RFC 3261 transaction identifiers but carries
     * none; RFC 4475 §3.2.1: "An element receiving this request could reject the request with a 400 Response".
     */
    private static void branch(SipRequest r, List<Violation> out) {
        List<Via> vias = values(r, SipHeaders.VIA);
        if (vias != null && !vias.isEmpty() && Via.MAGIC_COOKIE.equals(vias.get(0).branch())) {
            out.add(new Violation(400, HeaderName.VIA.name(), "branch is the magic cookie alone, with no transaction identifier"));
        }
    }

    /**
     * RFC 3261 §20.14: "The Content-Length header field indicates the size of the message-body, in decimal number
     * of octets"; after §18.3 framing a datagram's body is exactly that long, so a difference means the message was
     * built or framed inconsistently. §20.15: "The Content-Type header field MUST be present if the body is not
     * empty."
     */
    private static void body(SipMessage m, List<Violation> out) {
        Long length = single(m, SipHeaders.CONTENT_LENGTH);
        if (length != null && length != m.bodyLength()) {
            out.add(new Violation(400, HeaderName.CONTENT_LENGTH.name(),
                    "Content-Length " + length + " but the body has " + m.bodyLength() + " bytes"));
        }
        if (m.bodyLength() > 0 && !m.headers().contains(HeaderName.CONTENT_TYPE)) {
            out.add(new Violation(400, HeaderName.CONTENT_TYPE.name(), "a non-empty body without Content-Type"));
        }
    }

    /** The one well-formed value of a single-valued header field, or null (absent, repeated or malformed). */
    private static <T> T single(SipMessage m, HeaderType<T> t) {
        List<T> all = values(m, t);
        return all == null || all.size() != 1 ? null : all.get(0);
    }

    /** Every value of the header field, or null if a row is malformed (already reported by {@link #headerGrammar}). */
    private static <T> List<T> values(SipMessage m, HeaderType<T> t) {
        try {
            return m.headerValues(t);
        } catch (SipParseException e) {
            return null;
        }
    }
}
