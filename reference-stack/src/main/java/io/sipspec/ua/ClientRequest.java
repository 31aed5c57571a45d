package io.sipspec.ua;

import io.sipspec.message.Address;
import io.sipspec.message.CSeq;
import io.sipspec.message.Identifiers;
import io.sipspec.message.RetryAfter;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.ClientTransaction;
import io.sipspec.transaction.ClientTransactionListener;
import io.sipspec.transport.Destination;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One request of the UAC core, carried through the retries RFC 3261 asks for: Digest credentials after a 401 or 407
 * (§8.1.3.5, §22.2), and recursion on 3xx responses (§8.1.3.4), each attempt in a new client transaction. Confined to
 * the stack's event loop.
 */
final class ClientRequest implements ClientTransactionListener {

    /** What the request's owner hears. */
    interface Callback {
        /** A 1xx, from the transaction of {@code sent}. */
        void provisional(SipRequest sent, SipResponse response);

        /**
         * A final response: the request's outcome. For an INVITE, every 2xx passed up while the transaction is
         * "Accepted" (retransmissions and other forks) arrives here too.
         */
        void finalResponse(SipRequest sent, SipResponse response);
    }

    private final SipStack stack;
    private final UaConfig config;
    private final Callback callback;
    /** §8.1.3.4: "a client processing 3xx class responses MUST NOT add any given URI to the target set more than once." */
    private final Set<Uri> tried = new HashSet<>();
    private final List<Address> targets = new ArrayList<>();
    private SipRequest current;
    private ClientTransaction transaction;
    private boolean done;

    ClientRequest(SipStack stack, UaConfig config, Callback callback) {
        this.stack = stack;
        this.config = config;
        this.callback = callback;
    }

    /** The request of the current attempt (its top Via names the current client transaction). */
    SipRequest current() {
        return current;
    }

    ClientTransaction transaction() {
        return transaction;
    }

    /** Sends {@code request}, with the credentials this UA cached for its destination (§22.2), if any. */
    void start(SipRequest request) {
        tried.add(request.requestUri());
        send(config.credentials() == null ? request : config.credentials().authorizeCached(request));
    }

    /** Gives the current attempt up (§9.1 after CANCEL, or the owner lost interest). */
    void abandon() {
        done = true;
        if (transaction != null) {
            transaction.abandon();
        }
    }

    private void send(SipRequest request) {
        Destination d = Destinations.of(request.requestUri(), request.routes());
        SipRequest withVia = request.toBuilder()
                .removeHeader(SipHeaders.VIA.name())
                .addHeaderFirst(SipHeaders.VIA, stack.transport().localVia(d.transport(), Identifiers.newBranch()))
                .build();
        current = withVia;
        if (UnavailableServers.of(stack).isUnavailable(d, System.nanoTime())) {
            // §21.5.4: "It SHOULD NOT forward any other requests to that server for the duration specified in the
            // Retry-After header field, if present." The request fails here as if the server had answered 503 again.
            transaction = null;
            if (!nextTarget(withVia)) {
                done = true;
                callback.finalResponse(withVia, withVia.createResponse(503).build());
            }
            return;
        }
        transaction = stack.transactions().sendRequest(withVia, d, this);
    }

    /**
     * §8.1.3.3: "If more than one Via header field value is present in a response, the UAC SHOULD discard the message."
     */
    @Override
    public boolean accepts(SipResponse response) {
        return response.via().size() <= 1;
    }

    @Override
    public void responseReceived(ClientTransaction tx, SipResponse response) {
        if (done && !response.isSuccess() || tx != transaction) {
            // A late response to an attempt already given up or superseded by a retry.
            if (response.isSuccess() && tx.request().isMethod("INVITE")) {
                callback.finalResponse(tx.request(), response);
            }
            return;
        }
        int code = response.statusCode();
        if (code == 503) {
            retryAfter(tx, response);
        }
        if (code < 200) {
            callback.provisional(tx.request(), response);
            return;
        }
        if (code == 305 && useProxy(response)) {
            return;
        }
        if (code >= 300 && code < 400 && code != 305 && redirect(response)) {
            return;
        }
        if ((code == 401 || code == 407) && config.credentials() != null) {
            // §8.1.3.5: "If a 401 (Unauthorized) or 407 (Proxy Authentication Required) response is received, the UAC
            // SHOULD follow the authorization procedures of Section 22.2 and Section 22.3 to retry the request with
            // credentials."
            var retry = config.credentials().retry(tx.request(), response);
            if (retry.isPresent()) {
                send(retry.get());
                return;
            }
        }
        if (code >= 400 && nextTarget(tx.request())) {
            return;
        }
        done = code >= 300 || !tx.request().isMethod("INVITE");
        callback.finalResponse(tx.request(), response);
    }

