package io.sipspec.steps;

import static io.sipspec.steps.FakeDevice.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.HeaderName;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A peer answering what the device sent it: the chosen request, one To tag per request, the header fields and body, the failures. */
class AnswerStepsTest {

    private final FakeDevice fake = new FakeDevice();
    private final AnswerSteps steps = new AnswerSteps(fake.wire);

    @AfterEach
    void close() {
        fake.close();
    }

    private static SipRequest request(String method, long cseq) {
        return SipRequest.builder(method, Uri.parse("sip:alice@127.0.0.1"))
                .header("Via", "SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK-" + method + cseq)
                .header("Max-Forwards", "70")
                .header("To", "<sip:alice@127.0.0.1>")
                .header("From", "<sip:bob@127.0.0.1>;tag=b0b")
                .header("Call-ID", "call-1")
                .header("CSeq", cseq + " " + method)
                .build();
    }

    /** The device sends {@code r} to alice, and a step takes it. */
    private void aliceReceives(SipRequest r) {
        fake.sends(r);
        fake.steps.receivesRequest("alice", r.method(), WAIT);
    }

    @Test
    void answersTheMethodAnswersTheLastRequestOfThatMethodNotTheLastRequest() {
        aliceReceives(request("INVITE", 1));
        aliceReceives(request("CANCEL", 1));
        steps.answersTheWith("alice", "INVITE", 487);
        SipResponse r = (SipResponse) fake.received();
        assertEquals(487, r.statusCode());
        assertEquals("1 INVITE", r.headerValue("CSeq"));
        assertNotNull(r.to().tag(), "a To tag is added (§8.2.6.2)");
    }

    @Test
    void answersTheMethodFailsWhenThePeerHasNoSuchRequest() {
        aliceReceives(request("OPTIONS", 1));
        AssertionError e = assertThrows(AssertionError.class, () -> steps.answersTheWith("alice", "INVITE", 487));
        assertTrue(e.getMessage().startsWith("alice answers the INVITE with 487: alice has received no INVITE request; last message seen: "
                + "\"OPTIONS sip:alice@127.0.0.1 SIP/2.0\""), e.getMessage());
    }

    @Test
    void containingReplacesOrAddsHeaderFieldsAndSetsTheBody() {
        aliceReceives(request("INVITE", 1));
        steps.answersWithContaining("alice", 401, """
                To: <sip:alice@127.0.0.1>;tag=a11ce
                WWW-Authenticate: Digest realm="one", nonce="1"
                WWW-Authenticate: Digest realm="two", nonce="2"
                Contact: <sip:alice@${local}>
                Content-Type: text/plain

                hello""");
        SipResponse r = (SipResponse) fake.received();
        assertEquals(401, r.statusCode());
        assertEquals("a11ce", r.to().tag(), "the To of the doc string replaces the one made");
        assertEquals(2, r.headers().values(io.sipspec.message.HeaderName.WWW_AUTHENTICATE).size(), "a second row of a name is added");
        assertEquals("<sip:alice@" + fake.alice().address().getHostString() + ":" + fake.alice().address().getPort() + ">",
                r.headerValue("Contact"), "variables are rendered as in 'sends:'");
        assertEquals("hello\r\n", r.bodyText());
        assertEquals(r.bodyLength(), r.contentLength());
    }

    @Test
    void containingGivesEveryResponseToARequestTheSameToTagAsAnsweringWithAStatusDoes() {
        aliceReceives(request("INVITE", 1));
        fake.steps.answersWith("alice", 180);
        steps.answersWithContaining("alice", 183, "Record-Route: <sip:p1@${local};lr>\nRecord-Route: <sip:p2@${local};lr>");
        steps.answersWithContaining("alice", 200, "Contact: <sip:alice@${local}>\nContent-Type: application/sdp\n\nv=0\nm=audio 4 RTP/AVP 0");
        steps.answersTheWith("alice", "INVITE", 200);
        SipResponse ringing = (SipResponse) fake.received();
        SipResponse progress = (SipResponse) fake.received();
        SipResponse ok = (SipResponse) fake.received();
        SipResponse again = (SipResponse) fake.received();
        assertNotNull(ringing.to().tag());
        assertEquals(ringing.to().tag(), progress.to().tag(), "one dialog: the same To tag");
        assertEquals(ringing.to().tag(), ok.to().tag(), "one dialog: the same To tag");
        assertEquals(ringing.to().tag(), again.to().tag(), "one dialog: the same To tag");
        String alice = fake.alice().address().getHostString() + ":" + fake.alice().address().getPort();
        assertEquals(List.of("<sip:p1@" + alice + ";lr>", "<sip:p2@" + alice + ";lr>"), progress.headers().values(HeaderName.RECORD_ROUTE));
        assertEquals("v=0\r\nm=audio 4 RTP/AVP 0\r\n", ok.bodyText());
        assertEquals("application/sdp", ok.headerValue("Content-Type"));
        aliceReceives(request("BYE", 2));
        steps.answersWithContaining("alice", 200, "Subject: bye");
        assertNotEquals(ringing.to().tag(), ((SipResponse) fake.received()).to().tag(), "another request: another To tag");
    }

    @Test
    void containingAddsARowOfANameGivenTwiceAfterTheLastRowAndRendersPeerAddresses() {
        aliceReceives(request("INVITE", 1));
        String via = "SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK-INVITE1";
        steps.answersWithContaining("alice", 302, "Via: " + via + "\nVia: SIP/2.0/UDP 192.0.2.7;branch=z9hG4bKx\n"
                + "Contact: <sip:carol@${peer.alice}>");
        SipResponse moved = (SipResponse) fake.received();
        String alice = fake.alice().address().getHostString() + ":" + fake.alice().address().getPort();
        assertEquals("<sip:carol@" + alice + ">", moved.headerValue("Contact"), "${peer.NAME} is the peer's host:port");
        assertEquals(List.of(via, "SIP/2.0/UDP 192.0.2.7;branch=z9hG4bKx"), moved.headers().values(HeaderName.VIA));
        assertTrue(moved.toString().contains("CSeq: 1 INVITE\r\nVia: SIP/2.0/UDP 192.0.2.7;branch=z9hG4bKx\r\n"),
                "the second row comes after the response's own rows: " + moved);
        steps.answersWithContaining("alice", 200, "To: <sip:alice@127.0.0.1>");
        assertNull(((SipResponse) fake.received()).to().tag(), "a To given once replaces the response's");
    }

    @Test
    void containingFailsOnARowThatIsNotAHeaderField() {
        aliceReceives(request("INVITE", 1));
        AssertionError e = assertThrows(AssertionError.class, () -> steps.answersWithContaining("alice", 200, "no colon here"));
        assertEquals("alice answers with 200 containing: \"no colon here\" is not a header field row (Name: value)", e.getMessage());
    }

    @Test
    void containingFailsWhenTheLastMessageIsNotARequest() {
        fake.sends(request("INVITE", 1).createResponse(200).build());
        fake.steps.receivesResponse("alice", io.sipspec.tester.StatusPattern.of("200"), WAIT);
        AssertionError e = assertThrows(AssertionError.class, () -> steps.answersWithContaining("alice", 200, "Subject: x"));
        assertTrue(e.getMessage().startsWith("alice answers with 200 containing: the last message alice received is not a request: "),
                e.getMessage());
    }
}
