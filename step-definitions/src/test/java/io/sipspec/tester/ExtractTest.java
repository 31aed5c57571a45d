package io.sipspec.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.parser.SipMessageParser;
import org.junit.jupiter.api.Test;

class ExtractTest {

    private static final SipMessageParser PARSER = new SipMessageParser();

    private static final SipMessage RINGING = PARSER.parse("SIP/2.0 180 Ringing\r\n"
            + "v: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKabc;rport=5070\r\n"
            + "From: <sip:alice@a>;tag=f1\r\nTo: \"Bob\" <sip:bob@b>;tag=\"t2\"\r\nCall-ID: c1@a\r\n"
            + "CSeq: 1 INVITE\r\nContact: <sip:bob@127.0.0.1:5060>;expires=60\r\nContent-Length: 0\r\n\r\n");

    private static final SipMessage INVITE = PARSER.parse("INVITE sip:bob@b;transport=udp SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKx\r\nFrom: <sip:alice@a>;tag=f1\r\nTo: <sip:bob@b>\r\n"
            + "Call-ID: c2\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n");

    @Test
    void headerValuesAsWritten() {
        assertEquals("c1@a", Extract.header(RINGING, "Call-ID"));
        assertEquals("SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKabc;rport=5070", Extract.header(RINGING, "Via"));
    }

    @Test
    void parametersOfTypedHeadersUnquoted() {
        assertEquals("t2", Extract.parameter(RINGING, SipHeaders.TO, "tag"));
        assertEquals("f1", Extract.parameter(RINGING, SipHeaders.FROM, "tag"));
        assertEquals("z9hG4bKabc", Extract.parameter(RINGING, SipHeaders.VIA, "branch"));
        assertEquals("60", Extract.parameter(RINGING, SipHeaders.CONTACT, "expires"));
    }

    @Test
    void requestUriAndStatusCode() {
        assertEquals("sip:bob@b;transport=udp", Extract.requestUri(INVITE));
        assertEquals("180", Extract.statusCode(RINGING));
    }

    @Test
    void whatIsMissingIsAFailureNamingItAndTheMessage() {
        assertEquals("no tag parameter in To in \"INVITE sip:bob@b;transport=udp SIP/2.0\"",
                assertThrows(AssertionError.class, () -> Extract.parameter(INVITE, SipHeaders.TO, "tag")).getMessage());
        assertEquals("no Subject header field in \"SIP/2.0 180 Ringing\"",
                assertThrows(AssertionError.class, () -> Extract.header(RINGING, "Subject")).getMessage());
        assertEquals("no Contact header field in \"INVITE sip:bob@b;transport=udp SIP/2.0\"",
                assertThrows(AssertionError.class, () -> Extract.parameter(INVITE, SipHeaders.CONTACT, "expires")).getMessage());
        assertEquals("no status code (not a response) in \"INVITE sip:bob@b;transport=udp SIP/2.0\"",
                assertThrows(AssertionError.class, () -> Extract.statusCode(INVITE)).getMessage());
        assertEquals("no Request-URI (not a request) in \"SIP/2.0 180 Ringing\"",
                assertThrows(AssertionError.class, () -> Extract.requestUri(RINGING)).getMessage());
    }

    @Test
    void aHeaderWithoutParametersIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Extract.parameter(RINGING, SipHeaders.CALL_ID, "x"));
        assertEquals("Call-ID values have no parameters", e.getMessage());
    }
}
