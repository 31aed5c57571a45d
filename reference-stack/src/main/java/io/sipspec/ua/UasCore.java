package io.sipspec.ua;

import io.sipspec.auth.DigestAuthenticator;
import io.sipspec.auth.Verdict;
import io.sipspec.dialog.Dialog;
import io.sipspec.dialog.DialogTable;
import io.sipspec.dialog.RequestOutcome;
import io.sipspec.fault.Fault;
import io.sipspec.fault.FaultSet;
import io.sipspec.message.DialogId;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.MediaType;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.parser.MessageValidator;
import io.sipspec.parser.Violation;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.InviteServerTransaction;
import io.sipspec.transaction.Scheduler;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TimerName;
import io.sipspec.ua.sdp.OfferAnswer;
import io.sipspec.ua.sdp.Origin;
import io.sipspec.ua.sdp.SdpParseException;
import io.sipspec.ua.sdp.SessionDescription;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The UAS core (RFC 3261 §8.2, §9.2, §11.2, §13.3, §14.2, §15.1.2). Confined to the stack's event loop.
 */
final class UasCore {

    /** An INVITE not yet answered with a final response: CANCEL ends it (§9.2), a second INVITE meets §14.2. */
    private record Ringing(ServerTransaction tx, SipRequest request, String toTag, Scheduler.Timer answerTimer, IncomingCall call) {
    }

    /**
     * §8.2.2: "A UAS SHOULD ignore any malformed header fields that are not necessary for processing requests." The UAS
     * core never reads these (RFC 4475 §3.1.2.12 on a bad Date: "an element shouldn't do that unless the contents of
     * the Date header field were actually important to its processing").
     */
    private static final Set<HeaderName> UNNEEDED = Set.of(HeaderName.DATE, HeaderName.ORGANIZATION, HeaderName.PRIORITY,
            HeaderName.SUBJECT, HeaderName.USER_AGENT, HeaderName.SERVER, HeaderName.MIME_VERSION, HeaderName.IN_REPLY_TO,
            HeaderName.REPLY_TO, HeaderName.ALERT_INFO, HeaderName.CALL_INFO, HeaderName.ERROR_INFO, HeaderName.WARNING,
            HeaderName.RETRY_AFTER, HeaderName.MIN_EXPIRES, HeaderName.UNSUPPORTED, HeaderName.PROXY_AUTHENTICATE,
            HeaderName.AUTHENTICATION_INFO);

    private static final MediaType SDP = MediaType.parse("application/sdp");

    /** The rejections of §8.2.1 (method) and of the Request-URI's scheme, which come before the addresses (§8.2.2.1). */
    private static final Set<Integer> BEFORE_ADDRESSES = Set.of(400, 405, 501, 416);

    private final SipStack stack;
    private final UaConfig config;
    private final DialogTable dialogs;
    private final FaultSet faults;
    private final MessageValidator validator = new MessageValidator();
    private final MergedRequests merged = new MergedRequests();
    private final SuccessRetransmitter retransmitter;
    private final ReliableProvisionals reliable;
    private final Map<ServerTransaction, Ringing> ringing = new HashMap<>();
    private final UacCore uac;
    private final Supplier<Consumer<IncomingCall>> incomingCalls;
    private long answered;

    /** {@code incomingCalls} gives the listener told of each incoming call as it starts ringing. */
    UasCore(SipStack stack, UaConfig config, DialogTable dialogs, UacCore uac, Supplier<Consumer<IncomingCall>> incomingCalls) {
        this.stack = stack;
        this.config = config;
        this.dialogs = dialogs;
        this.faults = stack.faults();
        this.uac = uac;
        this.incomingCalls = incomingCalls;
        this.retransmitter = new SuccessRetransmitter(stack.scheduler(), stack.timers(), this::noAck);
        this.reliable = new ReliableProvisionals(stack.scheduler(), stack.timers(), faults, this::noPrack);
    }

