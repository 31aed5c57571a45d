package io.sipspec.ua;

import io.sipspec.dialog.Dialog;
import io.sipspec.message.CSeq;
import io.sipspec.message.DialogId;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transaction.ClientTransaction;
import io.sipspec.transaction.ClientTransactionListener;
import io.sipspec.transaction.TimerName;
import io.sipspec.ua.sdp.Origin;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A call this UA places (RFC 3261 §13.2): the INVITE, the ACK for each 2xx (§13.2.2.4), CANCEL (§9.1) and BYE
 * (§15.1). Confined to the stack's event loop; the futures may be waited on from any thread.
 */
public final class OutgoingCall implements ClientRequest.Callback, Session.Owner {

    /** Where the call is. */
    public enum State { CALLING, EARLY, CONFIRMED, ENDED }

    private final UacCore uac;
    private final ClientRequest invite;
    private final CompletableFuture<Dialog> established = new CompletableFuture<>();
    private final CompletableFuture<SipResponse> ended = new CompletableFuture<>();
    private final Map<DialogId, SipRequest> acks = new HashMap<>();
    private State state = State.CALLING;
    private Dialog dialog;
    private boolean provisional;
    private boolean cancelWanted;
    private boolean cancelSent;
    private Origin offered;
    /** Whether the INVITE went without an offer: each 2xx then carries one, answered in its ACK (§13.2.1). */
    private boolean offerless;
    private Session session;
    private boolean byeSent;

    OutgoingCall(UacCore uac) {
        this.uac = uac;
        this.invite = new ClientRequest(uac.stack(), uac.config(), this);
    }

    /** Sends {@code request}, whose offer has the o= line {@code origin}. */
    void start(SipRequest request, Origin origin) {
        offered = origin;
        invite.start(request);
        expireAfter(request);
    }

    /**
     * §13.2.1: "If the time indicated in the Expires header field is reached and no final answer for the INVITE has
     * been received, the UAC core SHOULD generate a CANCEL request for the INVITE, as per Section 9." The call is hung
     * up then: CANCEL once a provisional response came (§9.1), as {@link #hangup} does.
     */
    private void expireAfter(SipRequest request) {
        Long seconds;
        try {
            seconds = request.header(SipHeaders.EXPIRES);
        } catch (SipParseException e) {
            return;
        }
        if (seconds == null) {
            return;
        }
        uac.stack().scheduler().schedule(TimerName.UA, seconds * 1000, () -> {
            if (state == State.CALLING || state == State.EARLY) {
                hangup();
            }
        });
    }

    /** Sends {@code request}, which has no offer: the answer of this UA, o= line {@code origin}, goes in the ACK. */
    void startWithoutOffer(SipRequest request, Origin origin) {
        offerless = true;
        start(request, origin);
    }

    public State state() {
        return state;
    }

    /** Completes with the dialog when a 2xx arrives; completes exceptionally with {@link CallFailedException} otherwise. */
    public CompletableFuture<Dialog> established() {
        return established;
    }

    /** Completes with the response that ended the call: the INVITE's final non-2xx, or the BYE's final response. */
    public CompletableFuture<SipResponse> ended() {
        return ended;
    }

    /** The INVITE as last sent (after any authentication retry or redirection). */
    public SipRequest invite() {
        return invite.current();
    }

    @Override
    public void provisional(SipRequest sent, SipResponse response) {
        provisional = true;
        uac.dialogs().receiveResponse(sent, response).ifPresent(d -> state = State.EARLY);
        if (cancelWanted) {
            sendCancel();
        }
    }

