package io.sipspec.ua;

import io.sipspec.dialog.Dialog;
import io.sipspec.message.Methods;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.util.concurrent.CompletableFuture;

/**
 * A call this UA receives (RFC 3261 §13.3): the UAS core rings and answers it as its {@link UaConfig} says; the
 * callee may re-INVITE (§14.1) or hang up (§15). Confined to the stack's event loop; the methods may be called from
 * any thread, the futures waited on from any thread.
 */
public final class IncomingCall implements Session.Owner {

    /** Where the call is. */
    public enum State { RINGING, CONFIRMED, ENDED }

    /** What the UAS core does for the call. */
    interface Answerer {
        /** Answers the INVITE, still ringing, with {@code status} (a refusal). */
        void refuse(IncomingCall call, int status);
    }

    private final UacCore uac;
    private final SipRequest invite;
    private final Session session;
    private final Answerer answerer;
    private final CompletableFuture<Dialog> established = new CompletableFuture<>();
    private final CompletableFuture<SipMessage> ended = new CompletableFuture<>();
    private State state = State.RINGING;
    private Dialog dialog;
    private boolean byeSent;

    IncomingCall(UacCore uac, SipRequest invite, Session session, Answerer answerer) {
        this.uac = uac;
        this.invite = invite;
        this.session = session;
        this.answerer = answerer;
        session.owner(this);
    }

    /** The INVITE that started the call. */
    public SipRequest invite() {
        return invite;
    }

    public State state() {
        return state;
    }

    /** Completes with the dialog when this UA answers 2xx; completes exceptionally with {@link CallFailedException} otherwise. */
    public CompletableFuture<Dialog> established() {
        return established;
    }

    /**
     * Completes with what ended the call: this UA's final non-2xx to the INVITE, the response to this UA's BYE, or the
     * 2xx this UA sent to the peer's BYE.
     */
    public CompletableFuture<SipMessage> ended() {
        return ended;
    }

    Session session() {
        return session;
    }

    // ---------------------------------------------------------------- events from the UAS core

    void answered(Dialog d) {
        dialog = d;
        state = State.CONFIRMED;
        established.complete(d);
    }

    void refused(SipResponse response) {
        end(response);
        established.completeExceptionally(new CallFailedException(response));
    }

    @Override
    public void remoteBye(SipResponse ok) {
        end(ok);
    }

    @Override
    public void terminate() {
        if (state == State.CONFIRMED) {
            bye();
        }
    }

    // ---------------------------------------------------------------- the callee's actions

    /**
     * Sends a re-INVITE with a new offer (§14.1), as {@link OutgoingCall#reinvite()} does; this UA did not generate
     * the Call-ID, so after a 491 it waits 0 to 2 s. It waits for the ACK of this UA's 2xx first (§14.1: "If there is
     * an ongoing INVITE server transaction, the TU MUST wait until the transaction reaches the confirmed or terminated
     * state before initiating the new INVITE.").
     */
    public CompletableFuture<SipResponse> reinvite() {
        // This UA did not generate the Call-ID (§8.1.1.4): §14.1's shorter timer applies after a 491.
        return ReInvite.ifConfirmed(uac, () -> state, State.CONFIRMED, () -> new ReInvite(uac, session, dialog, false));
    }

    /** As {@link #reinvite()}, without an offer: the answer goes in the ACK, as {@link OutgoingCall#reinviteWithoutOffer()}. */
    public CompletableFuture<SipResponse> reinviteWithoutOffer() {
        return ReInvite.ifConfirmed(uac, () -> state, State.CONFIRMED, () -> new ReInvite(uac, session, dialog, false, true));
    }

    /**
     * Ends the call. §15: "the callee's UA MAY send a BYE on confirmed dialogs, but MUST NOT send a BYE on early
     * dialogs." So a ringing call is refused instead, with the status §15 suggests: "If the particular UI allows for the
     * user to reject a call before its answered, a 403 (Forbidden) is a good way to express that. As per the rules
     * above, a BYE can't be sent." An answered call gets its BYE once the 2xx is acknowledged: "the callee's UA MUST NOT
     * send a BYE on a confirmed dialog until it has received an ACK for its 2xx response or until the server
     * transaction times out."
     */
    public void hangup() {
        uac.stack().executor().execute(() -> {
            if (state == State.RINGING) {
                answerer.refuse(this, 403);
            } else if (state == State.CONFIRMED) {
                session.whenAcknowledged(this::bye);
            }
        });
    }

    private void bye() {
        if (byeSent || state != State.CONFIRMED || dialog.state() == Dialog.State.TERMINATED) {
            return;
        }
        byeSent = true;
        SipRequest bye = dialog.createRequest(Methods.BYE).build();
        new ClientRequest(uac.stack(), uac.config(), new ClientRequest.Callback() {
            @Override
            public void provisional(SipRequest sent, SipResponse response) {
            }

            @Override
            public void finalResponse(SipRequest sent, SipResponse response) {
                // §15.1.1: a 2xx, 481, 408 or timeout ends the dialog (Dialog.receiveResponse); the session ended
                // when the BYE was passed to the transaction.
                uac.dialogs().receiveResponse(sent, response);
                end(response);
            }
        }).start(bye);
    }

    private void end(SipMessage m) {
        state = State.ENDED;
        uac.sessions().remove(session.id());
        ended.complete(m);
    }
}