    /** §21.5.4: a 503 with a Retry-After keeps this UA's requests away from the server for that long. */
    private void retryAfter(ClientTransaction tx, SipResponse response) {
        try {
            RetryAfter after = response.header(SipHeaders.RETRY_AFTER);
            if (after != null) {
                UnavailableServers.of(stack).unavailable(tx.destination(), after.seconds(), System.nanoTime());
            }
        } catch (SipParseException malformed) {
            // No usable Retry-After: §21.5.4, "the client MUST act as if it had received a 500".
        }
    }

    /** §8.1.3.4: the Contacts of a 3xx go into the target set, highest q first; the next target is tried. */
    private boolean redirect(SipResponse response) {
        List<Address> contacts = new ArrayList<>(response.contacts());
        contacts.removeIf(c -> c.isWildcard() || !(c.uri() instanceof SipUri));
        contacts.sort(Comparator.comparingDouble((Address c) -> q(c)).reversed());
        for (Address c : contacts) {
            if (tried.add(c.uri())) {
                targets.add(c);
            }
        }
        return nextTarget(current);
    }

    /**
     * §21.3.4, 305 Use Proxy: "The requested resource MUST be accessed through the proxy given by the Contact field.
     * The Contact field gives the URI of the proxy." The same request (same Request-URI) is sent again, in a new
     * transaction with the next CSeq, with the proxy as the first Route (a loose router), once per proxy.
     */
    private boolean useProxy(SipResponse response) {
        for (Address c : response.contacts()) {
            if (!c.isWildcard() && c.uri() instanceof SipUri proxy && tried.add(proxy)) {
                SipUri route = proxy.withoutParameter("method").withoutHeaders().withParameter("lr", null);
                CSeq cseq = current.cseq();
                send(current.toBuilder().addHeaderFirst(SipHeaders.ROUTE, Address.of(route))
                        .header(SipHeaders.CSEQ, new CSeq(cseq.sequence() + 1, cseq.method())).build());
                return true;
            }
        }
        return false;
    }

    private static double q(Address contact) {
        try {
            String q = contact.parameter("q");
            return q == null ? 1.0 : Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * §8.1.3.4: "When a failure for a particular contact address is received, the client SHOULD try the next contact
     * address." "a UAC MUST copy the entire URI from the target set into the Request-URI, except for the
     * "method-param" and "header" URI parameters". A new request, so a new CSeq (§8.1.1.5).
     */
    private boolean nextTarget(SipRequest last) {
        if (targets.isEmpty()) {
            return false;
        }
        SipUri target = ((SipUri) targets.remove(0).uri()).withoutParameter("method").withoutHeaders();
        CSeq cseq = last.cseq();
        send(last.toBuilder().requestUri(target).header(SipHeaders.CSEQ, new CSeq(cseq.sequence() + 1, cseq.method())).build());
        return true;
    }

    /** §8.1.3.1: "If a timeout occurs ... the UAC core ... MUST treat the ... request as if it had received a 408". */
    @Override
    public void timedOut(ClientTransaction tx) {
        if (tx == transaction) {
            synthesized(tx, 408);
        }
    }

    /** §8.1.3.1: "if a fatal transport error is reported by the transport layer ... the UAC MUST treat ... as a 503". */
    @Override
    public void transportError(ClientTransaction tx, Throwable cause) {
        if (tx == transaction) {
            synthesized(tx, 503);
        }
    }

    private void synthesized(ClientTransaction tx, int status) {
        if (nextTarget(tx.request())) {
            return;
        }
        done = true;
        callback.finalResponse(tx.request(), tx.request().createResponse(status).build());
    }
}
