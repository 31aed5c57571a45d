package io.sipspec.message;

import java.util.Objects;

/**
 * RFC 3261 §12: "A dialog is identified at each UA with a dialog ID, which consists of a Call-ID value, a local
 * tag and a remote tag."
 *
 * <p>§12.1.1 (UAS): "The call identifier component of the dialog ID MUST be set to the value of the Call-ID in the
 * request. The local tag component of the dialog ID MUST be set to the tag in the To field in the response to the
 * request ... and the remote tag component of the dialog ID MUST be set to the tag in the From field of the
 * request." §12.1.2 (UAC): "the local tag component of the dialog ID MUST be set to the tag in the From field in
 * the request, and the remote tag component of the dialog ID MUST be set to the tag in the To field of the
 * response." Call-IDs compare byte by byte (§8.1.1.4); a missing remote tag (an RFC 2543 peer) is "null" (§12.1.2).
 *
 * @param callId    the Call-ID
 * @param localTag  this UA's tag
 * @param remoteTag the peer's tag, or null when it sent none
 */
public record DialogId(String callId, String localTag, String remoteTag) {

    public DialogId {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(localTag, "localTag");
    }

    /** The id a UAC sees for a message of its dialog: local From tag, remote To tag. */
    public static DialogId asUac(SipMessage m) {
        return new DialogId(m.callId(), m.from().tag(), m.to().tag());
    }

    /** The id a UAS sees for a message of its dialog: local To tag, remote From tag. */
    public static DialogId asUas(SipMessage m) {
        return new DialogId(m.callId(), m.to().tag(), m.from().tag());
    }
}
