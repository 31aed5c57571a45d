package io.sipspec.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageValidatorTest {

    private static final MessageValidator VALIDATOR = new MessageValidator();

    private static final String HEAD = "Via: SIP/2.0/UDP client.example.com;branch=z9hG4bK776asdhds\r\n"
            + "To: <sip:bob@example.com>\r\n"
            + "From: <sip:alice@example.com>;tag=1928301774\r\n"
            + "Call-ID: a84b4c76e66710@client.example.com\r\n";

    private static List<Violation> validate(String text) {
        SipMessage m = new SipMessageParser().parse(text);
        return VALIDATOR.validate(m);
    }

    private static List<String> places(List<Violation> v) {
        return v.stream().map(Violation::where).toList();
    }

    @Test
    void aWellFormedRequestHasNoViolations() {
        assertEquals(List.of(), validate("OPTIONS sip:bob@example.com SIP/2.0\r\n" + HEAD
                + "CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n"));
    }

    /** RFC 3261 §7.3.1: WWW-Authenticate is an exception: "Multiple header field rows with these names MAY be present". */
    @Test
    void severalChallengeRowsAreValid() {
        String challenge = "WWW-Authenticate: Digest realm=\"example.com\",nonce=\"n\",qop=\"auth\"";
        assertEquals(List.of(), validate("SIP/2.0 401 Unauthorized\r\n" + HEAD + "CSeq: 1 REGISTER\r\n" + challenge
                + ",algorithm=SHA-256\r\n" + challenge + ",algorithm=MD5\r\nContent-Length: 0\r\n\r\n"));
    }

    /** RFC 3261 §7.1: "The SIP-Version string is case-insensitive". */
    @Test
    void theVersionIsCaseInsensitive() {
        assertEquals(List.of(), validate("OPTIONS sip:bob@example.com sip/2.0\r\n" + HEAD + "CSeq: 1 OPTIONS\r\n\r\n"));
    }

    /** RFC 3261 §21.5.6: 505 comes first, before any 400. */
    @Test
    void anotherVersionIs505AndComesFirst() {
        List<Violation> v = validate("OPTIONS sip:bob@example.com SIP/3.0\r\n" + HEAD + "CSeq: 1 INVITE\r\n\r\n");
        assertEquals(List.of("SIP-Version", "CSeq"), places(v));
        assertEquals(505, v.get(0).status());
    }

    /** RFC 3261 §20.15: "The Content-Type header field MUST be present if the body is not empty." */
    @Test
    void aBodyWithoutContentTypeIs400() {
        List<Violation> v = validate("MESSAGE sip:bob@example.com SIP/2.0\r\n" + HEAD + "CSeq: 1 MESSAGE\r\n"
                + "Content-Length: 5\r\n\r\nhello");
        assertEquals(List.of("Content-Type"), places(v));
    }

    /** RFC 3261 §20.14: Content-Length is the size of the body; a built message that disagrees is invalid. */
    @Test
    void aContentLengthThatDisagreesWithTheBodyIs400() {
        SipMessage m = new SipMessageParser().parse("MESSAGE sip:bob@example.com SIP/2.0\r\n" + HEAD + "CSeq: 1 MESSAGE\r\n"
                + "Content-Type: text/plain\r\n\r\nhello");
        HeaderField[] onlyLength = {new HeaderField(HeaderName.CONTENT_LENGTH, "3")};
        SipMessage wrong = SipRequest.fromWire("MESSAGE", "sip:bob@example.com", "SIP/2.0", onlyLength, 1, m.toByteArray(),
                m.length() - 5);
        assertEquals(List.of("To", "From", "CSeq", "Call-ID", "Via", "Content-Length", "Content-Type"),
                places(VALIDATOR.validate(wrong)));
    }

    /** RFC 3261 §20: To, From, CSeq, Call-ID and Via are mandatory in responses too; Max-Forwards is not. */
    @Test
    void aResponseNeedsItsMandatoryHeaderFields() {
        assertEquals(List.of(), validate("SIP/2.0 200 OK\r\n" + HEAD + "CSeq: 1 OPTIONS\r\n\r\n"));
        assertEquals(List.of("CSeq", "Via"), places(validate("SIP/2.0 200 OK\r\nTo: <sip:bob@example.com>\r\n"
                + "From: <sip:alice@example.com>;tag=1\r\nCall-ID: x@y\r\n\r\n")));
    }

    /** RFC 3261 §7.3.1: a list header may have several rows; a single-valued one may not. */
    @Test
    void onlyListHeadersMayRepeat() {
        assertEquals(List.of(), validate("OPTIONS sip:bob@example.com SIP/2.0\r\n" + HEAD + "CSeq: 1 OPTIONS\r\n"
                + "Supported: foo\r\nSupported: bar\r\n\r\n"));
        List<Violation> v = validate("OPTIONS sip:bob@example.com SIP/2.0\r\n" + HEAD + "CSeq: 1 OPTIONS\r\n"
                + "Expires: 1\r\nExpires: 2\r\n\r\n");
        assertEquals(List.of("Expires"), places(v));
    }

    /** RFC 3261 §8.2.2: extension header fields are not the validator's business. */
    @Test
    void extensionHeadersAreNotChecked() {
        assertEquals(List.of(), validate("OPTIONS sip:bob@example.com SIP/2.0\r\n" + HEAD + "CSeq: 1 OPTIONS\r\n"
                + "X-Anything: ;;,,\"\r\n\r\n"));
    }
}
