package io.sipspec.server;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Flow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The transaction user of a stack whose element is still being made: passes everything on once it is attached. */
final class DeferredUser implements TransactionUser {

    private static final Logger LOG = LoggerFactory.getLogger(DeferredUser.class);

    private volatile TransactionUser user;

    void attach(TransactionUser u) {
        this.user = u;
    }

    private TransactionUser user(Object what) {
        TransactionUser u = user;
        if (u == null) {
            LOG.debug("no element yet: dropped {}", what);
        }
        return u;
    }

    @Override
    public void requestReceived(ServerTransaction transaction, SipRequest request) {
        TransactionUser u = user(request.startLine());
        if (u != null) {
            u.requestReceived(transaction, request);
        }
    }

    @Override
    public void ackReceived(SipRequest ack, Flow flow) {
        TransactionUser u = user(ack.startLine());
        if (u != null) {
            u.ackReceived(ack, flow);
        }
    }

    @Override
    public void strayResponse(SipResponse response, Flow flow) {
        TransactionUser u = user(response.startLine());
        if (u != null) {
            u.strayResponse(response, flow);
        }
    }

    @Override
    public void serverTimedOut(ServerTransaction transaction) {
        TransactionUser u = user(transaction);
        if (u != null) {
            u.serverTimedOut(transaction);
        }
    }

    @Override
    public void serverTransportError(ServerTransaction transaction, Throwable cause) {
        TransactionUser u = user(transaction);
        if (u != null) {
            u.serverTransportError(transaction, cause);
        }
    }
}
