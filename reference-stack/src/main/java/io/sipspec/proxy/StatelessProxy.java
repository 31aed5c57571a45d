package io.sipspec.proxy;

import io.sipspec.fault.FaultSet;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.registrar.LocationService;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateless proxy (RFC 3261 §16.11): "A stateless proxy does not have any notion of a transaction, or of the
 * response context used to describe stateful proxy behavior.  Instead, the stateless proxy takes messages, both
 * requests and responses, directly from the transport layer (See section 18).  As a result, stateless proxies do not
 * retransmit messages on their own.  They do, however, forward all retransmissions they receive". "Stateless proxies
 * MUST NOT perform special processing for CANCEL requests." "when handling a request statelessly, an element MUST NOT
 * generate its own 100 (Trying) or any other provisional response."
 *
 * <p>It is a {@link TransportListener}, which the stack puts in front of its transaction layer; the
 * {@link TransactionUser} methods are never called then. Holds no mutable state: safe from any thread.
 */
public final class StatelessProxy implements TransportListener, TransactionUser {

    private static final Logger LOG = LoggerFactory.getLogger(StatelessProxy.class);

    private final ProxyNetwork network;
    private final Routing routing;
    private final StatelessForwarding forwarding;
    private final ResponseRelay relay;

    public StatelessProxy(ProxyConfig config, ProxyIdentity self, LocationService locations, LocalRequests local, ProxyNetwork network) {
        this(config, self, locations, local, ProxyAuthentication.NONE, network, FaultSet.NONE);
    }

    /** As above, requiring credentials as {@code authentication} says before forwarding a request (§16.3 step 6). */
    public StatelessProxy(ProxyConfig config, ProxyIdentity self, LocationService locations, LocalRequests local,
            ProxyAuthentication authentication, ProxyNetwork network) {
        this(config, self, locations, local, authentication, network, FaultSet.NONE);
    }

    /** As above, committing {@code faults} (fault-injection tests only). */
    public StatelessProxy(ProxyConfig config, ProxyIdentity self, LocationService locations, LocalRequests local, ProxyNetwork network,
            FaultSet faults) {
        this(config, self, locations, local, ProxyAuthentication.NONE, network, faults);
    }

    /** Requiring credentials as {@code authentication} says (§16.3 step 6), committing {@code faults} (fault-injection tests only). */
    public StatelessProxy(ProxyConfig config, ProxyIdentity self, LocationService locations, LocalRequests local,
            ProxyAuthentication authentication, ProxyNetwork network, FaultSet faults) {
        this.network = network;
        this.routing = new Routing(self, locations, local, authentication);
        this.forwarding = new StatelessForwarding(config, self, network, faults);
        this.relay = new ResponseRelay(self, network);
    }

    @Override
    public void messageReceived(SipMessage message, Flow flow) {
        try {
            if (message instanceof SipResponse r) {
                relay.relay(r);
                return;
            }
            SipRequest request = (SipRequest) message;
            // §16.11: "A stateless proxy MUST validate a request as described in Section 16.3" and "MUST follow the
            // request processing steps described in Sections 16.4 through 16.5".
            Routing.Decision d = routing.route(request);
            if (d instanceof Routing.Proxy routed) {
                forwarding.forward(request, routed);
            } else if (d instanceof Routing.Answer a && a.response() != null) {
                network.sendResponse(a.response());
            }
        } catch (SipParseException | IllegalArgumentException e) {
            // No usable Via, CSeq or Call-ID: nothing can be forwarded or answered.
            LOG.info("dropped message from {}: {}", flow.remote(), e.getMessage());
        }
    }

    @Override
    public void malformedReceived(MalformedSipMessage message, Flow flow) {
        LOG.info("dropped undecodable message from {}: {}", flow.remote(), message.cause().getMessage());
    }

    @Override
    public void flowClosed(Flow flow) {
    }

    /** Not called: the stack hands this proxy every message before any transaction is made. */
    @Override
    public void requestReceived(ServerTransaction transaction, SipRequest request) {
        messageReceived(request, transaction.flow());
    }

    @Override
    public void ackReceived(SipRequest ack, Flow flow) {
        messageReceived(ack, flow);
    }
}