    long callsAnswered() {
        return answered;
    }

    void requestReceived(ServerTransaction tx, SipRequest request) {
        // §8.2: a request that breaks the grammar or lacks a mandatory header is answered with the violation's status.
        List<Violation> violations = validator.validate(request).stream()
                .filter(v -> faults.has(Fault.MALFORMED_HEADER_REJECTED) || needed(v)).toList();
        if (!violations.isEmpty()) {
            Violation v = violations.get(0);
            tx.sendResponse(request.createResponse(v.status()).reason(reasonPhrase(v)).build());
            return;
        }
        if (request.isMethod(Methods.CANCEL)) {
            cancel(tx, request);
            return;
        }
        RequestOutcome outcome = dialogs.receiveRequest(request);
        switch (outcome.kind()) {
            case REJECTED -> tx.sendResponse(rejected(request, outcome).build());
            case IN_DIALOG -> inDialog(tx, request, outcome.dialog());
            case OUT_OF_DIALOG -> outOfDialog(tx, request);
            case DISCARD -> {
            }
        }
    }

    /** The dialog layer's rejection (481 or 500), or the 200 of a fault that accepts the request instead. */
    private SipResponse.Builder rejected(SipRequest request, RequestOutcome outcome) {
        boolean accepted = outcome.status() == 481 && (faults.has(Fault.UNKNOWN_DIALOG_200)
                || request.isMethod(Methods.BYE) && faults.has(Fault.BYE_UNKNOWN_200))
                || outcome.status() == 500 && faults.has(Fault.OUT_OF_ORDER_ACCEPTED);
        return accepted ? request.createResponse(200) : outcome.toResponse(request);
    }

    private static boolean needed(Violation v) {
        return !UNNEEDED.contains(HeaderName.of(v.where()));
    }

    private static String reasonPhrase(Violation v) {
        String text = v.where() + ": " + v.reason();
        return text.replaceAll("[\\r\\n]", " ");
    }

    // ---------------------------------------------------------------- outside a dialog (§8.2)

    private void outOfDialog(ServerTransaction tx, SipRequest request) {
        // §8.2: "UASs SHOULD process the requests in the order of the steps that follow in this section (that is,
        // starting with authentication, then inspecting the method, the header fields, and so on throughout the
        // remainder of this section)."
        if (!authorized(tx, request)) {
            return;
        }
        // §8.2.1 to §8.2.3: method, URI scheme, Require, content; in the order the RFC gives, the addresses of
        // §8.2.2.1 (403, 404) after the method and the scheme.
        var rejection = config.inspection().inspect(request).filter(x -> !faults.skipsRejection(x.status()));
        Optional<Integer> address = rejection.isPresent() && BEFORE_ADDRESSES.contains(rejection.get().status())
                ? Optional.empty() : addressRejection(request);
        if (address.isPresent()) {
            tx.sendResponse(request.createResponse(address.get()).build());
            return;
        }
        if (rejection.isPresent()) {
            tx.sendResponse(rejection.get().toResponse(request).build());
            return;
        }
        if (tooLarge(tx, request)) {
            return;
        }
        if (!faults.has(Fault.MERGED_REQUEST_ACCEPTED) && merged.isMerged(tx, request)) {
            // §8.2.2.2: "the UAS core SHOULD generate a 482 (Loop Detected) response"
            tx.sendResponse(request.createResponse(482).build());
            return;
        }
        if (request.isMethod(Methods.INVITE) && config.behaviour().reliability() == UasBehaviour.Reliability.REQUIRED
                && !ReliableProvisionals.listed(request)) {
            // §8.2.4: "In rare circumstances, where the server cannot process the request without the extension, the
            // server MAY send a 421 (Extension Required) response." "The needed extension(s) MUST be included in a
            // Require header field in the response." This UA is set to send every provisional response reliably.
            SipResponse.Builder b = request.createResponse(421);
            if (!faults.has(Fault.NO_REQUIRE_IN_421)) {
                b.header(HeaderName.REQUIRE, ReliableProvisionals.OPTION_TAG);
            }
            tx.sendResponse(b.build());
            return;
        }
        switch (request.method()) {
            case Methods.INVITE -> invite(tx, request);
            case Methods.OPTIONS -> answerNonInvite(tx, request, options(request).build());
            // §15.1.2: "If the BYE does not match an existing dialog, the UAS core SHOULD generate a 481
            // (Call/Transaction Does Not Exist) response and pass that to the server transaction."
            case Methods.BYE -> answerNonInvite(tx, request, request.createResponse(faults.has(Fault.BYE_UNKNOWN_200) ? 200 : 481).build());
            default -> answerNonInvite(tx, request, request.createResponse(200).build());
        }
    }