    @Override
    public void finalResponse(SipRequest sent, SipResponse response) {
        if (!response.isSuccess()) {
            uac.dialogs().receiveResponse(sent, response);
            end(response);
            established.completeExceptionally(new CallFailedException(response));
            return;
        }
        Dialog d = uac.dialogs().receiveResponse(sent, response).orElse(null);
        if (d == null) {
            return;
        }
        // §13.2.2.4: "The UAC core MUST generate an ACK request for each 2xx received from the transaction layer."
        boolean known = acks.containsKey(d.id());
        AckAnswer answer = offerless && !known ? AckAnswer.to(response, offered, uac.config().mediaAddress(), uac.config().mediaPort()) : null;
        SipRequest ack = acks.computeIfAbsent(d.id(), id -> withAnswer(ackFor(uac, d, sent), answer));
        uac.stack().send(ack, Destinations.of(ack.requestUri(), ack.routes()));
        if (known) {
            // A retransmission of the 2xx: its ACK again, nothing more.
            return;
        }
        if (dialog == null && !cancelSent && state != State.ENDED) {
            dialog = d;
            state = State.CONFIRMED;
            session = uac.sessions().of(d.id());
            session.origin(offered);
            session.owner(this);
            established.complete(d);
            if (answer != null && !answer.acceptable()) {
                // §13.2.2.4: "If the offer in the 2xx response is not acceptable, the UAC core MUST generate a valid
                // answer in the ACK and then send a BYE immediately."
                bye(d, true);
            }
        } else if (dialog != d) {
            // §13.2.2.4: "If more than one 2xx ... the UAC core ... MUST send an ACK ... and then ... send a BYE" for a
            // dialog it does not want: a forked 2xx after the first, or a 2xx that crossed our CANCEL.
            bye(d, false);
        }
    }

    /**
     * §13.2.2.4: "The header fields of the ACK are constructed in the same way as for any request sent within a dialog
     * (see Section 12) with the exception of the CSeq and the header fields related to authentication. The sequence
     * number of the CSeq header field MUST be the same as the INVITE being acknowledged, but the CSeq method MUST be
     * ACK. The ACK MUST contain the same credentials as the INVITE."
     */
    static SipRequest ackFor(UacCore uac, Dialog d, SipRequest sentInvite) {
        SipRequest.Builder b = d.createAck(sentInvite.cseq().sequence());
        for (HeaderField f : sentInvite.headers()) {
            if (f.name() == HeaderName.AUTHORIZATION || f.name() == HeaderName.PROXY_AUTHORIZATION) {
                b.addHeader(f.name(), f.value());
            }
        }
        SipRequest draft = b.build();
        return b.addHeaderFirst(SipHeaders.VIA, uac.stack().transport().localVia(
                Destinations.of(draft.requestUri(), draft.routes()).transport(), Identifiers.newBranch())).build();
    }

    /** The ACK with the answer to the 2xx's offer in its body (§13.2.2.4), or as it is when there is none to give. */
    static SipRequest withAnswer(SipRequest ack, AckAnswer answer) {
        if (answer == null || answer.sdp().isEmpty()) {
            return ack;
        }
        return ack.toBuilder().body("application/sdp", answer.sdp().get().toByteArray()).build();
    }

    /**
     * Sends a re-INVITE with a new offer on the established call (§14.1) and completes with its final response, after
     * any 491 retries; a 2xx is acknowledged (§13.2.2.4). It waits while another INVITE is in progress on the dialog
     * in either direction. A non-2xx leaves the session as it was, and ends the call only for 481 and 408. Completes
     * exceptionally with {@link IllegalStateException} if the call is not established.
     */
    public CompletableFuture<SipResponse> reinvite() {
        // This UA sent the initial INVITE, so it generated the Call-ID (§8.1.1.4) and owns it for §14.1's timer.
        return ReInvite.ifConfirmed(uac, () -> state, State.CONFIRMED, () -> new ReInvite(uac, session, dialog, true));
    }

    /**
     * As {@link #reinvite()}, with a re-INVITE without an offer: the 2xx's offer is answered in the ACK, and an offer
     * this UA cannot take gets a valid answer, then a BYE (§14.2).
     */
    public CompletableFuture<SipResponse> reinviteWithoutOffer() {
        return ReInvite.ifConfirmed(uac, () -> state, State.CONFIRMED, () -> new ReInvite(uac, session, dialog, true, true));
    }

