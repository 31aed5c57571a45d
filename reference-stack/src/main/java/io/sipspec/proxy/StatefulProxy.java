package io.sipspec.proxy;

import io.sipspec.fault.FaultSet;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.TransactionKey;
import io.sipspec.registrar.LocationService;
import io.sipspec.transaction.ClientTransaction;
import io.sipspec.transaction.ClientTransactionListener;
import io.sipspec.transaction.InviteServerTransaction;
import io.sipspec.transaction.Scheduler;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TransactionLayer;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Flow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The proxy core of a stateful proxy (RFC 3261 §16.2): "A stateful proxy has a server transaction associated with one
 * or more client transactions by a higher layer proxy processing component (see figure 3), known as a proxy core."
 * The transaction user of its stack; runs on the transaction layer's executor, so it needs no locks.
 *
 * <p>"For all new requests, including any with unknown methods, an element intending to proxy the request MUST: 1.
 * Validate the request (Section 16.3) 2. Preprocess routing information (Section 16.4) 3. Determine target(s) for the
 * request (Section 16.5) 4. Forward the request to each target (Section 16.6) 5. Process all responses (Section
 * 16.7)". Steps 1 to 3 are {@link Routing}; steps 4 and 5 a {@link ResponseContext} per request.
 */
public final class StatefulProxy implements TransactionUser {

    private static final Logger LOG = LoggerFactory.getLogger(StatefulProxy.class);

