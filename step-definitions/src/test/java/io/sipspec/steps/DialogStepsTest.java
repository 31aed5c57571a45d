package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipRequest;
import io.sipspec.tester.StatusPattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The dialog steps against a tester peer standing in for the device: each passes on the right traffic, fails naming why. */
class DialogStepsTest {

    private final FakeDevice fake = new FakeDevice();
    private final WireSteps steps = fake.steps;
    private final DialogSteps dialog = new DialogSteps(fake.wire);

    @AfterEach
    void close() {
        fake.close();
    }

    private static String request(String method, String branch, int cseq) {
        return method + " sip:alice@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=" + branch + "\r\n"
                + "To: <sip:alice@127.0.0.1>\r\nFrom: <sip:device@127.0.0.1>;tag=d1\r\nCall-ID: d1@127.0.0.1\r\n"
                + "CSeq: " + cseq + " " + method + "\r\nMax-Forwards: 70\r\nContact: <sip:device@127.0.0.1>\r\n"
                + "Content-Type: application/sdp\r\nContent-Length: 40\r\n\r\nv=0\r\no=- 7 1 IN IP4 127.0.0.1\r\nm=audio\r\n";
    }

    private static String fails(Runnable step) {
        return assertThrows(AssertionError.class, step::run).getMessage();
    }

    @Test
    void aNewRequestIsAnotherTransactionAndNoRequestIgnoresRetransmissions() {
        fake.sends(request("INVITE", "z9hG4bKa", 7));
        steps.receivesRequest("alice", "INVITE", FakeDevice.WAIT);
        fake.sends(request("INVITE", "z9hG4bKa", 7));
        dialog.receivesNoRequest("alice", "INVITE", FakeDevice.SHORT);
        String m = fails(() -> dialog.receivesANewRequest("alice", "INVITE", FakeDevice.SHORT));
        assertTrue(m.startsWith("alice receives a new INVITE request (none of the branches [z9hG4bKa]): nothing matching within 100 ms"), m);
        fake.sends(request("INVITE", "z9hG4bKb", 8));
        m = fails(() -> dialog.receivesNoRequest("alice", "INVITE", FakeDevice.WAIT));
        assertTrue(m.startsWith("alice receives no INVITE request (but retransmissions of [z9hG4bKa]): expected nothing within 2000 ms, "
                + "but received \"INVITE sip:alice@127.0.0.1 SIP/2.0\""), m);
        dialog.receivesANewRequest("alice", "INVITE", FakeDevice.WAIT);
        assertEquals("z9hG4bKb", fake.wire.last().message().topVia().branch());
    }

    @Test
    void aResponseToItsRequestHasItsCSeq() {
        steps.sends("alice", "OPTIONS sip:bob@${sut} SIP/2.0\nVia: SIP/2.0/UDP ${local};branch=${branch}\nMax-Forwards: 70\n"
                + "To: <sip:bob@${sut}>\nFrom: <sip:alice@${local}>;tag=a1\nCall-ID: c1\nCSeq: 2 OPTIONS\nContent-Length: 0");
        SipRequest options = (SipRequest) fake.received();
        fake.sends(options.toBuilder().header("CSeq", "1 OPTIONS").build().createResponse(200).build());
        String m = fails(() -> dialog.receivesResponseToIts("alice", StatusPattern.of("200"), "OPTIONS", FakeDevice.SHORT));
        assertTrue(m.startsWith("alice receives a 200 response to its OPTIONS (CSeq 2 OPTIONS): nothing matching within 100 ms"), m);
        fake.sends(options.createResponse(200).build());
        dialog.receivesResponseToIts("alice", StatusPattern.of("2xx"), "OPTIONS", FakeDevice.WAIT);
        assertEquals("2 OPTIONS", fake.wire.last().message().headerValue("CSeq"));
        assertEquals("alice receives a 200 response to its BYE: alice has sent no BYE request",
                fails(() -> dialog.receivesResponseToIts("alice", StatusPattern.of("200"), "BYE", FakeDevice.SHORT)));
    }

    @Test
    void cseqNumbersAndBodyMatches() {
        fake.sends(request("INVITE", "z9hG4bKa", 7));
        steps.receivesRequest("alice", "INVITE", FakeDevice.WAIT);
        String where = fake.alice().mailbox().describe(fake.wire.last());
        dialog.storeItsCSeqNumber("invite-cseq");
        dialog.itsCSeqNumberIsPlus("invite-cseq", 0);
        assertEquals("its CSeq number is \"invite-cseq\" plus 1: it is 7, expected 8 (7 plus 1), in " + where,
                fails(() -> dialog.itsCSeqNumberIsPlus("invite-cseq", 1)));
        assertEquals("its CSeq number is \"nothing\" plus 1: no value is stored as \"nothing\" (store it first: 'store its CSeq "
                + "number as \"nothing\"')", fails(() -> dialog.itsCSeqNumberIsPlus("nothing", 1)));
        fake.wire.variables().set("before", "6 INVITE").set("junk", "x");
        dialog.itsCSeqNumberIsPlus("before", 1);
        assertEquals("its CSeq number is \"before\" plus 0: it is 7, expected 6 (6 plus 0), in " + where,
                fails(() -> dialog.itsCSeqNumberIsPlus("before", 0)), "a whole CSeq value stored: its number counts");
        assertEquals("its CSeq number is \"junk\" plus 1: the stored \"junk\" is not a CSeq: \"x\"",
                fails(() -> dialog.itsCSeqNumberIsPlus("junk", 1)));
        dialog.storeTheMatchInItsBody("o=(\\S+ \\d+) \\d+ ", "origin");
        assertEquals("- 7", fake.wire.variables().value("origin"));
        assertEquals("store the match of \"m=video\" in its body as \"v\": the body has nothing that matches: \""
                + "v=0\r\no=- 7 1 IN IP4 127.0.0.1\r\nm=audio\r\n\", in " + where, fails(() -> dialog.storeTheMatchInItsBody("m=video", "v")));
    }

    @Test
    void aDeviceThatCannotBeTriggeredSkips() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> dialog.theDeviceHangsUp("alice"));
        assertEquals("skipped: needs trigger: stand-in fake cannot be made to hang up its call", e.getMessage());
        e = assertThrows(TestAbortedException.class, () -> dialog.theDeviceSendsAReInvite("alice"));
        assertEquals("skipped: needs trigger: stand-in fake cannot be made to send a re-INVITE", e.getMessage());
    }
}
