package io.sipspec.fault;

import io.sipspec.message.Address;
import io.sipspec.message.CSeq;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Headers;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The faults seen on the wire, applied to a message the stack is about to send: the message as a faulty device would
 * have written it. The stack calls {@link #apply} on every message it sends when it has faults; a message none of
 * them concerns goes out unchanged. A response whose Via, To or CSeq does not parse (the answer to a malformed
 * request) goes out unchanged too.
 */
public final class OutgoingFaults {

    private OutgoingFaults() {
    }

    /** {@code message} with the wire faults of {@code faults} applied. */
    public static SipMessage apply(FaultSet faults, SipMessage message) {
        if (faults.isEmpty()) {
            return message;
        }
        return message instanceof SipResponse r ? response(faults, r) : request(faults, (SipRequest) message);
    }

    /** A request the device sends: {@link Fault#UAC_NO_MAX_FORWARDS}. */
    public static SipRequest request(FaultSet faults, SipRequest request) {
        if (faults.has(Fault.UAC_NO_MAX_FORWARDS) && request.headers().contains(HeaderName.MAX_FORWARDS)) {
            return request.toBuilder().removeHeader(HeaderName.MAX_FORWARDS).build();
        }
        return request;
    }

    /** A response the device sends, with every response fault of {@code faults} that concerns it. */
    public static SipResponse response(FaultSet faults, SipResponse response) {
        if (faults.isEmpty()) {
            return response;
        }
        try {
            SipResponse faulty = headerFaults(faults, response);
            if (faults.has(Fault.WRONG_CONTENT_LENGTH) || faults.has(Fault.BARE_LF)) {
                faulty = framingFaults(faults, faulty);
            }
            return faulty;
        } catch (SipParseException e) {
            return response;
        }
    }

    private static SipResponse headerFaults(FaultSet faults, SipResponse r) {
        int code = r.statusCode();
        CSeq cseq = r.cseq();
        String method = cseq == null ? null : cseq.method();
        SipResponse.Builder b = r.toBuilder();
        if (faults.has(Fault.WRONG_SIP_VERSION)) {
            b.version("SIP/2.1");
        }
        Address to = r.to();
        if (faults.has(Fault.NO_TO_TAG) && code != 100 && to != null && to.tag() != null) {
            b.header(SipHeaders.TO, to.withoutParameter("tag"));
        }
        Via top = r.topVia();
        if (top != null && (faults.has(Fault.WRONG_VIA) || faults.has(Fault.NO_RECEIVED))) {
            Via v = top;
            if (faults.has(Fault.WRONG_VIA) && v.branch() != null) {
                v = v.withParameter("branch", v.branch() + "x");
            }
            if (faults.has(Fault.NO_RECEIVED)) {
                v = v.withoutParameter("received");
            }
            b.removeFirst(SipHeaders.VIA).addHeaderFirst(SipHeaders.VIA, v);
        }
        if (cseq != null && (faults.has(Fault.WRONG_CSEQ_METHOD) || faults.has(Fault.CSEQ_SYNTAX))) {
            String m = !faults.has(Fault.WRONG_CSEQ_METHOD) ? method
                    : Methods.INVITE.equals(method) ? Methods.OPTIONS : Methods.INVITE;
            b.header(HeaderName.CSEQ, faults.has(Fault.CSEQ_SYNTAX) ? m + " " + cseq.sequence() : cseq.sequence() + " " + m);
        }
        removeIf(b, faults.has(Fault.NO_ALLOW_IN_405) && code == 405, HeaderName.ALLOW);
        removeIf(b, faults.has(Fault.OPTIONS_NO_ALLOW) && code == 200 && Methods.OPTIONS.equals(method), HeaderName.ALLOW);
        removeIf(b, faults.has(Fault.NO_UNSUPPORTED_IN_420) && code == 420, HeaderName.UNSUPPORTED);
        if (faults.has(Fault.NO_ACCEPT_IN_415) && code == 415) {
            b.removeHeader(HeaderName.ACCEPT).removeHeader(HeaderName.ACCEPT_ENCODING).removeHeader(HeaderName.ACCEPT_LANGUAGE);
        }
        removeIf(b, faults.has(Fault.NO_CONTENT_TYPE) && r.bodyLength() > 0, HeaderName.CONTENT_TYPE);
        removeIf(b, faults.has(Fault.NO_MIN_EXPIRES) && code == 423, HeaderName.MIN_EXPIRES);
        removeIf(b, faults.has(Fault.NO_WWW_AUTHENTICATE) && code == 401, HeaderName.WWW_AUTHENTICATE);
        removeIf(b, faults.has(Fault.NO_RECORD_ROUTE), HeaderName.RECORD_ROUTE);
        boolean inviteSuccess = code / 100 == 2 && Methods.INVITE.equals(method);
        removeIf(b, faults.has(Fault.NO_CONTACT_IN_2XX) && inviteSuccess, HeaderName.CONTACT);
        if (faults.has(Fault.NO_ANSWER_IN_2XX) && inviteSuccess) {
            b.removeHeader(HeaderName.CONTENT_TYPE).body(new byte[0]);
        }
        return b.build();
    }

    private static void removeIf(SipResponse.Builder b, boolean condition, HeaderName name) {
        if (condition) {
            b.removeHeader(name);
        }
    }

    /**
     * {@link Fault#WRONG_CONTENT_LENGTH} and {@link Fault#BARE_LF}: the bytes of {@code r}, which the message
     * builder wrote ({@code Content-Length: n} and CRLF line ends), rewritten.
     */
    private static SipResponse framingFaults(FaultSet faults, SipResponse r) {
        byte[] raw = r.toByteArray();
        int bodyLength = r.bodyLength();
        String head = new String(raw, 0, raw.length - bodyLength, StandardCharsets.ISO_8859_1);
        List<HeaderField> fields = new ArrayList<>(r.headers());
        if (faults.has(Fault.WRONG_CONTENT_LENGTH)) {
            String wrong = Integer.toString(bodyLength + 1);
            head = head.replace("\r\nContent-Length: " + bodyLength + "\r\n", "\r\nContent-Length: " + wrong + "\r\n");
            fields.replaceAll(f -> f.name() == HeaderName.CONTENT_LENGTH ? new HeaderField(HeaderName.CONTENT_LENGTH, wrong) : f);
        }
        if (faults.has(Fault.BARE_LF)) {
            head = head.replace("\r\n", "\n");
        }
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(headBytes, headBytes.length + bodyLength);
        System.arraycopy(raw, raw.length - bodyLength, out, headBytes.length, bodyLength);
        return SipResponse.fromWire(r.statusCode(), r.reasonPhrase(), r.version(), Headers.of(fields), out, headBytes.length);
    }
}
