package io.sipspec.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.parser.SipMessageParser;
import org.junit.jupiter.api.Test;

/** RFC 3261 §12: "a dialog ID, which consists of a Call-ID value, a local tag and a remote tag". */
class DialogIdTest {

    private static final String CALL_ID = "a84b4c76e66710@pc33.atlanta.com";

    private static SipRequest invite() {
        return (SipRequest) new SipMessageParser().parse("INVITE sip:bob@biloxi.com SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                + "Max-Forwards: 70\r\n"
                + "To: Bob <sip:bob@biloxi.com>\r\n"
                + "From: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
                + "Call-ID: " + CALL_ID + "\r\n"
                + "CSeq: 314159 INVITE\r\n"
                + "Contact: <sip:alice@pc33.atlanta.com>\r\n"
                + "Content-Length: 0\r\n\r\n");
    }

    /** The BYE Bob sends Alice inside the dialog: From and To swapped (§12.2.1.1). */
    private static SipRequest byeFromCallee() {
        return (SipRequest) new SipMessageParser().parse("BYE sip:alice@pc33.atlanta.com SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.4;branch=z9hG4bKnashds10\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: Bob <sip:bob@biloxi.com>;tag=a6c85cf\r\n"
                + "To: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
                + "Call-ID: " + CALL_ID + "\r\n"
                + "CSeq: 231 BYE\r\n"
                + "Content-Length: 0\r\n\r\n");
    }

    @Test
    void uacAndUasIdsOfTheSameDialogMirrorEachOther() {
        SipRequest invite = invite();
        SipResponse ok = invite.createResponse(200, "a6c85cf").build();

        // §12.1.2: "the local tag component of the dialog ID MUST be set to the tag in the From field in the request,
        // and the remote tag component of the dialog ID MUST be set to the tag in the To field of the response."
        DialogId uac = DialogId.asUac(ok);
        assertEquals(new DialogId(CALL_ID, "1928301774", "a6c85cf"), uac);

        // §12.1.1: "The local tag component of the dialog ID MUST be set to the tag in the To field in the response to
        // the request ... and the remote tag component of the dialog ID MUST be set to the tag in the From field of the
        // request."
        DialogId uas = DialogId.asUas(ok);
        assertEquals(new DialogId(CALL_ID, "a6c85cf", "1928301774"), uas);

        assertEquals(uac.callId(), uas.callId());
        assertEquals(uac.localTag(), uas.remoteTag());
        assertEquals(uac.remoteTag(), uas.localTag());
        assertNotEquals(uac, uas);
    }

    @Test
    void requestsInsideTheDialogMapToTheSameId() {
        DialogId aliceAsUac = DialogId.asUac(invite().createResponse(200, "a6c85cf").build());
        // Bob's BYE reaches Alice: for a request she receives, her tag is in To and Bob's in From.
        assertEquals(aliceAsUac, DialogId.asUas(byeFromCallee()));
        // And Bob's view of his own BYE is the UAC view of that request.
        DialogId bob = DialogId.asUas(invite().createResponse(200, "a6c85cf").build());
        assertEquals(bob, DialogId.asUac(byeFromCallee()));
    }

    @Test
    void differentCallIdOrTagIsAnotherDialog() {
        DialogId a = DialogId.asUac(invite().createResponse(200, "a6c85cf").build());
        assertNotEquals(a, DialogId.asUac(invite().createResponse(200, "other").build()), "forked responses make distinct dialogs");
        // §8.1.1.4: Call-IDs "are case-sensitive and are simply compared byte-by-byte"
        assertNotEquals(a, new DialogId(CALL_ID.toUpperCase(java.util.Locale.ROOT), "1928301774", "a6c85cf"));
        assertEquals(a.hashCode(), new DialogId(CALL_ID, "1928301774", "a6c85cf").hashCode());
    }

    @Test
    void rfc2543PeerWithoutToTagHasANullRemoteTag() {
        // §12.1.2: "A UAC MUST be prepared to receive a response without a tag in the To field, in which case the tag
        // is considered to have a value of null."
        SipMessage noTag = new SipMessageParser().parse("SIP/2.0 200 OK\r\n"
                + "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                + "To: Bob <sip:bob@biloxi.com>\r\n"
                + "From: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
                + "Call-ID: " + CALL_ID + "\r\n"
                + "CSeq: 314159 INVITE\r\n\r\n");
        DialogId id = DialogId.asUac(noTag);
        assertNull(id.remoteTag());
        assertEquals(new DialogId(CALL_ID, "1928301774", null), id);
    }

    @Test
    void callIdAndLocalTagAreRequired() {
        assertThrows(NullPointerException.class, () -> new DialogId(null, "a", "b"));
        assertThrows(NullPointerException.class, () -> new DialogId("c", null, "b"));
        // a UAS has no local tag before it answers: the INVITE alone gives no dialog id
        assertThrows(NullPointerException.class, () -> DialogId.asUas(invite()));
    }
}