    /**
     * Sends the final response to a non-INVITE request, at once or, when the UA is set to take its time
     * ({@link UasBehaviour#nonInviteDelayMillis()}), after a 100 (Trying) at once and another provisional response
     * halfway: the two provisional responses differ in their reason phrase.
     */
    private void answerNonInvite(ServerTransaction tx, SipRequest request, SipResponse finalResponse) {
        long delay = config.behaviour().nonInviteDelayMillis();
        if (delay <= 0) {
            tx.sendResponse(finalResponse);
            return;
        }
        tx.sendResponse(request.createResponse(100).build());
        stack.scheduler().schedule(TimerName.UA, delay / 2, () -> tx.sendResponse(request.createResponse(100).reason("Still Trying").build()));
        stack.scheduler().schedule(TimerName.UA, delay, () -> tx.sendResponse(finalResponse));
    }

    /**
     * The §8.2.2.1 rejection of a request to an address the UA does not take requests for, if it is set to reject them
     * ({@link UasBehaviour#acceptedUsers()}): "If, on the other hand, the UAS decides to reject the request, it SHOULD
     * generate a response with a 403 (Forbidden) status code and pass it to the server transaction for transmission."
     * "If the Request-URI does not identify an address that the UAS is willing to accept requests for, it SHOULD reject
     * the request with a 404 (Not Found) response." The Request-URI is checked first: it "identifies the UAS that is to
     * process the request".
     */
    private Optional<Integer> addressRejection(SipRequest request) {
        Set<String> accepted = config.behaviour().acceptedUsers();
        if (accepted.isEmpty() || request.isMethod(Methods.ACK)) {
            return Optional.empty();
        }
        if (!ours(request.requestUri(), accepted)) {
            return Optional.of(404);
        }
        if (config.behaviour().rejectForeignTo() && (request.to() == null || !ours(request.to().uri(), accepted))) {
            return Optional.of(403);
        }
        return Optional.empty();
    }

    private boolean ours(Uri uri, Set<String> accepted) {
        String user = uri instanceof SipUri sip ? sip.user() : null;
        return user != null && (user.equals(config.user()) || accepted.contains(user));
    }

    /**
     * §21.4.11: "The server is refusing to process a request because the request entity-body is larger than the server
     * is willing or able to process." "If the condition is temporary, the server SHOULD include a Retry-After header
     * field to indicate that it is temporary and after what time the client MAY try again." Returns whether the request
     * got its 413.
     */
    private boolean tooLarge(ServerTransaction tx, SipRequest request) {
        UasBehaviour b = config.behaviour();
        if (b.bodyLimit() <= 0 || request.bodyLength() <= b.bodyLimit()) {
            return false;
        }
        SipResponse.Builder r = request.createResponse(413);
        if (b.bodyRetryAfterSeconds() >= 0) {
            r.header(HeaderName.RETRY_AFTER, Long.toString(b.bodyRetryAfterSeconds()));
        }
        tx.sendResponse(r.build());
        return true;
    }

