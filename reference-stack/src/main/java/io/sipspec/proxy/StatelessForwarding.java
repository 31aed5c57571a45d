package io.sipspec.proxy;

import io.sipspec.fault.Fault;
import io.sipspec.fault.FaultSet;
import io.sipspec.message.SipRequest;
import io.sipspec.message.Uri;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards a request without a transaction (RFC 3261 §16.11): every request of a stateless proxy, and in a stateful
 * one the ACK for a 2xx and a CANCEL that matches no response context (§16.10: "It MUST statelessly forward the CANCEL
 * request").
 */
final class StatelessForwarding {

    private static final Logger LOG = LoggerFactory.getLogger(StatelessForwarding.class);

    private final ProxyConfig config;
    private final ProxyIdentity self;
    private final ProxyNetwork network;
    private final FaultSet faults;

    StatelessForwarding(ProxyConfig config, ProxyIdentity self, ProxyNetwork network, FaultSet faults) {
        this.config = config;
        this.self = self;
        this.network = network;
        this.faults = faults;
    }

    /**
     * §16.11: "A stateless proxy MUST choose one and only one target from the target set.  This choice MUST only rely
     * on fields in the message and time-invariant properties of the server." The first target, highest q, is chosen.
     * "the branch parameter MUST be computed as a combinatoric function of message parameters which are invariant on
     * retransmission" ({@link Branches#stateless}). "The request is sent directly to the transport layer instead of
     * through a client transaction."
     *
     * @param received the request as received (its branch decides the new one)
     * @param routed   what {@link Routing} made of it
     */
    void forward(SipRequest received, Routing.Proxy routed) {
        Uri target = routed.targets().get(0);
        RequestForwarding.Forward f;
        try {
            String branch = faults.has(Fault.STATELESS_BRANCH_UNSTABLE) ? Branches.stateful(received) : Branches.stateless(received);
            f = RequestForwarding.prepare(routed.request(), target, new Hops(config, self, network, branch));
        } catch (IllegalArgumentException e) {
            LOG.info("{} {} not forwarded to {}: {}", received.method(), received.requestUriText(), target, e.getMessage());
            return;
        }
        network.send(f.request(), f.destination()).whenComplete((flow, error) -> {
            if (error != null) {
                LOG.debug("{} to {} not sent: {}", received.method(), f.destination(), error.toString());
            }
        });
    }
}
