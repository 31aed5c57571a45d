package io.sipspec.server;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import io.sipspec.proxy.ProxyNetwork;
import io.sipspec.transport.Destination;
import io.sipspec.transport.Flow;
import io.sipspec.transport.SipTransportLayer;
import io.sipspec.transport.TransportType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The proxy's view of a {@link SipStack}: stateless sends go to its transport, and are logged. */
final class StackNetwork implements ProxyNetwork {

    private final SipStack stack;

    StackNetwork(SipStack stack) {
        this.stack = stack;
    }

    @Override
    public CompletionStage<Flow> send(SipMessage message, Destination destination) {
        return stack.send(message, destination);
    }

    /**
     * Sent from this stack's socket of the top Via's transport (the one the request came over, for UDP): the
     * request's flow is not known, so a TCP or TLS response opens a connection to the Via's address (§18.2.2).
     */
    @Override
    public CompletionStage<Flow> sendResponse(SipResponse response) {
        Via top = response.topVia();
        if (top == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("a response without a Via goes nowhere"));
        }
        TransportType t = TransportType.fromVia(top.transport());
        SipTransportLayer transport = stack.transport();
        if (t == null || !transport.listensOn(t)) {
            t = transport.listeningPoints().get(0).transport();
        }
        return stack.sendResponse(response, new Flow(t, transport.localAddress(t), SipTransportLayer.NO_REMOTE));
    }

    @Override
    public Via via(TransportType transport, String branch) {
        SipTransportLayer t = stack.transport();
        return t.localVia(t.listensOn(transport) ? transport : t.listeningPoints().get(0).transport(), branch);
    }
}