    /** The CANCELs the proxy sends need no answer: their 200 ends their transaction. */
    static final ClientTransactionListener IGNORE = new ClientTransactionListener() {
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

    private final ProxyConfig config;
    private final ProxyIdentity self;
    private final ProxyNetwork network;
    private final TransactionLayer transactions;
    private final Scheduler scheduler;
    private final Routing routing;
    private final StatelessForwarding stateless;
    private final ResponseRelay relay;
    private final FaultSet faults;
    /** The response contexts of INVITEs, by server transaction, for CANCEL (§16.10). */
    private final Map<TransactionKey, ResponseContext> invites = new HashMap<>();
    private int live;

    public StatefulProxy(ProxyConfig config, ProxyIdentity self, LocationService locations, LocalRequests local, ProxyNetwork network,
            TransactionLayer transactions, Scheduler scheduler) {
        this(config, self, locations, local, ProxyAuthentication.NONE, network, transactions, scheduler, FaultSet.NONE);
    }

    /** As above, requiring credentials as {@code authentication} says before forwarding a request (§16.3 step 6). */
    public StatefulProxy(ProxyConfig config, ProxyIdentity self, LocationService locations, LocalRequests local,
            ProxyAuthentication authentication, ProxyNetwork network, TransactionLayer transactions, Scheduler scheduler) {
        this(config, self, locations, local, authentication, network, transactions, scheduler, FaultSet.NONE);
    }

    /** As above, committing {@code faults} (fault-injection tests only). */
    public StatefulProxy(ProxyConfig config, ProxyIdentity self, LocationService locations, LocalRequests local, ProxyNetwork network,
            TransactionLayer transactions, Scheduler scheduler, FaultSet faults) {
        this(config, self, locations, local, ProxyAuthentication.NONE, network, transactions, scheduler, faults);
    }

    /** Requiring credentials as {@code authentication} says (§16.3 step 6), committing {@code faults} (fault-injection tests only). */
    public StatefulProxy(ProxyConfig config, ProxyIdentity self, LocationService locations, LocalRequests local,
            ProxyAuthentication authentication, ProxyNetwork network, TransactionLayer transactions, Scheduler scheduler,
            FaultSet faults) {
        this.config = config;
        this.faults = faults;
        this.self = self;
        this.network = network;
        this.transactions = transactions;
        this.scheduler = scheduler;
        this.routing = new Routing(self, locations, local, authentication);
        this.stateless = new StatelessForwarding(config, self, network, faults);
        this.relay = new ResponseRelay(self, network);
    }

    ProxyConfig config() {
        return config;
    }

    FaultSet faults() {
        return faults;
    }

    ProxyIdentity identity() {
        return self;
    }

    ProxyNetwork network() {
        return network;
    }

    TransactionLayer transactions() {
        return transactions;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    /** Response contexts alive (for tests and leak checks). */
    public int contextCount() {
        return live;
    }

    @Override
    public void requestReceived(ServerTransaction tx, SipRequest request) {
        if (request.isMethod(Methods.CANCEL) && cancelled(tx, request)) {
            return;
        }
        Routing.Decision d = routing.route(request);
        if (d instanceof Routing.Answer a) {
            if (a.response() != null) {
                tx.sendResponse(a.response());
                if (request.isMethod(Methods.REGISTER) && a.response().statusCode() / 100 == 2) {
                    locationsChanged();
                }
            }
            return;
        }
        Routing.Proxy routed = (Routing.Proxy) d;
        if (request.isMethod(Methods.CANCEL)) {
            // §16.10: "If a response context is not found, the element does not have any knowledge of the request to
            // apply the CANCEL to.  It MUST statelessly forward the CANCEL request (it may have statelessly forwarded
            // the associated request previously)."
            stateless.forward(request, routed);
            return;
        }
        ResponseContext context = new ResponseContext(this, tx, request, routed);
        live++;
        if (tx instanceof InviteServerTransaction) {
            invites.put(tx.key(), context);
        }
        context.start();
    }

    /**
     * RFC 3261 §16.10: "the proxy layer searches its existing response contexts for the server transaction handling
     * the request associated with this CANCEL.  If a matching response context is found, the element MUST immediately
     * return a 200 (OK) response to the CANCEL request." "Furthermore, the element MUST generate CANCEL requests for all
     * pending client transactions in the context as described in Section 16.7 step 10."
     */
    private boolean cancelled(ServerTransaction tx, SipRequest cancel) {
        InviteServerTransaction invite = transactions.findInviteFor(cancel);
        ResponseContext context = invite == null ? null : invites.get(invite.key());
        if (context == null) {
            return false;
        }
        tx.sendResponse(cancel.createResponse(200).build());
        context.cancel();
        return true;
    }

    /**
     * The co-located registrar changed bindings. RFC 3261 §16.5: "If a proxy uses a dynamic source of information
     * while building the target set (for instance, if it consults a SIP Registrar), it SHOULD monitor that source for
     * the duration of processing the request.  New locations SHOULD be added to the target set as they become
     * available." Every INVITE still being forwarded gets the targets its Request-URI has now that it did not have.
     */
    private void locationsChanged() {
        for (ResponseContext context : List.copyOf(invites.values())) {
            context.addTargets(routing.targetsNow(context.request()));
        }
    }

    /** The context's transactions are all terminated: it is forgotten. */
    void contextDone(ServerTransaction server, ResponseContext context) {
        if (context.forgotten) {
            return;
        }
        context.forgotten = true;
        invites.remove(server.key(), context);
        live--;
    }

    /**
     * The ACK for a 2xx is a request of its own (§17.1.1.3 "the ACK for a 2xx ... is considered its own transaction"):
     * it is routed like any other request and forwarded statelessly, since it has no response. An ACK that cannot be
     * routed is dropped.
     */
    @Override
    public void ackReceived(SipRequest ack, Flow flow) {
        if (routing.route(ack) instanceof Routing.Proxy routed) {
            stateless.forward(ack, routed);
        } else {
            LOG.debug("ACK {} from {} not forwarded", ack.requestUriText(), flow.remote());
        }
    }

    /** §16.7: "If none is found, the element MUST process the response (even if it is an informational response) as a
     * stateless proxy (described below)." */
    @Override
    public void strayResponse(SipResponse response, Flow flow) {
        relay.relay(response);
    }

    /** §16.9: "If the proxy is notified of an error when forwarding a response, it drops the response.  The proxy
     * SHOULD NOT cancel any outstanding client transactions associated with this response context due to this
     * notification." */
    @Override
    public void serverTransportError(ServerTransaction transaction, Throwable cause) {
        LOG.debug("{}: response not sent: {}", transaction.key(), cause.toString());
    }
}
