package io.sipspec.dialog;

import static io.sipspec.dialog.DialogTest.CALL_ID;
import static io.sipspec.dialog.DialogTest.inDialog;
import static io.sipspec.dialog.DialogTest.invite;
import static io.sipspec.dialog.DialogTest.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.DialogId;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialogTableTest {

    private final DialogTable table = new DialogTable();

    /**
     * RFC 3261 §12.2.2: "If the UAS wishes to reject the request because it does not wish to recreate the dialog, it
     * MUST respond to the request with a 481 (Call/Transaction Does Not Exist) status code"; §15.1.2: "If the BYE does
     * not match an existing dialog, the UAS core SHOULD generate a 481".
     */
    @Test
    void aRequestWithAToTagForNoDialogGets481() {
        SipRequest bye = inDialog("BYE", 2, "");
        RequestOutcome o = table.receiveRequest(bye);
        assertEquals(RequestOutcome.Kind.REJECTED, o.kind());
        assertEquals(481, o.status());
        SipResponse r = o.toResponse(bye).build();
        assertEquals(481, r.statusCode());
        assertEquals("u2tag", r.to().tag());
    }

    /** RFC 3261 §12.2.2: "If the request has a tag in the To header field, the UAS core computes the dialog identifier ... and compares it with existing dialogs." No tag: outside of a dialog. */
    @Test
    void aRequestWithoutAToTagIsOutOfDialog() {
        RequestOutcome o = table.receiveRequest(invite("sip:callee@domain.com", ""));
        assertEquals(RequestOutcome.Kind.OUT_OF_DIALOG, o.kind());
        assertThrows(IllegalStateException.class, () -> o.toResponse(invite("sip:callee@domain.com", "")));
    }

    /** An ACK matching no dialog is dropped: RFC 3261 §22.1 counts ACK among "any requests that take no response". */
    @Test
    void anAckForNoDialogIsDiscarded() {
        assertEquals(RequestOutcome.Kind.DISCARD, table.receiveRequest(inDialog("ACK", 1, "")).kind());
    }

    /**
     * RFC 3261 §12.1.1 through the table: the UAS's 2xx creates the dialog; §12.2.2 then matches the BYE to it; once the
     * 2xx to the BYE is sent the dialog is gone and a request for it gets 481.
     */
    @Test
    void theUasSideCreatesMatchesAndForgetsADialog() {
        SipRequest invite = invite("sip:callee@u2.domain.com", "");
        Optional<Dialog> created = table.sendResponse(invite, response(invite, 200, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n"));
        assertTrue(created.isPresent());
        assertEquals(1, table.size());
        assertEquals(created, table.find(new DialogId(CALL_ID, "u2tag", "1928301774")));

        SipRequest bye = inDialog("BYE", 314160, "");
        RequestOutcome o = table.receiveRequest(bye);
        assertEquals(RequestOutcome.Kind.IN_DIALOG, o.kind());
        assertSame(created.get(), o.dialog());
        table.sendResponse(bye, bye.createResponse(200).build());
        assertEquals(0, table.size());
        assertEquals(481, table.receiveRequest(inDialog("INFO", 314161, "")).status());
    }

    /** RFC 3261 §12.2.2 through the table: a request below the remote sequence number is a 500 for that dialog. */
    @Test
    void anOutOfOrderRequestGets500ThroughTheTable() {
        SipRequest invite = invite("sip:callee@u2.domain.com", "");
        table.sendResponse(invite, response(invite, 200, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n"));
        RequestOutcome o = table.receiveRequest(inDialog("INFO", 314158, ""));
        assertEquals(500, o.status());
        assertTrue(o.isRejected());
    }

    /** A 100 Trying has no To tag and makes no dialog; nor does a 2xx to OPTIONS. */
    @Test
    void responsesThatEstablishNoDialogAreIgnored() {
        SipRequest invite = invite("sip:callee@u2.domain.com", "");
        assertEquals(Optional.empty(), table.sendResponse(invite, invite.createResponse(100).build()));
        SipRequest options = DialogTest.request("OPTIONS", "sip:callee@domain.com", "<sip:callee@domain.com>", 1, "");
        assertEquals(Optional.empty(), table.receiveResponse(options, response(options, 200, "x", "")));
        assertEquals(0, table.size());
    }

    /**
     * RFC 3261 §13.2.2.4: "Multiple 2xx responses may arrive at the UAC for a single INVITE request due to a forking
     * proxy.  Each response is distinguished by the tag parameter in the To header field, and each represents a
     * distinct dialog, with a distinct dialog identifier." §13.2.2.1: a provisional response with a new tag constructs
     * a new (early) dialog.
     */
    @Test
    void aForkedInviteMakesOneDialogPerToTag() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog a = table.receiveResponse(invite, response(invite, 180, "forkA", "Contact: <sip:callee@a.example.com>\r\n")).orElseThrow();
        Dialog b = table.receiveResponse(invite, response(invite, 180, "forkB", "Contact: <sip:callee@b.example.com>\r\n")).orElseThrow();
        assertNotSame(a, b);
        assertEquals(2, table.dialogsOf(CALL_ID, "1928301774").size());
        assertSame(b, table.receiveResponse(invite, response(invite, 200, "forkB", "Contact: <sip:callee@b.example.com>\r\n")).orElseThrow());
        assertEquals(Dialog.State.CONFIRMED, b.state());
        assertEquals(Dialog.State.EARLY, a.state());
        Dialog c = table.receiveResponse(invite, response(invite, 200, "forkC", "Contact: <sip:callee@c.example.com>\r\n")).orElseThrow();
        // §13.2.2.4: "Otherwise, a new dialog in the "confirmed" state MUST be constructed"
        assertEquals(Dialog.State.CONFIRMED, c.state());
        assertEquals(Uri.parse("sip:callee@c.example.com"), c.remoteTarget());
        // §12: "if no response arrives at all on that dialog, the early dialog terminates"
        table.terminateEarly(CALL_ID, "1928301774");
        assertEquals(Dialog.State.TERMINATED, a.state());
        assertEquals(2, table.size());
    }

    /** RFC 3261 §13.2.2.3: "All early dialogs are considered terminated upon reception of the non-2xx final response." */
    @Test
    void aNon2xxFinalResponseTerminatesEveryEarlyDialogOfTheInvite() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog a = table.receiveResponse(invite, response(invite, 183, "forkA", "")).orElseThrow();
        Dialog b = table.receiveResponse(invite, response(invite, 180, "forkB", "")).orElseThrow();
        assertEquals(Optional.empty(), table.receiveResponse(invite, response(invite, 486, "forkC", "")));
        assertEquals(Dialog.State.TERMINATED, a.state());
        assertEquals(Dialog.State.TERMINATED, b.state());
        assertEquals(0, table.size());
    }

    /** The UAC side of a mid-dialog request goes to the dialog its From/To tags name: a 2xx to BYE ends it. */
    @Test
    void aResponseToAnInDialogRequestReachesItsDialog() {
        SipRequest invite = invite("sip:callee@domain.com", "");
        Dialog d = table.receiveResponse(invite, response(invite, 200, "u2tag", "Contact: <sip:callee@u2.domain.com>\r\n")).orElseThrow();
        SipRequest bye = d.createRequest("BYE").addHeaderFirst(io.sipspec.message.SipHeaders.VIA,
                io.sipspec.message.Via.of("UDP", "u1.example.com", -1, "z9hG4bK7")).build();
        assertSame(d, table.receiveResponse(bye, response(bye, 200, null, "")).orElseThrow());
        assertEquals(Dialog.State.TERMINATED, d.state());
        assertFalse(table.find(d.id()).isPresent());
    }

    @Test
    void aDialogIdIsAddedOnce() {
        Dialog d = DialogTest.uasDialog();
        table.add(d);
        assertThrows(IllegalArgumentException.class, () -> table.add(DialogTest.uasDialog()));
    }
}
