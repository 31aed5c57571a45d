package io.sipspec.device;

/**
 * What a device can be made to do in the call (INVITE dialog, RFC 3261 §12 to §15) it has with a peer: the in-dialog
 * counterpart of {@link Device#trigger}. An external device does it through its profile's {@code trigger.<key>}
 * command.
 */
public enum CallAction {

    /** Ends the call: BYE on a confirmed dialog (§15.1), whatever the role allows before (CANCEL, a refusal). */
    HANG_UP("hangup", "hang up its call"),
    /** Modifies the session with a re-INVITE carrying a new offer (§14.1). */
    REINVITE("reinvite", "send a re-INVITE"),
    /** Sends a re-INVITE without an offer: the offer comes in the 2xx, the answer in the ACK (§14.2). */
    REINVITE_WITHOUT_OFFER("reinvite-without-offer", "send a re-INVITE without an offer");

    private final String key;
    private final String description;

    CallAction(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The profile's trigger key: {@code trigger.hangup}, {@code trigger.reinvite}. */
    public String key() {
        return key;
    }

    /** "hang up its call", for skip and failure messages. */
    public String description() {
        return description;
    }
}