    /** §22.2: with an authenticator configured, requests other than ACK and CANCEL must carry valid credentials. */
    private boolean authorized(ServerTransaction tx, SipRequest request) {
        DigestAuthenticator auth = config.authenticator();
        if (auth == null || auth.exempt(request)) {
            return true;
        }
        Verdict v = auth.verify(request);
        if (v.status() == Verdict.Status.OK) {
            return true;
        }
        tx.sendResponse(auth.challenge(request, v.status() == Verdict.Status.STALE));
        return false;
    }

    // ---------------------------------------------------------------- INVITE (§13.3)

    private void invite(ServerTransaction tx, SipRequest request) {
        String toTag = Identifiers.newTag();
        Session session = uac.sessions().of(new DialogId(request.callId(), toTag, request.from().tag()));
        session.beginReceiving();
        IncomingCall call = new IncomingCall(uac, request, session, this::refuse);
        // §13.3.1.1: "the UAS ... MAY send a 180 (Ringing)". A 180 with a To tag creates the early dialog (§12.1.1).
        SipResponse ringingResponse = null;
        if (config.ringing()) {
            ringingResponse = withContact(request, request.createResponse(180, toTag)).build();
            sendProvisional(tx, request, ringingResponse);
            dialogs.sendResponse(request, ringingResponse);
        }
        incomingCalls.get().accept(call);
        if (config.ringMillis() <= 0) {
            answer(tx, request, toTag, session, call);
            return;
        }
        Scheduler.Timer t = config.ringMillis() == UaConfig.RING_FOREVER ? () -> { }
                : stack.scheduler().schedule(TimerName.UA, config.ringMillis(), () -> {
                    if (ringing.remove(tx) != null) {
                        answer(tx, request, toTag, session, call);
                    }
                });
        ringing.put(tx, new Ringing(tx, request, toTag, t, call));
        expireAfter(tx, request);
        if (ringingResponse != null) {
            refreshRinging(tx, ringingResponse);
        }
    }

    /**
     * §13.3.1.1: "To prevent cancellation, the UAS MUST send a non-100 provisional response at every minute, to handle
     * the possibility of lost provisional responses." The 180 goes again every 120*T1 while the INVITE rings: every
     * minute with the RFC's T1 of 500 ms, proportionally sooner with the scaled timers of tests.
     */
    private void refreshRinging(ServerTransaction tx, SipResponse ringingResponse) {
        if (faults.has(Fault.NO_PROVISIONAL_REFRESH)) {
            return;
        }
        stack.scheduler().schedule(TimerName.UA, 120 * stack.timers().t1Millis(), () -> {
            if (ringing.containsKey(tx)) {
                sendProvisional(tx, ringing.get(tx).request(), ringingResponse);
                refreshRinging(tx, ringingResponse);
            }
        });
    }

    /**
     * Sends a provisional response to an INVITE, reliably when the UA applies 100rel and the request lists it. §8.2.4:
     * "A UAS that wishes to apply some extension when generating the response MUST NOT do so unless support for that
     * extension is indicated in the Supported header field in the request." "Any extensions applied to a non-421
     * response MUST be listed in a Require header field included in the response." A reliable response that still waits
     * for its PRACK is retransmitted meanwhile: no second one is sent (RFC 3262 §3).
     */
    private void sendProvisional(ServerTransaction tx, SipRequest request, SipResponse provisional) {
        if (config.behaviour().reliability() != UasBehaviour.Reliability.OFF && ReliableProvisionals.listed(request)) {
            reliable.send(tx, provisional);
        } else {
            tx.sendResponse(provisional);
        }
    }

    /** RFC 3262 §3: "If a reliable provisional response is retransmitted for 64*T1 seconds without reception of a corresponding PRACK, the UAS SHOULD reject the original request with a 5xx response." */
    private void noPrack(ServerTransaction tx) {
        Ringing r = ringing.remove(tx);
        if (r != null) {
            endRinging(r, 500);
        }
    }

