package io.sipspec.ua;

import io.sipspec.dialog.Dialog;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transaction.TimerName;
import io.sipspec.ua.sdp.OfferAnswer;
import io.sipspec.ua.sdp.Origin;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A re-INVITE this UA sends on a confirmed dialog (RFC 3261 §14.1), with a new offer, the ACK for its 2xx and the
 * retries after 491. Confined to the stack's event loop.
 *
 * <p>§14.1: "When the timer fires, the UAC SHOULD attempt the re-INVITE once more, if it still desires for that session
 * modification to take place. For example, if the call was already hung up with a BYE, the re-INVITE would not take
 * place." Each 491 earns one more attempt, up to {@link #MAX_ATTEMPTS} in all, so that two UAs cannot loop forever.
 */
final class ReInvite implements ClientRequest.Callback {

    static final int MAX_ATTEMPTS = 4;

    private final UacCore uac;
    private final Session session;
    private final Dialog dialog;
    private final boolean callIdOwner;
    /** Whether the re-INVITE goes without an offer: the 2xx then carries one, answered in the ACK (§14.2). */
    private final boolean withoutOffer;
    private final CompletableFuture<SipResponse> result = new CompletableFuture<>();
    private int attempts;
    private Origin offered;
    private SipRequest ack;
    private SipResponse last;

    /** {@code callIdOwner}: whether this UA generated the dialog's Call-ID (it sent the initial INVITE). */
    ReInvite(UacCore uac, Session session, Dialog dialog, boolean callIdOwner) {
        this(uac, session, dialog, callIdOwner, false);
    }

    /** As above; {@code withoutOffer}: the re-INVITE has no body, and the ACK of its 2xx answers the 2xx's offer. */
    ReInvite(UacCore uac, Session session, Dialog dialog, boolean callIdOwner, boolean withoutOffer) {
        this.uac = uac;
        this.session = session;
        this.dialog = dialog;
        this.callIdOwner = callIdOwner;
        this.withoutOffer = withoutOffer;
    }

    /** Completes with the final response to the re-INVITE, after any 491 retries. */
    /**
     * A re-INVITE for the caller's or the callee's API: on the event loop, if the call's state is {@code confirmed}
     * (§14.1 modifies established sessions only), else a failure naming the state.
     */
    static CompletableFuture<SipResponse> ifConfirmed(UacCore uac, Supplier<? extends Enum<?>> state, Enum<?> confirmed,
            Supplier<ReInvite> reInvite) {
        CompletableFuture<SipResponse> f = new CompletableFuture<>();
        uac.onLoop(() -> {
            Enum<?> now = state.get();
            if (now != confirmed) {
                f.completeExceptionally(new IllegalStateException("the call is " + now));
                return;
            }
            reInvite.get().start().result().whenComplete((r, e) -> {
                if (e != null) {
                    f.completeExceptionally(e);
                } else {
                    f.complete(r);
                }
            });
        });
        return f;
    }

    CompletableFuture<SipResponse> result() {
        return result;
    }

    /** Sends the re-INVITE as soon as no other INVITE is in progress on the dialog (§14.1, {@link Session#whenIdle}). */
    ReInvite start() {
        session.whenIdle(this::send);
        return this;
    }

    private void send() {
        if (session.isClosed() || dialog.state() != Dialog.State.CONFIRMED) {
            // The call ended while the re-INVITE waited: it does not take place (§14.1, above).
            if (last != null) {
                result.complete(last);
            } else {
                result.completeExceptionally(new IllegalStateException("the call on dialog " + dialog.id() + " ended"));
            }
            return;
        }
        attempts++;
        session.beginSending();
        // §14.1: "If the session description format has the capability for version numbers, the offerer SHOULD
        // indicate that the version of the session description has changed." RFC 3264 §8: "the "o=" line of the new
        // SDP MUST be identical to that in the previous SDP, except that the version in the origin field MUST
        // increment by one from the previous SDP." A 491 leaves the session unchanged, so a retry offers that version
        // again.
        offered = session.origin() == null ? uac.newOrigin() : session.origin().nextVersion();
        UaConfig config = uac.config();
        // §14.1: "The To, From, Call-ID, CSeq, and Request-URI of a re-INVITE are set following the same rules as for
        // regular requests within an existing dialog, described in Section 12."
        SipRequest.Builder b = dialog.createRequest(Methods.INVITE).header(HeaderName.ALLOW, UacCore.ALLOW);
        if (!withoutOffer) {
            b.body("application/sdp", OfferAnswer.audio().offer(offered, config.mediaAddress(), config.mediaPort()).toByteArray());
        }
        SipRequest invite = b.build();
        new ClientRequest(uac.stack(), config, this).start(invite);
    }

    @Override
    public void provisional(SipRequest sent, SipResponse response) {
    }

    @Override
    public void finalResponse(SipRequest sent, SipResponse response) {
        uac.dialogs().receiveResponse(sent, response);
        if (response.isSuccess()) {
            // §14.1: "The rules for transmitting a re-INVITE and for generating an ACK for a 2xx response to re-INVITE
            // are the same as for the initial INVITE (Section 13.2.1)." Retransmissions of the 2xx get the same ACK.
            AckAnswer answer = null;
            if (ack == null) {
                // §14.2: a 2xx to a re-INVITE without an offer carries one; "If, however, it is unacceptable to the UAC,
                // the UAC SHOULD generate an answer with a valid session description, and then send a BYE to terminate
                // the session."
                answer = withoutOffer ? AckAnswer.to(response, offered, uac.config().mediaAddress(), uac.config().mediaPort()) : null;
                ack = OutgoingCall.withAnswer(OutgoingCall.ackFor(uac, dialog, sent), answer);
            }
            uac.stack().send(ack, Destinations.of(ack.requestUri(), ack.routes()));
            if (!result.isDone()) {
                session.origin(offered);
                session.endSending();
                result.complete(response);
                if (answer != null && !answer.acceptable() && session.owner() != null) {
                    session.owner().terminate();
                }
            }
            return;
        }
        // §14.1: "If a UA receives a non-2xx final response to a re-INVITE, the session parameters MUST remain
        // unchanged, as if no re-INVITE had been issued."
        session.endSending();
        last = response;
        int code = response.statusCode();
        if (code == 491 && attempts < MAX_ATTEMPTS) {
            long delay = uac.config().glareTimer().delayMillis(callIdOwner);
            uac.stack().scheduler().schedule(TimerName.UA, delay, () -> session.whenIdle(this::send));
            return;
        }
        if ((code == 481 || code == 408) && session.owner() != null) {
            // §14.1: "if the non-2xx final response is a 481 (Call/Transaction Does Not Exist), or a 408 (Request
            // Timeout), or no response at all is received for the re-INVITE (that is, a timeout is returned by the
            // INVITE client transaction), the UAC will terminate the dialog." A client timeout arrives here as 408.
            session.owner().terminate();
        }
        result.complete(response);
    }
}
