package io.sipspec.server;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.proxy.StatefulProxy;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Flow;

/** The stateful proxy role: the {@link StatefulProxy} and the registrar bindings it routes with, closed together. */
public final class ProxyElement implements TransactionUser, AutoCloseable {

    private final StatefulProxy proxy;
    private final Registrations registrations;

    ProxyElement(StatefulProxy proxy, Registrations registrations) {
        this.proxy = proxy;
        this.registrations = registrations;
    }

    public StatefulProxy proxy() {
        return proxy;
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
    public void strayResponse(SipResponse response, Flow flow) {
        proxy.strayResponse(response, flow);
    }

    @Override
    public void serverTimedOut(ServerTransaction transaction) {
        proxy.serverTimedOut(transaction);
    }

    @Override
    public void serverTransportError(ServerTransaction transaction, Throwable cause) {
        proxy.serverTransportError(transaction, cause);
    }

    @Override
    public void close() {
        registrations.close();
    }
}