    /**
     * §13.3.1: "If the invitation expires before the UAS has generated a final response, a 487 (Request Terminated)
     * response SHOULD be generated." The INVITE's Expires header field gives the duration in seconds (§20.19).
     */
    private void expireAfter(ServerTransaction tx, SipRequest request) {
        Long expires;
        try {
            expires = request.header(SipHeaders.EXPIRES);
        } catch (SipParseException malformed) {
            return;
        }
        if (expires == null) {
            return;
        }
        stack.scheduler().schedule(TimerName.UA, expires * 1000, () -> {
            Ringing r = ringing.remove(tx);
            if (r != null) {
                endRinging(r, 487);
            }
        });
    }

    /** The callee refuses its ringing call ({@link IncomingCall#hangup()}). */
    private void refuse(IncomingCall call, int status) {
        for (Ringing r : ringing.values()) {
            if (r.call() == call) {
                ringing.remove(r.tx());
                endRinging(r, status);
                return;
            }
        }
    }

    /** Answers a ringing INVITE with a final non-2xx {@code status} (403 refused, 487 cancelled): the call ends. */
    private void endRinging(Ringing r, int status) {
        r.answerTimer().cancel();
        refused(r.tx(), r.request(), r.request().createResponse(status, r.toTag()).build(), r.call().session(), r.call());
    }

    /** Sends a final non-2xx to an INVITE; the INVITE is no longer in progress, and an initial one ends its call. */
    private void refused(ServerTransaction tx, SipRequest request, SipResponse refusal, Session session, IncomingCall call) {
        reliable.finalSent(tx);
        tx.sendResponse(refusal);
        dialogs.sendResponse(request, refusal);
        session.endReceiving();
        if (call != null) {
            call.refused(refusal);
        }
    }

    /**
     * §13.3.1.4 (2xx) or §13.3.1.3 (a refusal such as 486). "If the INVITE request contained an offer, and the UAS had
     * not yet sent an answer, the 2xx MUST contain an answer. If the INVITE did not contain an offer, the 2xx MUST
     * contain an offer if the UAS had not yet sent an offer." An offer with nothing acceptable gets 488 (§13.3.1.3: "A
     * UAS rejecting an offer contained in an INVITE SHOULD return a 488 (Not Acceptable Here) response. Such a response
     * SHOULD include a Warning header field value explaining why the offer was rejected.").
     */
    private void answer(ServerTransaction tx, SipRequest request, String toTag, Session session, IncomingCall call) {
        int status = config.answerStatus();
        if (status >= 300 && call != null) {
            SipResponse.Builder refusal = request.createResponse(status, toTag);
            if (status == 480) {
                // §21.4.18: "The reason phrase SHOULD indicate a more precise cause as to why the callee is
                // unavailable." This UA is set up to refuse every call, as with "do not disturb".
                refusal.reason("Temporarily Unavailable (Do Not Disturb)");
            } else if (status == 484) {
                // §21.4.22: "The server received a request with a Request-URI that was incomplete. Additional
                // information SHOULD be provided in the reason phrase." This UA is set up to find every address short.
                refusal.reason("Address Incomplete (more digits expected)");
            }
            refused(tx, request, refusal.build(), session, call);
            return;
        }
        // RFC 3264 §8: "the "o=" line of the new SDP MUST be identical to that in the previous SDP, except that the
        // version in the origin field MUST increment by one from the previous SDP."
        Origin origin = session.origin() == null ? uac.newOrigin() : session.origin().nextVersion();
        Optional<byte[]> body;
        try {
            body = sessionFor(request, origin);
        } catch (SdpParseException e) {
            reject488(tx, request, toTag, "Incompatible session description: " + e.getMessage(), session, call);
            return;
        }
        if (body.isEmpty()) {
            reject488(tx, request, toTag, "Incompatible media format", session, call);
            return;
        }
        SipResponse.Builder okBuilder = withContact(request, request.createResponse(200, toTag))
                .header(HeaderName.ALLOW, String.join(", ", config.inspection().allowedMethods()))
                .header(HeaderName.SUPPORTED, String.join(", ", config.inspection().optionTags()))
                .body("application/sdp", body.get());
        if (faults.has(Fault.NO_ALLOW_IN_2XX)) {
            okBuilder.removeHeader(HeaderName.ALLOW);
        }
        SipResponse ok = okBuilder.build();
        reliable.finalSent(tx);
        tx.sendResponse(ok);
        session.origin(origin);
        // The INVITE stays in progress until its ACK arrives (ackReceived) or 64*T1 pass without one (noAck).
        dialogs.sendResponse(request, ok).ifPresent(d -> {
            if (!faults.has(Fault.NO_2XX_RETRANSMISSION)) {
                retransmitter.start(d.id(), tx, ok);
            }
            if (call != null) {
                call.answered(d);
            }
        });
        if (call != null) {
            answered++;
        }
    }

