package io.sipspec.transaction;

import io.netty.util.concurrent.EventExecutor;
import io.sipspec.fault.Fault;
import io.sipspec.fault.FaultSet;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.TransactionKey;
import io.sipspec.message.Via;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.parser.SipDecodeException;
import io.sipspec.transport.Destination;
import io.sipspec.transport.Flow;
import io.sipspec.transport.ReceivedStamping;
import io.sipspec.transport.TransportListener;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction layer (RFC 3261 §17): creates client transactions for the TU, creates server transactions for
 * incoming requests, and matches every incoming message to its transaction (§17.1.3, §17.2.3).
 *
 * <p>All events run on one {@link EventExecutor}; messages arriving on other threads are handed over to it. The
 * tables are concurrent only so that other threads may read their sizes.
 */
public final class TransactionLayer implements TransportListener {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionLayer.class);

    private final TransactionTransport transport;
    private final Scheduler scheduler;
    private final EventExecutor executor;
    private final TimerConfig timers;
    private final TransactionUser user;
    private final FaultSet faults;
    private final Map<TransactionKey, ClientTransaction> clients = new ConcurrentHashMap<>();
    private final Map<TransactionKey, ServerTransaction> servers = new ConcurrentHashMap<>();

    public TransactionLayer(TransactionTransport transport, Scheduler scheduler, EventExecutor executor, TimerConfig timers,
            TransactionUser user) {
        this(transport, scheduler, executor, timers, user, FaultSet.NONE);
    }

    /** A layer that commits {@code faults} (fault-injection tests); see {@link Fault}. */
    public TransactionLayer(TransactionTransport transport, Scheduler scheduler, EventExecutor executor, TimerConfig timers,
            TransactionUser user, FaultSet faults) {
        this.transport = transport;
        this.scheduler = scheduler;
        this.executor = executor;
        this.timers = timers;
        this.user = user;
        this.faults = faults;
    }

    TransactionTransport transport() {
        return transport;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    EventExecutor executor() {
        return executor;
    }

    TransactionUser user() {
        return user;
    }

    FaultSet faults() {
        return faults;
    }

    public TimerConfig timers() {
        return timers;
    }

    /** Live client transactions. */
    public int clientCount() {
        return clients.size();
    }

    /** Live server transactions. */
    public int serverCount() {
        return servers.size();
    }

    void onExecutor(Runnable task) {
        if (executor.inEventLoop()) {
            task.run();
        } else {
            executor.execute(task);
        }
    }

    /**
     * Starts a client transaction for {@code request} (not ACK: the ACK for a 2xx is sent by the TU without a
     * transaction, §17.1.1.3, §13.2.2.4). The transport is chosen first (§18.1.1), and if it changes, so does the top
     * Via: "If this causes a change in the transport protocol from the one indicated in the top Via, the value in the
     * top Via MUST be changed."
     *
     * @return the transaction; it starts on the layer's executor
     */
    public ClientTransaction sendRequest(SipRequest request, Destination destination, ClientTransactionListener listener) {
        if (request.isMethod(Methods.ACK)) {
            throw new IllegalArgumentException("ACK is not sent in a client transaction of its own");
        }
        Destination d = transport.selectTransport(request, destination);
        SipRequest r = request;
        if (d.transport() != destination.transport() && !request.topVia().transport().equals(d.transport().viaName())) {
            r = request.toBuilder().removeFirst(SipHeaders.VIA)
                    .addHeaderFirst(SipHeaders.VIA, request.topVia().withTransport(d.transport().viaName()))
                    .build();
        }
        ClientTransaction tx = r.isMethod(Methods.INVITE)
                ? new InviteClientTransaction(this, r, d, listener)
                : new NonInviteClientTransaction(this, r, d, listener);
        if (d.transport() != destination.transport()) {
            tx.fallBackTo(request, destination);
        }
        ClientTransaction previous = clients.putIfAbsent(tx.key(), tx);
        if (previous != null) {
            throw new IllegalArgumentException("a client transaction with " + tx.key() + " exists: the branch must be new");
        }
        onExecutor(tx::start);
        return tx;
    }

    /** The INVITE server transaction a CANCEL targets (§9.2: matched "using the same rules" as §17.2.3), or null. */
    public InviteServerTransaction findInviteFor(SipRequest cancel) {
        ServerTransaction tx = servers.get(TransactionKey.forServer(cancel, Methods.INVITE));
        return tx instanceof InviteServerTransaction i ? i : null;
    }

    // ---------------------------------------------------------------- from the transport

    @Override
    public void messageReceived(SipMessage message, Flow flow) {
        onExecutor(() -> {
            try {
                if (message instanceof SipRequest r) {
                    requestReceived(r, flow);
                } else {
                    responseReceived((SipResponse) message, flow);
                }
            } catch (SipParseException | IllegalArgumentException e) {
                // No usable Via, CSeq, To, From or Call-ID: the message cannot be matched to a transaction. A request
                // is answered 400 from its rows as received; a response is dropped.
                LOG.info("message from {} cannot be matched to a transaction: {}", flow, e.getMessage());
                if (message instanceof SipRequest r) {
                    answerUnreadable(UnreadableRequestAnswer.answer(r.startLine(), r.headers(), 400, e.getMessage()), flow);
                }
            }
        });
    }

    /**
     * A request that cannot be framed is answered (see {@link UnreadableRequestAnswer}) with the status the decoder
     * names; anything else that cannot be framed is dropped. Runs at once on the event loop, so that over a stream the
     * answer is written before the transport closes the connection whose framing is lost.
     */
    @Override
    public void malformedReceived(MalformedSipMessage message, Flow flow) {
        LOG.info("undecodable message from {}: {}", flow, message.cause().getMessage());
        SipDecodeException cause = message.cause();
        onExecutor(() -> answerUnreadable(
                UnreadableRequestAnswer.answer(cause.startLine(), cause.headers(), cause.status(), cause.reason()), flow));
    }

    /**
     * Sends the answer to an unreadable request where §18.2.2 routes it; with no top Via that parses, back to the
     * packet's source over the flow it came on (the only address known).
     */
    private void answerUnreadable(Optional<SipResponse> answer, Flow flow) {
        if (answer.isEmpty() || faults.has(Fault.UNREADABLE_REQUEST_DROPPED)) {
            return;
        }
        SipResponse response = answer.get();
        boolean routable;
        try {
            Via top = response.topVia();
            routable = top != null;
            // §18.2.1: the server transport stamps received (and rport) on the top Via; this request never got that far.
            Via stamped = routable ? ReceivedStamping.stamp(top, flow.remote()) : null;
            if (stamped != top) {
                response = response.toBuilder().removeFirst(SipHeaders.VIA).addHeaderFirst(SipHeaders.VIA, stamped).build();
            }
        } catch (SipParseException e) {
            routable = false;
        }
        CompletionStage<Flow> sent = routable ? transport.sendResponse(response, flow)
                : transport.send(response, new Destination(flow.transport(), flow.remote()));
        sent.whenComplete((f, error) -> {
            if (error != null) {
                LOG.info("could not answer the unreadable request from {}: {}", flow, error.getMessage());
            }
        });
    }

    /** §17.1.3: a response goes to the client transaction with its branch and CSeq method, else it is stray. */
    private void responseReceived(SipResponse response, Flow flow) {
        ClientTransaction tx = clients.get(TransactionKey.forClient(response));
        if (tx != null) {
            if (!tx.listener.accepts(response)) {
                LOG.info("discarded response its transaction user refuses: {}", response.startLine());
                return;
            }
            tx.responseReceived(response);
        } else {
            user.strayResponse(response, flow);
        }
    }

    /** §17.2.3: a request goes to its server transaction, or creates one; an unmatched ACK goes to the TU. */
    private void requestReceived(SipRequest request, Flow flow) {
        // The header fields every response to it copies (§8.2.6.2) must be there and parse before a transaction is
        // made: a request whose To, From or Call-ID is missing or does not parse is answered 400 by messageReceived,
        // without one. (§8.1.1: "A valid SIP request formulated by a UAC MUST, at a minimum, contain the following
        // header fields: To, From, CSeq, Call-ID, Max-Forwards, and Via; all of these header fields are mandatory in
        // all SIP requests.")
        if (request.to() == null || request.from() == null || request.callId() == null) {
            throw new IllegalArgumentException("missing mandatory header field: "
                    + (request.to() == null ? "To" : request.from() == null ? "From" : "Call-ID"));
        }
        TransactionKey key = TransactionKey.forServer(request);
        ServerTransaction tx = servers.get(key);
        if (request.isMethod(Methods.ACK)) {
            if (tx instanceof InviteServerTransaction invite && invite.matchesAck(request)) {
                invite.ackReceived(request);
            } else {
                user.ackReceived(request, flow);
            }
            return;
        }
        if (tx != null) {
            if (!faults.has(Fault.REQUEST_RETRANSMISSION_IGNORED)) {
                tx.requestRetransmitted(request);
            }
            return;
        }
        ServerTransaction created = request.isMethod(Methods.INVITE)
                ? new InviteServerTransaction(this, request, flow, key)
                : new NonInviteServerTransaction(this, request, flow, key);
        servers.put(key, created);
        created.start();
        user.requestReceived(created, request);
    }

    void remove(ClientTransaction tx) {
        clients.remove(tx.key(), tx);
    }

    void remove(ServerTransaction tx) {
        servers.remove(tx.key(), tx);
    }
}