    /**
     * Ends the call: BYE when it is established (§15.1), CANCEL while it is being set up (§9.1). §15: "The caller's UA
     * MAY send a BYE for either confirmed or early dialogs"; while the INVITE has no final response it sends CANCEL
     * instead, as §15 advises: "For the caller's UA, this would imply a CANCEL request if the initial INVITE has not
     * generated a final response, and a BYE to all confirmed dialogs after a final response."
     */
    public void hangup() {
        uac.stack().executor().execute(() -> {
            if (state == State.CONFIRMED) {
                bye(dialog, true);
            } else if (state != State.ENDED) {
                cancelWanted = true;
                if (provisional) {
                    sendCancel();
                }
            }
        });
    }

    /**
     * §9.1: "The Request-URI, Call-ID, To, the numeric part of CSeq, and From header fields in the CANCEL request MUST
     * be identical to those in the request being cancelled, including tags. A CANCEL constructed by a client MUST have
     * only a single Via header field value matching the top Via value in the request being cancelled." "If the
     * request being cancelled contains a Route header field, the CANCEL request MUST include that Route header field's
     * values." "a UAC MUST NOT send a CANCEL request ... until it has received a provisional response" — so a hang-up
     * before any 1xx waits for one.
     */
    private void sendCancel() {
        if (cancelSent) {
            return;
        }
        cancelSent = true;
        SipRequest inv = invite.current();
        SipRequest.Builder b = SipRequest.builder(Methods.CANCEL, inv.requestUri())
                .header(SipHeaders.VIA, inv.topVia())
                .header(HeaderName.MAX_FORWARDS, "70");
        for (HeaderField f : inv.headers()) {
            if (f.name() == HeaderName.ROUTE) {
                b.addHeader(f.name(), f.value());
            }
        }
        SipRequest cancel = b.header(HeaderName.TO, inv.headerValue(HeaderName.TO))
                .header(HeaderName.FROM, inv.headerValue(HeaderName.FROM))
                .header(HeaderName.CALL_ID, inv.callId())
                .header(SipHeaders.CSEQ, new CSeq(inv.cseq().sequence(), Methods.CANCEL))
                .build();
        uac.stack().transactions().sendRequest(cancel, invite.transaction().destination(), IGNORE);
        // §9.1: "If there is no final response for the original request in 64*T1 seconds ... the client SHOULD then
        // consider the original transaction cancelled and SHOULD destroy the client transaction".
        uac.stack().scheduler().schedule(TimerName.B, uac.stack().timers().timeoutMillis(), () -> {
            if (state != State.ENDED && state != State.CONFIRMED) {
                invite.abandon();
                SipResponse timeout = inv.createResponse(487).build();
                end(timeout);
                established.completeExceptionally(new CallFailedException(timeout));
            }
        });
    }

    /** §15.1.1: "A UAC ... SHOULD NOT send a BYE outside of a dialog"; the BYE is built from the dialog (§12.2.1.1). */
    private void bye(Dialog d, boolean endsCall) {
        if (d.state() == Dialog.State.TERMINATED || endsCall && byeSent) {
            return;
        }
        byeSent |= endsCall;
        SipRequest bye = d.createRequest(Methods.BYE).build();
        ClientRequest r = new ClientRequest(uac.stack(), uac.config(), new ClientRequest.Callback() {
            @Override
            public void provisional(SipRequest sent, SipResponse response) {
            }

            @Override
            public void finalResponse(SipRequest sent, SipResponse response) {
                uac.dialogs().receiveResponse(sent, response);
                if (endsCall) {
                    end(response);
                }
            }
        });
        r.start(bye);
    }

    private void end(SipResponse response) {
        state = State.ENDED;
        if (session != null) {
            uac.sessions().remove(session.id());
        }
        ended.complete(response);
    }

    @Override
    public void remoteBye(SipResponse ok) {
        end(ok);
    }

    @Override
    public void terminate() {
        if (state == State.CONFIRMED) {
            bye(dialog, true);
        }
    }

    /** The CANCEL's own responses need no action: the INVITE's 487 (or 2xx) ends the call. */
    private static final ClientTransactionListener IGNORE = new ClientTransactionListener() {
        @Override
        public void responseReceived(ClientTransaction transaction, SipResponse response) {
        }

        @Override
        public void timedOut(ClientTransaction transaction) {
        }

        @Override
        public void transportError(ClientTransaction transaction, Throwable cause) {
        }
    };
}