    private void reject488(ServerTransaction tx, SipRequest request, String toTag, String why, Session session, IncomingCall call) {
        SipResponse.Builder b = request.createResponse(488, toTag);
        if (!faults.has(Fault.NO_WARNING_IN_488)) {
            b.header(HeaderName.WARNING, "304 " + config.domain() + " \"" + why.replace('"', '\'') + '"');
        }
        SipResponse r = b.build();
        refused(tx, request, r, session, call);
    }

    /** The answer to the INVITE's offer, or an offer when it had none (the answer then comes in the ACK). */
    private Optional<byte[]> sessionFor(SipRequest request, Origin origin) {
        MediaType type = request.contentType();
        // A body of another type reaches here only when it is optional (§8.2.3 answers a required one 415): it is no
        // offer. §20.11: "if the Content-Disposition header field is missing, the server SHOULD assume bodies of
        // Content-Type application/sdp are the disposition "session", while other content types are "render"."
        if (request.bodyLength() == 0 || type == null || !type.essence().equals("application/sdp")) {
            return Optional.of(OfferAnswer.audio().offer(origin, config.mediaAddress(), config.mediaPort()).toByteArray());
        }
        SessionDescription offer = SessionDescription.parse(request.body());
        return OfferAnswer.audio().answer(offer, origin, config.mediaAddress(), i -> config.mediaPort() + 2 * i)
                .map(SessionDescription::toByteArray);
    }

    private SipResponse.Builder withContact(SipRequest request, SipResponse.Builder b) {
        // §12.1.1: "When a UAS responds to a request with a response that establishes a dialog (such as a 2xx to
        // INVITE), the UAS MUST copy all Record-Route header field values from the request into the response
        // (including the URIs, URI parameters, and any Record-Route header field parameters, whether they are known or
        // unknown to the UAS) and MUST maintain the order of those values." The rows are copied as received.
        for (HeaderField f : request.headers()) {
            if (f.name() == HeaderName.RECORD_ROUTE) {
                b.addHeader(f.name(), f.value());
            }
        }
        // §12.1.1: "The UAS MUST add a Contact header field to the response."
        return b.header(SipHeaders.CONTACT, uac.contact());
    }

    /** ACK for a 2xx: the retransmissions stop (§13.3.1.4: "Response retransmissions cease when an ACK request for the response is received."). */
    void ackReceived(SipRequest ack) {
        if (ack.to() == null || ack.to().tag() == null || faults.has(Fault.ACK_IGNORED)) {
            return;
        }
        DialogId id = DialogId.asUas(ack);
        if (retransmitter.acknowledged(id)) {
            uac.sessions().find(id).ifPresent(Session::endReceiving);
        }
    }

