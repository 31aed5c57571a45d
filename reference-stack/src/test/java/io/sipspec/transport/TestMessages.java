package io.sipspec.transport;

import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.message.Via;
import java.util.Arrays;

/** Requests for the transport tests. */
final class TestMessages {

    private TestMessages() {
    }

    /** An OPTIONS request with this top Via and a body of {@code bodyBytes} 'x's. */
    static SipRequest options(Via via, int bodyBytes) {
        byte[] body = new byte[bodyBytes];
        Arrays.fill(body, (byte) 'x');
        SipRequest.Builder b = SipRequest.builder("OPTIONS", SipUri.parse("sip:bob@example.com"))
                .addHeader(SipHeaders.VIA, via)
                .header(HeaderName.MAX_FORWARDS, "70")
                .header(HeaderName.TO, "<sip:bob@example.com>")
                .header(HeaderName.FROM, "<sip:alice@example.com>;tag=" + Identifiers.newTag())
                .header(HeaderName.CALL_ID, Identifiers.newCallId("example.com"))
                .header(HeaderName.CSEQ, "1 OPTIONS");
        if (bodyBytes > 0) {
            b.body("text/plain", body);
        }
        return b.build();
    }

    static SipRequest options(Via via) {
        return options(via, 0);
    }

    /** Bytes of an OPTIONS request as a foreign client would write them. */
    static byte[] optionsBytes(String via) {
        return ("OPTIONS sip:bob@example.com SIP/2.0\r\n"
                + "Via: " + via + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "To: <sip:bob@example.com>\r\n"
                + "From: <sip:alice@example.com>;tag=1928301774\r\n"
                + "Call-ID: a84b4c76e66710@example.com\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
