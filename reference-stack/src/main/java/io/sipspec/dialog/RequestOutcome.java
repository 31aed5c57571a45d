package io.sipspec.dialog;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.util.Objects;

/**
 * What the dialog layer says about a request a UAS received (RFC 3261 §12.2.2): it belongs to no dialog (no To tag:
 * the UA core processes it as §8.2 says, and may create a dialog), it belongs to a dialog, whose state now reflects
 * it, it is an ACK that matches no dialog (nothing to answer), or it is rejected with a status.
 *
 * @param kind   which of the four
 * @param dialog the dialog for {@link Kind#IN_DIALOG}, and for a 500 of {@link Kind#REJECTED}; else null
 * @param status the status code for {@link Kind#REJECTED} (481 or 500); else 0
 * @param reason why, for logs and tests
 */
public record RequestOutcome(Kind kind, Dialog dialog, int status, String reason) {

    /** The four outcomes. */
    public enum Kind {
        /** No To tag: a request outside of any dialog (§8.2). */
        OUT_OF_DIALOG,
        /** The request matches a dialog and is in order. */
        IN_DIALOG,
        /** An ACK that matches no dialog: it takes no response and is dropped. */
        DISCARD,
        /** The UA core answers with {@link #status()}. */
        REJECTED
    }

    public RequestOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    static RequestOutcome outOfDialog() {
        return new RequestOutcome(Kind.OUT_OF_DIALOG, null, 0, "no To tag");
    }

    static RequestOutcome inDialog(Dialog dialog) {
        return new RequestOutcome(Kind.IN_DIALOG, Objects.requireNonNull(dialog), 0, "in dialog " + dialog.id());
    }

    static RequestOutcome discard(String reason) {
        return new RequestOutcome(Kind.DISCARD, null, 0, reason);
    }

    static RequestOutcome rejected(int status, Dialog dialog, String reason) {
        return new RequestOutcome(Kind.REJECTED, dialog, status, reason);
    }

    public boolean isRejected() {
        return kind == Kind.REJECTED;
    }

    /**
     * The response that rejects {@code request} with {@link #status()}, built as RFC 3261 §8.2.6 says (the request
     * has a To tag, which the response keeps).
     *
     * @throws IllegalStateException if this outcome is not a rejection
     */
    public SipResponse.Builder toResponse(SipRequest request) {
        if (kind != Kind.REJECTED) {
            throw new IllegalStateException("not a rejection: " + kind);
        }
        return request.createResponse(status);
    }
}
