package io.sipspec.dialog;

import io.sipspec.message.Address;
import io.sipspec.message.CSeq;
import io.sipspec.message.DialogId;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A dialog (RFC 3261 §12): "A dialog contains certain pieces of state needed for further message transmissions within
 * the dialog.  This state consists of the dialog ID, a local sequence number (used to order requests from the UA to
 * its peer), a remote sequence number (used to order requests from its peer to the UA), a local URI, a remote URI,
 * remote target, a boolean flag called "secure", and a route set, which is an ordered list of URIs."
 *
 * <p>A dialog is mutable state by nature: its sequence numbers move with every request, its remote target with every
 * target refresh, its state from early to confirmed to terminated. This class is therefore mutable but confined: it
 * is not thread-safe, and must be used from one thread (the UA's event loop, as the transaction layer is). It has no
 * setters; its state changes only through the events of §12: a request {@linkplain #createRequest created}, a request
 * {@linkplain #receiveRequest received}, a response {@linkplain #sendResponse sent} (UAS side) or
 * {@linkplain #receiveResponse received} (UAC side), or {@link #terminate()}.
 *
 * <p>Beyond the state of §12 the dialog keeps the Contact this UA gave its peer ({@link #localContact()}), to put in
 * target refresh requests: §12.2.1.1 "A UAC SHOULD include a Contact header field in any target refresh requests
 * within a dialog, and unless there is a need to change it, the URI SHOULD be the same as used in previous requests
 * within the dialog."
 */
public final class Dialog {

    /** §12: "A dialog can also be in the "early" state ... and then transition to the "confirmed" state". */
    public enum State { EARLY, CONFIRMED, TERMINATED }

    /** RFC 3261 §8.1.1.5: "The sequence number value MUST be expressible as a 32-bit unsigned integer and MUST be less than 2**31." */
    static final long CSEQ_LIMIT = 1L << 31;

    private final DialogId id;
    private final Address local;
    private final Address remote;
    private final boolean secure;
    private final Address localContact;
    private State state;
    private long localCseq;
    private long remoteCseq;
    private List<Address> routeSet;
    private Uri remoteTarget;

    private Dialog(DialogId id, Address local, Address remote, boolean secure, Address localContact, State state,
            long localCseq, long remoteCseq, List<Address> routeSet, Uri remoteTarget) {
        this.id = id;
        this.local = local.withoutParameter("tag");
        this.remote = remote.withoutParameter("tag");
        this.secure = secure;
        this.localContact = localContact;
        this.state = state;
        this.localCseq = localCseq;
        this.remoteCseq = remoteCseq;
        this.routeSet = routeSet;
        this.remoteTarget = remoteTarget;
    }

    /**
     * Whether {@code response} to {@code request} establishes a dialog. §12.1: "Within this specification, only 2xx
     * and 101-199 responses with a To tag, where the request was INVITE, will establish a dialog." A 2xx without a To
     * tag still does at the UAC (§12.1.2: "A UAC MUST be prepared to receive a response without a tag in the To
     * field, in which case the tag is considered to have a value of null").
     */
    public static boolean establishes(SipRequest request, SipResponse response) {
        int s = response.statusCode();
        return request.isMethod(Methods.INVITE) && (response.isSuccess() || s > 100 && s < 200 && response.to().tag() != null);
    }

    /** As {@link #asUas(SipRequest, SipResponse, boolean)}, with "arrived over TLS" read from the request's top Via. */
    public static Dialog asUas(SipRequest request, SipResponse response) {
        return asUas(request, response, overTls(request));
    }

    /**
     * The dialog a UAS creates when it sends {@code response} to {@code request} (§12.1.1); early for a 1xx, confirmed
     * for a 2xx.
     *
     * @param tls whether the request arrived over TLS
     * @throws IllegalArgumentException if the response does not establish a dialog
     */
    public static Dialog asUas(SipRequest request, SipResponse response, boolean tls) {
        String localTag = response.to().tag();
        if (localTag == null || !establishes(request, response)) {
            throw new IllegalArgumentException("a " + response.statusCode() + " to " + request.method()
                    + (localTag == null ? " without a To tag" : "") + " does not establish a dialog");
        }
        // §12.1.1: "If the request arrived over TLS, and the Request-URI contained a SIPS URI, the "secure" flag is
        // set to TRUE."
        boolean secure = tls && isSips(request.requestUri());
        // "The route set MUST be set to the list of URIs in the Record-Route header field from the request, taken in
        // order and preserving all URI parameters.  If no Record-Route header field is present in the request, the
        // route set MUST be set to the empty set."
        List<Address> routeSet = List.copyOf(request.recordRoutes());
        // "The remote target MUST be set to the URI from the Contact header field of the request."
        Uri remoteTarget = contactUri(request);
        if (remoteTarget == null) {
            // A request of RFC 2543, which did not require Contact; RFC 4475 §3.4.1 (inv2543, an INVITE without
            // Contact, From tag or branch): "This is a legal message per RFC 2543 (and several bis versions) that should
            // be accepted by RFC 3261 elements that want to maintain backwards compatibility." Without a Contact, the
            // requests of the dialog go to the address of the remote party: the From URI.
            remoteTarget = request.from().uri();
        }
        // "The remote sequence number MUST be set to the value of the sequence number in the CSeq header field of the
        // request.  The local sequence number MUST be empty.  The call identifier component of the dialog ID MUST be
        // set to the value of the Call-ID in the request.  The local tag component of the dialog ID MUST be set to the
        // tag in the To field in the response to the request (which always includes a tag), and the remote tag
        // component of the dialog ID MUST be set to the tag from the From field in the request."
        DialogId id = new DialogId(request.callId(), localTag, request.from().tag());
        // "The remote URI MUST be set to the URI in the From field, and the local URI MUST be set to the URI in the To
        // field."
        return new Dialog(id, request.to(), request.from(), secure, firstContact(response), stateFor(response), -1,
                request.cseq().sequence(), routeSet, remoteTarget);
    }

    /** As {@link #asUac(SipRequest, SipResponse, boolean)}, with "sent over TLS" read from the request's top Via. */
    public static Dialog asUac(SipRequest request, SipResponse response) {
        return asUac(request, response, overTls(request));
    }

    /**
     * The dialog a UAC creates when it receives {@code response} to {@code request} (§12.1.2); early for a 1xx,
     * confirmed for a 2xx.
     *
     * <p>A provisional response often has no Contact (a 180 from many phones); the remote target is then the
     * Request-URI of the request until the 2xx, a target refresh response, brings the Contact (§12.2.1.2).
     *
     * @param tls whether the request was sent over TLS
     * @throws IllegalArgumentException if the response does not establish a dialog
     */
    public static Dialog asUac(SipRequest request, SipResponse response, boolean tls) {
        if (!establishes(request, response)) {
            throw new IllegalArgumentException("a " + response.statusCode() + " to " + request.method()
                    + " does not establish a dialog");
        }
        // §12.1.2: "If the request was sent over TLS, and the Request-URI contained a SIPS URI, the "secure" flag is
        // set to TRUE."
        boolean secure = tls && isSips(request.requestUri());
        // "The route set MUST be set to the list of URIs in the Record-Route header field from the response, taken in
        // reverse order and preserving all URI parameters.  If no Record-Route header field is present in the
        // response, the route set MUST be set to the empty set."
        List<Address> routeSet = reversed(response.recordRoutes());
        // "The remote target MUST be set to the URI from the Contact header field of the response."
        Uri remoteTarget = contactUri(response);
        if (remoteTarget == null) {
            remoteTarget = request.requestUri();
        }
        // "The local sequence number MUST be set to the value of the sequence number in the CSeq header field of the
        // request.  The remote sequence number MUST be empty (it is established when the remote UA sends a request
        // within the dialog).  The call identifier component of the dialog ID MUST be set to the value of the Call-ID
        // in the request.  The local tag component of the dialog ID MUST be set to the tag in the From field in the
        // request, and the remote tag component of the dialog ID MUST be set to the tag in the To field of the
        // response."
        DialogId id = new DialogId(request.callId(), request.from().tag(), response.to().tag());
        // "The remote URI MUST be set to the URI in the To field, and the local URI MUST be set to the URI in the From
        // field."
        return new Dialog(id, request.from(), request.to(), secure, firstContact(request), stateFor(response),
                request.cseq().sequence(), -1, routeSet, remoteTarget);
    }

    // ---------------------------------------------------------------- state

    public DialogId id() {
        return id;
    }

    public State state() {
        return state;
    }

    public String callId() {
        return id.callId();
    }

    public String localTag() {
        return id.localTag();
    }

    /** The remote tag, or null when the peer sent none (an RFC 2543 peer). */
    public String remoteTag() {
        return id.remoteTag();
    }

    /** The URI of the From field (UAC) or To field (UAS) of the request that created the dialog. */
    public Uri localUri() {
        return local.uri();
    }

    /** The URI of the To field (UAC) or From field (UAS) of the request that created the dialog. */
    public Uri remoteUri() {
        return remote.uri();
    }

    /** The local sequence number; empty until this UA sends a request in the dialog (UAS side). */
    public OptionalLong localCseq() {
        return localCseq < 0 ? OptionalLong.empty() : OptionalLong.of(localCseq);
    }

    /** The remote sequence number; empty until the peer sends a request in the dialog (UAC side). */
    public OptionalLong remoteCseq() {
        return remoteCseq < 0 ? OptionalLong.empty() : OptionalLong.of(remoteCseq);
    }

    /** The route set, in the order requests traverse it. */
    public List<Address> routeSet() {
        return routeSet;
    }

    public Uri remoteTarget() {
        return remoteTarget;
    }

    public boolean isSecure() {
        return secure;
    }

    /** The Contact this UA gave its peer (of the request at a UAC, of the response at a UAS), or null. */
    public Address localContact() {
        return localContact;
    }

    /**
     * Ends the dialog now: for the early dialogs of a request that got a non-2xx final response (§12.3), for those
     * that got no final response at all ("if no response arrives at all on that dialog, the early dialog
     * terminates"), or when the UA core gives up on it.
     */
    public void terminate() {
        state = State.TERMINATED;
    }

    /**
     * §12.2: "For dialogs that have been established with an INVITE, the only target refresh request defined is
     * re-INVITE (see Section 14).  Other extensions may define different target refresh requests for dialogs
     * established in other ways." UPDATE (RFC 3311) is one. "Note that an ACK is NOT a target refresh request."
     */
    public static boolean isTargetRefresh(String method) {
        return Methods.INVITE.equals(method) || Methods.UPDATE.equals(method);
    }

    // ---------------------------------------------------------------- UAC: requests within the dialog

    /**
     * A request within the dialog (§12.2.1.1), with the next local sequence number: Request-URI and Route from the
     * route set and remote target ({@link RequestTarget}), To, From, Call-ID, CSeq, Max-Forwards, and for a target
     * refresh request the {@link #localContact()}. It has no Via: the caller adds one
     * ({@code addHeaderFirst(SipHeaders.VIA, via)}) before handing it to the transaction layer. Creating the request
     * uses its sequence number, sent or not.
     *
     * @throws IllegalArgumentException for ACK (see {@link #createAck}) and CANCEL (built from the request it cancels,
     *                                  §9.1)
     * @throws IllegalStateException    if the dialog is terminated, or the sequence number would reach 2**31
     */
    public SipRequest.Builder createRequest(String method) {
        if (Methods.ACK.equals(method) || Methods.CANCEL.equals(method)) {
            throw new IllegalArgumentException(method + " takes the sequence number of the request it acknowledges or cancels");
        }
        requireActive();
        long next;
        if (localCseq >= 0) {
            // §12.2.1.1: "if the local sequence number is not empty, the value of the local sequence number MUST be
            // incremented by one, and this value MUST be placed into the CSeq header field."
            next = localCseq + 1;
            if (next >= CSEQ_LIMIT) {
                throw new IllegalStateException("the local sequence number would reach 2**31");
            }
        } else {
            // "If the local sequence number is empty, an initial value MUST be chosen using the guidelines of Section
            // 8.1.1.5." The note below it: "The initial value of the sequence number is chosen so that subsequent
            // requests within the same call will not wrap around": at most 2**30, leaving 2**30 requests.
            next = ThreadLocalRandom.current().nextLong(1, CSEQ_LIMIT >> 1);
        }
        localCseq = next;
        // "The method field in the CSeq header field value MUST match the method of the request."
        return build(method, new CSeq(next, method));
    }

    /**
     * The ACK for a 2xx to the INVITE sent with sequence number {@code inviteCseq} (§13.2.2.4): "The header fields of
     * the ACK are constructed in the same way as for any request sent within a dialog (see Section 12) with the
     * exception of the CSeq and the header fields related to authentication.  The sequence number of the CSeq header
     * field MUST be the same as the INVITE being acknowledged, but the CSeq method MUST be ACK." The local sequence
     * number does not change. No Via, as for {@link #createRequest}.
     */
    public SipRequest.Builder createAck(long inviteCseq) {
        requireActive();
        return build(Methods.ACK, new CSeq(inviteCseq, Methods.ACK));
    }

    private SipRequest.Builder build(String method, CSeq cseq) {
        RequestTarget target = RequestTarget.of(routeSet, remoteTarget);
        SipRequest.Builder b = SipRequest.builder(method, target.requestUri());
        if (!target.routes().isEmpty()) {
            b.headerValues(SipHeaders.ROUTE, target.routes());
        }
        // §8.1.1.6: "A UAC MUST insert a Max-Forwards header field into each request it originates with a value that
        // SHOULD be 70."
        b.header(SipHeaders.MAX_FORWARDS, 70L);
        // §12.2.1.1: "The URI in the To field of the request MUST be set to the remote URI from the dialog state.  The
        // tag in the To header field of the request MUST be set to the remote tag of the dialog ID.  The From URI of
        // the request MUST be set to the local URI from the dialog state.  The tag in the From header field of the
        // request MUST be set to the local tag of the dialog ID.  If the value of the remote or local tags is null,
        // the tag parameter MUST be omitted from the To or From header fields, respectively."
        b.header(SipHeaders.TO, id.remoteTag() == null ? remote : remote.withTag(id.remoteTag()));
        b.header(SipHeaders.FROM, local.withTag(id.localTag()));
        // "The Call-ID of the request MUST be set to the Call-ID of the dialog."
        b.header(SipHeaders.CALL_ID, id.callId());
        b.header(SipHeaders.CSEQ, cseq);
        if (localContact != null && isTargetRefresh(method)) {
            b.header(SipHeaders.CONTACT, localContact);
        }
        return b;
    }

    /**
     * A response the peer sent to a request of this dialog (UAC side).
     *
     * <ul>
     * <li>A 2xx to the INVITE that created an early dialog confirms it, and §13.2.2.4: "the route set for the dialog
     * MUST be recomputed based on the 2xx response".</li>
     * <li>§12.2.1.2: "When a UAC receives a 2xx response to a target refresh request, it MUST replace the dialog's
     * remote target URI with the URI from the Contact header field in that response, if present."</li>
     * <li>A non-2xx final response to that INVITE terminates the early dialog (§12.3, below).</li>
     * <li>A 2xx, 481 or 408 to a BYE terminates the dialog, §15.1.1: "If the response for the BYE is a 481
     * (Call/Transaction Does Not Exist) or a 408 (Request Timeout) or no response at all is received for the BYE
     * (that is, a timeout is returned by the client transaction), the UAC MUST consider the session and the dialog
     * terminated." A timeout is fed here as a 408 (§12.2.1.2: "If the client transaction returns a timeout, this is
     * treated as a 408 (Request Timeout) response.").</li>
     * </ul>
     *
     * <p>For a 481 or 408 to another request, §12.2.1.2 says "the UAC SHOULD terminate the dialog"; for an INVITE
     * dialog that means sending a BYE, which is the UA core's call.
     */
    public void receiveResponse(SipRequest request, SipResponse response) {
        if (state == State.TERMINATED || response.isProvisional()) {
            return;
        }
        String method = request.method();
        // While the initial INVITE is pending the dialog is early, and §14.1: "a UAC MUST NOT initiate a new INVITE
        // transaction within a dialog while another INVITE transaction is in progress in either direction."
        boolean initial = state == State.EARLY && Methods.INVITE.equals(method);
        if (response.isSuccess()) {
            if (initial) {
                // §13.2.2.4: "If the dialog identifier in the 2xx response matches the dialog identifier of an existing
                // dialog, the dialog MUST be transitioned to the "confirmed" state, and the route set for the dialog
                // MUST be recomputed based on the 2xx response using the procedures of Section 12.2.1.2."
                state = State.CONFIRMED;
                routeSet = reversed(response.recordRoutes());
            }
            if (isTargetRefresh(method)) {
                refreshTarget(response);
            }
            if (Methods.BYE.equals(method)) {
                state = State.TERMINATED;
            }
        } else if (initial) {
            // §12.3: "Independent of the method, if a request outside of a dialog generates a non-2xx final response,
            // any early dialogs created through provisional responses to that request are terminated."
            state = State.TERMINATED;
        } else if (Methods.BYE.equals(method) && (response.statusCode() == 481 || response.statusCode() == 408)) {
            state = State.TERMINATED;
        }
    }

    // ---------------------------------------------------------------- UAS: requests from the peer

    /**
     * A request the peer sent within this dialog (§12.2.2), after the UA core's §8.2 checks: "If there is a match,
     * this is a mid-dialog request.  In that case, the UAS first applies the same processing rules for requests
     * outside of a dialog, discussed in Section 8.2."
     *
     * <p>The CSeq rule: a lower sequence number than the remote one is rejected with 500 and changes nothing (§12.2.2:
     * "If the request is rejected, none of the state changes are performed."); otherwise the remote sequence number
     * becomes the request's. ACK and CANCEL are exempt: §12.2.1.1 "excepting ACK and CANCEL of course, whose numbers
     * equal the requests being acknowledged or cancelled". An equal number is not "lower" and passes.
     *
     * <p>The remote sequence number moves on receipt even if the UA core rejects the request later (488, 491): the peer
     * used that number (§12.2.1.1 has it increment for every request), and no later request may reuse it. The
     * remote target, by contrast, changes only with a 2xx ({@link #sendResponse}), since a rejected request performs
     * no state change.
     */
    public RequestOutcome receiveRequest(SipRequest request) {
        if (!DialogId.asUas(request).equals(id)) {
            throw new IllegalArgumentException("request of dialog " + DialogId.asUas(request) + " given to " + id);
        }
        if (state == State.TERMINATED) {
            // An ACK takes no response (§22.1 counts it among "any requests that take no response").
            return request.isMethod(Methods.ACK) ? RequestOutcome.discard("ACK for terminated dialog " + id)
                    : RequestOutcome.rejected(481, null, "dialog " + id + " is terminated");
        }
        if (request.isMethod(Methods.ACK) || request.isMethod(Methods.CANCEL)) {
            return RequestOutcome.inDialog(this);
        }
        long seq = request.cseq().sequence();
        if (remoteCseq < 0) {
            // §12.2.2: "If the remote sequence number is empty, it MUST be set to the value of the sequence number in
            // the CSeq header field value in the request."
            remoteCseq = seq;
        } else if (seq < remoteCseq) {
            // "If the remote sequence number was not empty, but the sequence number of the request is lower than the
            // remote sequence number, the request is out of order and MUST be rejected with a 500 (Server Internal
            // Error) response."
            return RequestOutcome.rejected(500, this, "CSeq " + seq + " is lower than the remote sequence number " + remoteCseq);
        } else {
            // "It is possible for the CSeq sequence number to be higher than the remote sequence number by more than
            // one.  This is not an error condition ... The UAS MUST then set the remote sequence number to the value
            // of the sequence number in the CSeq header field value in the request."
            remoteCseq = seq;
        }
        return RequestOutcome.inDialog(this);
    }

    /**
     * A response this UA sends to a request of the dialog (UAS side), including the one that created it.
     *
     * <ul>
     * <li>A 2xx to the initial INVITE confirms an early dialog; a non-2xx final response to it terminates the early
     * dialog (§12.3).</li>
     * <li>§12.2.2: "When a UAS receives a target refresh request, it MUST replace the dialog's remote target URI with
     * the URI from the Contact header field in that request, if present." Done when the request is accepted (2xx),
     * since "If a particular request is accepted by the UAS, all the state changes associated with it are performed.
     * If the request is rejected, none of the state changes are performed."</li>
     * <li>A 2xx to a BYE terminates the dialog (§15.1.2: "the UAS core MUST generate a 2xx response to the BYE").</li>
     * </ul>
     */
    public void sendResponse(SipRequest request, SipResponse response) {
        if (state == State.TERMINATED || response.isProvisional()) {
            return;
        }
        boolean initial = state == State.EARLY && request.isMethod(Methods.INVITE) && request.to().tag() == null;
        if (response.isSuccess()) {
            if (initial) {
                state = State.CONFIRMED;
            }
            if (isTargetRefresh(request.method())) {
                refreshTarget(request);
            }
            if (request.isMethod(Methods.BYE)) {
                state = State.TERMINATED;
            }
        } else if (initial) {
            state = State.TERMINATED;
        }
    }

    // ---------------------------------------------------------------- helpers

    private void refreshTarget(SipMessage m) {
        Uri u = contactUri(m);
        if (u != null) {
            remoteTarget = u;
        }
    }

    private void requireActive() {
        if (state == State.TERMINATED) {
            throw new IllegalStateException("dialog " + id + " is terminated");
        }
    }

    private static State stateFor(SipResponse response) {
        // §12.1: "A dialog established by a non-final response to a request is in the "early" state"
        return response.isSuccess() ? State.CONFIRMED : State.EARLY;
    }

    private static Address firstContact(SipMessage m) {
        List<Address> contacts = m.contacts();
        return contacts.isEmpty() || contacts.get(0).isWildcard() ? null : contacts.get(0);
    }

    private static Uri contactUri(SipMessage m) {
        Address a = firstContact(m);
        return a == null ? null : a.uri();
    }

    private static boolean isSips(Uri uri) {
        return uri instanceof SipUri sip && sip.isSecure();
    }

    /** The transport of the top Via: the one the request was sent (UAC) or arrived (UAS) over. */
    private static boolean overTls(SipRequest request) {
        Via top = request.topVia();
        return top != null && "TLS".equals(top.transport());
    }

    private static List<Address> reversed(List<Address> recordRoutes) {
        List<Address> r = new ArrayList<>(recordRoutes);
        Collections.reverse(r);
        return List.copyOf(r);
    }

    @Override
    public String toString() {
        return "Dialog[" + id + ", " + state + ", target " + remoteTarget + ", routes " + routeSet + "]";
    }
}