    /**
     * §13.3.1.4: "If the server retransmits the 2xx response for 64*T1 seconds without receiving an ACK, the dialog is
     * confirmed, but the session SHOULD be terminated." §14.2: "If a UAS generates a 2xx response and never receives an
     * ACK, it SHOULD generate a BYE to terminate the dialog." The server transaction has timed out, so the callee may
     * send its BYE (§15).
     */
    private void noAck(DialogId id) {
        Optional<Session> session = uac.sessions().find(id);
        session.ifPresent(Session::endReceiving);
        if (faults.has(Fault.NO_BYE_WITHOUT_ACK)) {
            return;
        }
        if (session.isPresent() && session.get().owner() != null) {
            session.get().owner().terminate();
            return;
        }
        dialogs.find(id).ifPresent(d -> uac.send(d.createRequest(Methods.BYE).build())
                .whenComplete((r, e) -> stack.executor().execute(d::terminate)));
    }

    // ---------------------------------------------------------------- CANCEL (§9.2)

    /**
     * §9.2: "If the UAS did not find a matching transaction for the CANCEL according to the procedure above, it SHOULD
     * respond to the CANCEL with a 481 (Call Leg/Transaction Does Not Exist)." "If the original request was an INVITE,
     * the UAS SHOULD immediately respond to the INVITE with a 487 (Request Terminated)." "Regardless of the method of
     * the original request, as long as the CANCEL matched an existing transaction, the UAS answers the CANCEL request
     * itself with a 200 (OK) response."
     */
    private void cancel(ServerTransaction tx, SipRequest cancel) {
        InviteServerTransaction invite = stack.transactions().findInviteFor(cancel);
        if (invite == null) {
            tx.sendResponse(cancel.createResponse(faults.has(Fault.CANCEL_UNKNOWN_200) ? 200 : 481).build());
            return;
        }
        Ringing r = ringing.remove(invite);
        // §9.2: "the To tag of the response to the CANCEL and the To tag in the response to the original request SHOULD
        // be the same."
        tx.sendResponse((r != null ? cancel.createResponse(200, r.toTag()) : cancel.createResponse(200)).build());
        if (r != null) {
            endRinging(r, 487);
        }
    }

    // ---------------------------------------------------------------- inside a dialog

    private void inDialog(ServerTransaction tx, SipRequest request, Dialog dialog) {
        var rejection = config.inspection().inspect(request).filter(x -> !faults.skipsRejection(x.status()));
        if (rejection.isPresent()) {
            tx.sendResponse(rejection.get().toResponse(request).build());
            return;
        }
        switch (request.method()) {
            case Methods.BYE -> {
                // §15.1.2: "the UAS core ... MUST generate a 2xx response to the BYE, and MUST pass that to the server
                // transaction for transmission." The dialog ends with that 2xx.
                SipResponse ok = request.createResponse(200).build();
                tx.sendResponse(ok);
                dialogs.sendResponse(request, ok);
                retransmitter.acknowledged(dialog.id());
                bye(request, dialog, ok);
            }
            case Methods.INVITE -> reInvite(tx, request, dialog);
            case Methods.OPTIONS -> tx.sendResponse(options(request).build());
            case Methods.PRACK -> {
                // RFC 3262 §3: "If a PRACK request is received by the UA core that does not match any unacknowledged
                // reliable provisional response, the UAS MUST respond to the PRACK with a 481 response. If the PRACK
                // does match an unacknowledged reliable provisional response, it MUST be responded to with a 2xx
                // response."
                SipResponse r = request.createResponse(reliable.prack(request) ? 200 : 481).build();
                tx.sendResponse(r);
                dialogs.sendResponse(request, r);
            }
            default -> {
                SipResponse ok = request.createResponse(200).build();
                tx.sendResponse(ok);
                dialogs.sendResponse(request, ok);
            }
        }
    }

