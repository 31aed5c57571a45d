package io.sipspec.proxy;

import io.sipspec.fault.Fault;
import io.sipspec.message.Address;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.transaction.ClientTransaction;
import io.sipspec.transaction.ClientTransactionListener;
import io.sipspec.transaction.InviteServerTransaction;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TimerName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The response context of RFC 3261 §16.6: "A stateful proxy must have a mechanism to maintain the target set as
 * responses are received and associate the responses to each forwarded request with the original request.  For the
 * purposes of this model, this mechanism is a "response context" created by the proxy layer before forwarding the
 * first request." One server transaction, its branches, and the final responses they got. Runs on the transaction
 * layer's executor.
 */
final class ResponseContext implements ClientTransactionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseContext.class);

    /** Whether a final response went out on the server transaction. */
    enum State {
        /** No final response sent yet. */
        FORWARDING,
        /** A final response was sent (forwarded or chosen). */
        RESPONDED
    }

    private final StatefulProxy proxy;
    private final ServerTransaction server;
    /** The request as received: its branch loop part and its transport. */
    private final SipRequest received;
    /** The request after §16.4, copied for each target. */
    private final SipRequest request;
    private final boolean invite;
    private final Deque<Uri> waiting;
    /** Every URI ever placed into the target set (§16.5: "any given URI MUST NOT be added to the set more than once"). */
    private final Set<Uri> targets;
    /**
     * Whether contacts of a 3xx may join the target set: §16.5 "A proxy MUST NOT add additional targets to the target
     * set if the Request-URI of the original request does not indicate a resource this proxy is responsible for."
     */
    private final boolean mayRecurse;
    private final List<Branch> branches = new ArrayList<>(2);
    private final List<SipResponse> finals = new ArrayList<>(2);
    private State state = State.FORWARDING;
    /** §16.7 step 5: after a 6xx the proxy "MUST NOT create any new branches in this context"; likewise after CANCEL. */
    private boolean closedToNewBranches;
    /** The branch whose transaction is being started (it reports before sendRequest returns it), or null. */
    private Branch starting;
    /** The proxy has let go of this context. */
    boolean forgotten;

    ResponseContext(StatefulProxy proxy, ServerTransaction server, SipRequest received, Routing.Proxy routed) {
        this.proxy = proxy;
        this.server = server;
        this.received = received;
        this.request = routed.request();
        this.invite = received.isMethod(Methods.INVITE);
        this.waiting = new ArrayDeque<>(routed.targets());
        this.targets = new HashSet<>(routed.targets());
        this.mayRecurse = proxy.config().recurse() && request.routes().isEmpty()
                && !(request.requestUri() instanceof SipUri s && s.maddr() != null)
                && proxy.identity().isResponsibleFor(request.requestUri()) && !Targets.namesProxyItself(request.requestUri());
    }

    State state() {
        return state;
    }

    List<Branch> branches() {
        return branches;
    }

    /**
     * RFC 3261 §16.6: "As soon as the target set is non-empty, a proxy MAY begin forwarding the request." In parallel,
     * every target now; in sequence, the first.
     */
    void start() {
        next();
    }

    /**
     * RFC 3261 §16.5: "If a proxy uses a dynamic source of information while building the target set (for instance,
     * if it consults a SIP Registrar), it SHOULD monitor that source for the duration of processing the request.  New
     * locations SHOULD be added to the target set as they become available.  As above, any given URI MUST NOT be
     * added to the set more than once." Adds the targets of {@code uris} not yet in the set, while the context still
     * forwards.
     */
    void addTargets(List<Uri> uris) {
        if (state != State.FORWARDING || closedToNewBranches) {
            return;
        }
        boolean added = false;
        for (Uri u : uris) {
            if (!waiting.contains(u) && branches.stream().noneMatch(b -> b.target.equals(u))) {
                waiting.add(u);
                added = true;
            }
        }
        if (added) {
            next();
        }
    }

    /** The request being forwarded, after §16.4. */
    SipRequest request() {
        return request;
    }

    /** Starts the next branch(es) while allowed, then sends the best response if every branch is over. */
    private void next() {
        while (!waiting.isEmpty() && !closedToNewBranches && state == State.FORWARDING) {
            if (proxy.config().forking() == ForkingMode.SEQUENTIAL && branches.stream().anyMatch(Branch::isPending)) {
                break;
            }
            startBranch(waiting.poll());
        }
        respondIfDone();
    }

    /** §16.6 steps 1 to 11 for one target. */
    private void startBranch(Uri target) {
        RequestForwarding.Forward f;
        try {
            f = RequestForwarding.prepare(request, target, new Hops(proxy.config(), proxy.identity(), proxy.network(),
                    Branches.stateful(received)));
        } catch (IllegalArgumentException e) {
            // Step 7: "If the ordered set is exhausted, the request cannot be forwarded to this element in the target
            // set.  The proxy does not need to place anything in the response context, but otherwise acts as if this
            // element of the target set returned a 408 (Request Timeout) final response."
            LOG.info("{} not forwarded to {}: {}", request.method(), target, e.getMessage());
            finals.add(server.request().createResponse(408).build());
            return;
        }
        SipUri recordRoute = proxy.config().recordRoute() && Hops.recordRoutes(request)
                ? proxy.identity().recordRoute(f.destination().transport()) : null;
        // 10. "A stateful proxy MUST create a new client transaction for this request as described in Section 17.1 and
        // instructs the transaction to send the request using the address, port and transport determined in step 7."
        // The branch exists before its transaction starts: a send that fails at once reports to it (§16.9).
        Branch b = new Branch(target, recordRoute);
        branches.add(b);
        starting = b;
        ClientTransaction tx = proxy.transactions().sendRequest(f.request(), f.destination(), this);
        starting = null;
        b.transaction = tx;
        // 11. "Timer C MUST be set for each client transaction when an INVITE request is proxied."
        if (invite) {
            setTimerC(b, proxy.config().timerC().toMillis());
        }
    }

    private void setTimerC(Branch b, long millis) {
        b.cancelTimerC();
        b.timerC = proxy.scheduler().schedule(TimerName.C, millis, () -> timerCFired(b));
    }

    /**
     * RFC 3261 §16.8: "If timer C should fire, the proxy MUST either reset the timer with any value it chooses, or
     * terminate the client transaction.  If the client transaction has received a provisional response, the proxy
     * MUST generate a CANCEL request matching that transaction.  If the client transaction has not received a
     * provisional response, the proxy MUST behave as if the transaction received a 408 (Request Timeout) response."
     * After the CANCEL the timer is reset to 64*T1 for the 487; if it fires again, the transaction is terminated.
     */
    private void timerCFired(Branch b) {
        b.timerC = null;
        if (b.state == Branch.State.COMPLETED) {
            return;
        }
        if (b.state == Branch.State.PROCEEDING && !b.cancelSent && !proxy.faults().has(Fault.TIMER_C_NO_CANCEL)) {
            sendCancel(b);
            setTimerC(b, proxy.transactions().timers().timeoutMillis());
            return;
        }
        failed(b, 408);
        b.transaction.abandon();
    }

    // ---------------------------------------------------------------- from the client transactions (§16.7)

    @Override
    public void responseReceived(ClientTransaction transaction, SipResponse response) {
        // 1. "Find Context"
        Branch b = branch(transaction);
        if (b == null) {
            return;
        }
        int code = response.statusCode();
        // 3. "The proxy removes the topmost Via header field value from the response."
        SipResponse up = upstream(b, response);
        if (code < 200) {
            provisional(b, code, up);
        } else if (code < 300 && !proxy.faults().has(Fault.PROXY_2XX_HELD)) {
            success(b, up);
        } else {
            failure(b, up);
        }
    }

    private void provisional(Branch b, int code, SipResponse up) {
        // 2. "For an INVITE transaction, if the response is a provisional response with status codes 101 to 199
        // inclusive (i.e., anything but 100), the proxy MUST reset timer C for that client transaction."
        if (invite && code > 100 && b.state != Branch.State.COMPLETED && !b.cancelSent) {
            setTimerC(b, proxy.config().timerC().toMillis());
        }
        if (b.state == Branch.State.CALLING) {
            b.state = Branch.State.PROCEEDING;
            if (b.cancelWanted) {
                sendCancel(b);
            }
        }
        // 5. "Until a final response has been sent on the server transaction, the following responses MUST be
        // forwarded immediately: - Any provisional response other than 100 (Trying)" "In particular, a stateful proxy
        // MUST NOT forward any 100 (Trying) response."
        if ((code > 100 || proxy.faults().has(Fault.PROXY_100_FORWARDED)) && state == State.FORWARDING && up != null) {
            server.sendResponse(up);
        }
    }

    /**
     * 5. "Until a final response has been sent on the server transaction, the following responses MUST be forwarded
     * immediately: ... - Any 2xx response" "After a final response has been sent on the server transaction, the
     * following responses MUST be forwarded immediately: - Any 2xx response to an INVITE request". Every 2xx the INVITE
     * client transaction passes up (RFC 6026: retransmissions and 2xx of other forks too) is forwarded.
     */
    private void success(Branch b, SipResponse up) {
        complete(b);
        if (up != null && (state == State.FORWARDING || invite)) {
            forwardFinal(up);
        }
        if (state == State.FORWARDING) {
            state = State.RESPONDED;
        }
        // 10. "If the forwarded response was a final response, the proxy MUST generate a CANCEL request for all
        // pending client transactions associated with this response context."
        if (!proxy.faults().has(Fault.PROXY_PENDING_NOT_CANCELLED)) {
            cancelPending();
        }
        next();
    }

    private void failure(Branch b, SipResponse up) {
        if (b.state == Branch.State.COMPLETED) {
            return;
        }
        complete(b);
        if (up != null && up.statusCode() < 400 && mayRecurse && !closedToNewBranches) {
            up = recursed(up);
        }
        // 4. "Final responses received are stored in the response context until a final response is generated on
        // the server transaction associated with this context."
        if (up != null) {
            finals.add(up);
        }
        // 5. "If a 6xx response is received, it is not immediately forwarded, but the stateful proxy SHOULD cancel all
        // client pending transactions as described in Section 10, and it MUST NOT create any new branches in this
        // context."
        if (up != null && up.statusCode() >= 600) {
            closedToNewBranches = true;
            cancelPending();
        }
        next();
    }

    /**
     * §16.7 step 4: the SIP and SIPS contacts of a 3xx join the target set (§16.5: "a proxy may choose to incorporate
     * contacts obtained in a redirect response (3xx) into the target set"); those already in it are not added again.
     * "If the proxy chooses to recurse on any contacts in a 3xx response by adding them to the target set, it MUST
     * remove them from the response before adding the response to the response context.  However, a proxy SHOULD NOT
     * recurse to a non-SIPS URI if the Request-URI of the original request was a SIPS URI.  If the proxy recurses on
     * all of the contacts in a 3xx response, the proxy SHOULD NOT add the resulting contactless response to the
     * response context." "3xx responses may contain a mixture of SIP, SIPS, and non-SIP URIs.  A proxy may choose to
     * recurse on the SIP and SIPS URIs and place the remainder into the response context to be returned, potentially
     * in the final response."
     *
     * @return the response to store, without the contacts recursed on, or null when none is left
     */
    private SipResponse recursed(SipResponse redirect) {
        List<Address> contacts;
        try {
            contacts = redirect.contacts();
        } catch (SipParseException e) {
            return redirect;
        }
        boolean sips = received.requestUri() instanceof SipUri s && s.isSecure();
        List<Address> kept = new ArrayList<>(contacts.size());
        for (Address c : contacts) {
            if (c != Address.WILDCARD && c.uri() instanceof SipUri s && (s.isSecure() || !sips)) {
                Uri target = s.withoutParameter("method").withoutHeaders();
                if (targets.add(target)) {
                    waiting.add(target);
                }
            } else {
                kept.add(c);
            }
        }
        if (kept.size() == contacts.size()) {
            return redirect;
        }
        if (kept.isEmpty()) {
            return null;
        }
        return redirect.toBuilder().headerValues(SipHeaders.CONTACT, kept).build();
    }

    @Override
    public void timedOut(ClientTransaction transaction) {
        Branch b = branch(transaction);
        if (b != null) {
            // §16.6 step 7: "If the client transaction reports failure to send the request or a timeout from its state
            // machine ... acts as if this element of the target set returned a 408 (Request Timeout) final response."
            failed(b, 408);
        }
    }

    /** RFC 3261 §16.9: "the proxy MUST behave as if the forwarded request received a 503 (Service Unavailable) response." */
    @Override
    public void transportError(ClientTransaction transaction, Throwable cause) {
        Branch b = branch(transaction);
        if (b != null) {
            LOG.debug("{} to {}: transport error {}", request.method(), b.target, cause.toString());
            failed(b, 503);
        }
    }

    /**
     * "The proxy MUST maintain the response context until all of its associated transactions have been terminated,
     * even after forwarding a final response."
     */
    @Override
    public void terminated(ClientTransaction transaction) {
        Branch b = branch(transaction);
        if (b == null) {
            return;
        }
        b.terminated = true;
        b.cancelTimerC();
        // A transaction that ends without a final response says why (timedOut, transportError) right after.
        forgetIfOver();
    }

    private void forgetIfOver() {
        if (state == State.RESPONDED && waitingIsOver() && branches.stream().allMatch(x -> x.terminated)) {
            proxy.contextDone(server, this);
        }
    }

    /** A branch that ends without a final response of its own counts as having received {@code status}. */
    private void failed(Branch b, int status) {
        if (b.state == Branch.State.COMPLETED) {
            return;
        }
        complete(b);
        finals.add(server.request().createResponse(status).build());
        next();
        forgetIfOver();
    }

    private void complete(Branch b) {
        b.state = Branch.State.COMPLETED;
        b.cancelTimerC();
    }

    private boolean waitingIsOver() {
        return waiting.isEmpty() || closedToNewBranches || state == State.RESPONDED;
    }

    /**
     * 6. "A stateful proxy MUST send a final response to a response context's server transaction if no final
     * responses have been immediately forwarded by the above rules and all client transactions in this response
     * context have been terminated." A branch that has its final response is over for this purpose: its transaction
     * stays only to absorb retransmissions (Timer D, K).
     */
    private void respondIfDone() {
        if (state != State.FORWARDING || !waitingIsOver() || branches.stream().anyMatch(Branch::isPending)) {
            return;
        }
        state = State.RESPONDED;
        forwardFinal(BestResponse.choose(server.request(), finals, proxy.faults()));
    }

    /**
     * 9. "The proxy MUST pass the response to the server transaction associated with the response context." "If the
     * server transaction is no longer available to handle the transmission, the element MUST forward the response
     * statelessly by sending it to the server transport."
     */
    private void forwardFinal(SipResponse response) {
        boolean available = !server.isTerminated() && !(server instanceof InviteServerTransaction ist
                && (ist.state() == InviteServerTransaction.State.COMPLETED || ist.state() == InviteServerTransaction.State.CONFIRMED));
        if (available) {
            server.sendResponse(response);
        } else {
            proxy.network().sendResponse(response);
        }
    }

    // ---------------------------------------------------------------- CANCEL (§16.10, §16.7 step 10)

    /**
     * §16.10: "A proxy MUST cancel any pending client transactions associated with a response context when it receives
     * a matching CANCEL request." No new branch starts after it.
     */
    void cancel() {
        closedToNewBranches = true;
        waiting.clear();
        if (!proxy.faults().has(Fault.PROXY_CANCEL_NOT_FORWARDED)) {
            cancelPending();
        }
        respondIfDone();
    }

    /**
     * §16.7 step 10: "A pending client transaction is one that has received a provisional response, but no final
     * response (it is in the proceeding state) and has not had an associated CANCEL generated for it." A branch with no
     * provisional response yet gets its CANCEL when one comes (§9.1: "the client MUST wait for the arrival of a
     * provisional response before sending the request").
     */
    private void cancelPending() {
        if (!invite) {
            return;
        }
        for (Branch b : branches) {
            if (b.state == Branch.State.PROCEEDING) {
                sendCancel(b);
            } else if (b.state == Branch.State.CALLING) {
                b.cancelWanted = true;
            }
        }
    }

    private void sendCancel(Branch b) {
        if (b.cancelSent) {
            return;
        }
        b.cancelSent = true;
        proxy.transactions().sendRequest(Cancels.of(b.transaction.request()), b.transaction.destination(), StatefulProxy.IGNORE);
    }

    // ---------------------------------------------------------------- helpers

    private Branch branch(ClientTransaction tx) {
        for (Branch b : branches) {
            if (b.transaction == tx) {
                return b;
            }
        }
        if (starting != null && starting.transaction == null) {
            starting.transaction = tx;
            return starting;
        }
        return null;
    }

    /**
     * The response as it goes upstream: without the proxy's Via (step 3), with the proxy's Record-Route value as the
     * upstream side reaches it (step 8, {@link RecordRouteRewriting}); null when no Via is left (step 3: "the response
     * was meant for this element and MUST NOT be forwarded").
     */
    private SipResponse upstream(Branch b, SipResponse response) {
        SipResponse up = response.toBuilder().removeFirst(SipHeaders.VIA).build();
        if (up.topVia() == null) {
            return null;
        }
        if (b.recordRoute != null) {
            up = RecordRouteRewriting.rewrite(up, b.recordRoute, proxy.identity().recordRoute(server.flow().transport()));
        }
        return up;
    }
}
