package io.sipspec.transaction;

import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.parser.SipDecodeException;
import io.sipspec.transport.ReceivedStamping;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to a request the decoder could not take whole: RFC 3261 §18.3, "If the transport packet ends before the
 * end of the message body, this is considered an error. If the message is a response, it MUST be discarded. If the
 * message is a request, the element SHOULD generate a 400 (Bad Request) response." The same goes for any request
 * whose start line and the header fields a response copies (§8.2.6.2: Via, From, To, Call-ID, CSeq) were read
 * before the problem: it gets the status the decoder suggests. Anything else (a response, an ACK, a request without
 * those header fields) gets no answer.
 */
final class MalformedRequests {

    private static final Set<HeaderName> COPIED = Set.of(HeaderName.VIA, HeaderName.FROM, HeaderName.TO, HeaderName.CALL_ID,
            HeaderName.CSEQ);

    private MalformedRequests() {
    }

    /** The response to send back for {@code message}, received from {@code source}, or empty to drop it. */
    static Optional<SipResponse> answer(MalformedSipMessage message, InetSocketAddress source) {
        SipDecodeException cause = message.cause();
        String line = cause.startLine();
        if (line == null || cause.headers() == null || cause.status() < 400 || cause.status() > 699) {
            return Optional.empty();
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || parts[0].startsWith("SIP/") || parts[0].equals(Methods.ACK)) {
            return Optional.empty();
        }
        try {
            SipRequest.Builder b = SipRequest.builder(parts[0], Uri.parse(parts[1]));
            Set<HeaderName> seen = new HashSet<>();
            for (HeaderField f : cause.headers()) {
                if (COPIED.contains(f.name())) {
                    b.addHeader(f.name(), f.value());
                    seen.add(f.name());
                }
            }
            if (!seen.equals(COPIED)) {
                return Optional.empty();
            }
            SipRequest request = ReceivedStamping.stamp(b.build(), source);
            if (request.cseq() == null || request.topVia() == null) {
                return Optional.empty();
            }
            return Optional.of(request.createResponse(cause.status()).build());
        } catch (SipParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
