package io.sipspec.server;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.proxy.StatelessProxy;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportListener;

/**
 * The stateless proxy role: the {@link StatelessProxy}, which the stack puts in front of its transaction layer (it is
 * a {@link TransportListener}), and the registrar bindings it routes with, closed together.
 */
public final class StatelessProxyElement implements TransportListener, TransactionUser, AutoCloseable {

    private final StatelessProxy proxy;
    private final Registrations registrations;

    StatelessProxyElement(StatelessProxy proxy, Registrations registrations) {
        this.proxy = proxy;
        this.registrations = registrations;
    }

    @Override
    public void messageReceived(SipMessage message, Flow flow) {
        proxy.messageReceived(message, flow);
    }

    @Override
    public void malformedReceived(MalformedSipMessage message, Flow flow) {
        proxy.malformedReceived(message, flow);
    }

    @Override
    public void flowClosed(Flow flow) {
        proxy.flowClosed(flow);
    }

    @Override
    public void requestReceived(ServerTransaction transaction, SipRequest request) {
        proxy.requestReceived(transaction, request);
    }

    @Override
    public void ackReceived(SipRequest ack, Flow flow) {
        proxy.ackReceived(ack, flow);
    }

    @Override
    public void close() {
        registrations.close();
    }
}
