package io.sipspec.server;

import io.sipspec.fault.Fault;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.MessageValidator;
import io.sipspec.parser.Violation;
import io.sipspec.transaction.InviteServerTransaction;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Flow;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the registrar and the redirect server share: every request is validated first, CANCEL is answered as §9.2
 * says, OPTIONS as §11.2 says, and every other request goes to {@link #process}. Runs on the stack's event loop.
 */
abstract class ReferenceElement implements TransactionUser, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceElement.class);
    private static final MessageValidator VALIDATOR = new MessageValidator();

    final SipStack stack;
    private final List<String> allowed;

    /** @param allowed the methods in Allow (405 and OPTIONS) */
    ReferenceElement(SipStack stack, List<String> allowed) {
        this.stack = stack;
        this.allowed = List.copyOf(allowed);
    }

    /** The answer to a valid request other than CANCEL, or null for none. */
    abstract SipResponse process(SipRequest request);

    @Override
    public final void requestReceived(ServerTransaction tx, SipRequest request) {
        SipResponse response;
        try {
            response = answer(request);
        } catch (RuntimeException e) {
            // Bad input gets a clear error, never a crash: a request this element cannot handle gets a 500.
            LOG.warn("{} {} from {}: {}", request.method(), request.requestUriText(), tx.flow().remote(), e.toString());
            response = serverError(request, e);
        }
        if (response != null) {
            tx.sendResponse(response);
        }
    }

    private static SipResponse serverError(SipRequest r, RuntimeException cause) {
        try {
            return r.createResponse(500).reason(Responses.reasonPhrase("Server Internal Error (" + cause + ")")).build();
        } catch (RuntimeException e) {
            LOG.warn("no response to {} {}: {}", r.method(), r.requestUriText(), e.toString());
            return null;
        }
    }

    private SipResponse answer(SipRequest r) {
        List<Violation> violations = VALIDATOR.validate(r);
        if (!violations.isEmpty()) {
            LOG.debug("{} {} is invalid: {}", r.method(), r.requestUriText(), violations);
            return Responses.invalid(r, violations.get(0));
        }
        if (r.isMethod(Methods.CANCEL)) {
            return cancel(r);
        }
        return process(r);
    }

    /**
     * RFC 3261 §9.2: "If the UAS did not find a matching transaction for the CANCEL according to the procedure above,
     * it SHOULD respond to the CANCEL with a 481 (Call Leg/Transaction Does Not Exist)." "If the UAS has not issued a
     * final response for the original request, its behavior depends on the method of the original request.  If the
     * original request was an INVITE, the UAS SHOULD immediately respond to the INVITE with a 487 (Request
     * Terminated)." "Regardless of the method of the original request, as long as the CANCEL matched an existing
     * transaction, the UAS answers the CANCEL request itself with a 200 (OK) response.  This response is constructed
     * following the procedures described in Section 8.2.6 noting that the To tag of the response to the CANCEL and
     * the To tag in the response to the original request SHOULD be the same."
     *
     * <p>Only INVITE transactions are looked up: these elements answer every other request at once.
     */
    private SipResponse cancel(SipRequest cancel) {
        InviteServerTransaction invite = stack.transactions().findInviteFor(cancel);
        if (invite == null) {
            return cancel.createResponse(stack.faults().has(Fault.CANCEL_UNKNOWN_200) ? 200 : 481).build();
        }
        SipResponse last = invite.lastResponse();
        String tag = last != null && last.to() != null ? last.to().tag() : null;
        if (invite.state() == InviteServerTransaction.State.PROCEEDING) {
            SipResponse terminated = invite.request().createResponse(487, tag).build();
            tag = terminated.to().tag();
            invite.sendResponse(terminated);
        }
        return cancel.createResponse(200, tag).build();
    }

    /**
     * RFC 3261 §11.2: "Allow, Accept, Accept-Encoding, Accept-Language, and Supported header fields SHOULD be present
     * in a 200 (OK) response to an OPTIONS request." These elements take no bodies and no extensions: Accept is the
     * default of §20.1 ("if no Accept header field is present, the server SHOULD assume a default value of
     * application/sdp"), Accept-Encoding that of §20.2 ("If no Accept-Encoding header field is present, the server
     * SHOULD assume a default value of identity."), and Supported is empty.
     */
    SipResponse options(SipRequest r) {
        return r.createResponse(200)
                .headerValues(SipHeaders.ALLOW, allowed)
                .header(HeaderName.ACCEPT, "application/sdp")
                .header(HeaderName.ACCEPT_ENCODING, "identity")
                .header(HeaderName.ACCEPT_LANGUAGE, "en")
                .header(HeaderName.SUPPORTED, "")
                .build();
    }

    /**
     * RFC 3261 §8.2.1: "If the UAS recognizes but does not support the method of a request, it MUST generate a 405
     * (Method Not Allowed) response. ... The UAS MUST also add an Allow header field to the 405 (Method Not Allowed)
     * response." §21.5.2, 501: "This is the appropriate response when a UAS does not recognize the request method and
     * is not capable of supporting it for any user."
     */
    SipResponse notAllowed(SipRequest r) {
        return r.createResponse(Methods.isRfc3261(r.method()) ? 405 : 501).headerValues(SipHeaders.ALLOW, allowed).build();
    }

    /** An ACK without a transaction (for a 2xx these elements never send): nothing to do. */
    @Override
    public void ackReceived(SipRequest ack, Flow flow) {
        LOG.debug("ACK from {} dropped: no 2xx was sent for it", flow.remote());
    }

    /** These elements send no requests, so every response is stray; RFC 6026 §7.2: it "is simply dropped". */
    @Override
    public void strayResponse(SipResponse response, Flow flow) {
        LOG.debug("response {} from {} dropped: no request was sent", response.statusCode(), flow.remote());
    }

    @Override
    public void close() {
    }
}