    /**
     * §14.2: "A UAS that receives a second INVITE before it sends the final response to a first INVITE with a lower
     * CSeq sequence number on the same dialog MUST return a 500 (Server Internal Error) response to the second INVITE
     * and MUST include a Retry-After header field with a randomly chosen value of between 0 and 10 seconds."
     */
    private void reInvite(ServerTransaction tx, SipRequest request, Dialog dialog) {
        Session session = uac.sessions().of(dialog.id());
        if (session.sendingInvite()) {
            // §14.2: "A UAS that receives an INVITE on a dialog while an INVITE it had sent on that dialog is in
            // progress MUST return a 491 (Request Pending) response to the received INVITE."
            tx.sendResponse(request.createResponse(491).build());
            return;
        }
        for (Ringing r : ringing.values()) {
            if (r.request().callId().equals(request.callId()) && r.toTag().equals(dialog.localTag())
                    && r.request().cseq().sequence() < request.cseq().sequence()) {
                tx.sendResponse(request.createResponse(500)
                        .header(HeaderName.RETRY_AFTER, Integer.toString(ThreadLocalRandom.current().nextInt(0, 11))).build());
                return;
            }
        }
        session.beginReceiving();
        answer(tx, request, dialog.localTag(), session, null);
    }

    /**
     * After the 2xx to a BYE: §15.1.2, "The UAS MUST still respond to any pending requests received for that dialog. It
     * is RECOMMENDED that a 487 (Request Terminated) response be generated to those pending requests." The INVITE of a
     * caller that hangs up an early dialog with BYE (§15 allows it) is such a request. Then the call hears of the end.
     */
    private void bye(SipRequest bye, Dialog dialog, SipResponse ok) {
        for (Ringing r : List.copyOf(ringing.values())) {
            if (r.request().callId().equals(bye.callId()) && r.toTag().equals(dialog.localTag())) {
                ringing.remove(r.tx());
                endRinging(r, 487);
            }
        }
        uac.sessions().find(dialog.id()).ifPresent(s -> {
            uac.sessions().remove(s.id());
            if (s.owner() != null) {
                s.owner().remoteBye(ok);
            }
        });
    }

    // ---------------------------------------------------------------- OPTIONS (§11.2)

    /**
     * §11.2: "The response code chosen MUST be the same that would have been chosen had the request been an INVITE."
     * "Allow, Accept, Accept-Encoding, Accept-Language, and Supported header fields SHOULD be present in a 200 (OK)
     * response to an OPTIONS request."
     */
    private SipResponse.Builder options(SipRequest request) {
        int status = config.answerStatus() < 300 ? 200 : config.answerStatus();
        SipResponse.Builder b = request.createResponse(status);
        if (status == 200) {
            var caps = config.inspection();
            b.header(HeaderName.ALLOW, String.join(", ", caps.allowedMethods()))
                    .header(HeaderName.ACCEPT, caps.contentTypes().stream().map(MediaType::essence).collect(Collectors.joining(", ")))
                    .header(HeaderName.ACCEPT_ENCODING, String.join(", ", caps.contentEncodings()))
                    .header(HeaderName.ACCEPT_LANGUAGE, String.join(", ", caps.contentLanguages()))
                    .header(HeaderName.SUPPORTED, String.join(", ", caps.optionTags()));
            // §11.2: "A message body MAY be sent, the type of which is determined by the Accept header field in the
            // OPTIONS request (application/sdp is the default if the Accept header field is not present).  If the
            // types include one that can describe media capabilities, the UAS SHOULD include a body in the response
            // for that purpose."
            if (acceptsSdp(request)) {
                b.body("application/sdp", OfferAnswer.audio().offer(uac.newOrigin(), config.mediaAddress(), config.mediaPort()).toByteArray());
            }
        }
        return b;
    }

    private static boolean acceptsSdp(SipRequest request) {
        return !request.headers().contains(HeaderName.ACCEPT)
                || request.headerValues(SipHeaders.ACCEPT).stream().anyMatch(range -> range.includes(SDP));
    }
}
