package io.sipspec.server;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.EventExecutor;
import io.sipspec.fault.Fault;
import io.sipspec.fault.FaultSet;
import io.sipspec.fault.OutgoingFaults;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.transaction.TimingWheelScheduler;
import io.sipspec.transaction.Scheduler;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transaction.TransactionLayer;
import io.sipspec.transaction.TransactionTransport;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Destination;
import io.sipspec.transport.Flow;
import io.sipspec.transport.SipTransportLayer;
import io.sipspec.transport.TransportListener;
import io.sipspec.transport.TransportType;
import io.sipspec.ua.StatelessUas;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One SIP element's stack: the transport layer (§18), the transaction layer (§17) and the element above them (the
 * transaction user), all on one event loop, so the element and its transactions need no locks.
 *
 * <pre>{@code
 * SipStack stack = SipStack.builder()
 *         .listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 5060))
 *         .timers(TimerConfig.DEFAULT)
 *         .user(s -> new MyElement(s))
 *         .build();
 * }</pre>
 */
public final class SipStack implements AutoCloseable {

    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final EventExecutor executor;
    private final Scheduler scheduler;
    private final TimerConfig timers;
    private final SipTransportLayer transport;
    private final TransactionLayer transactions;
    private final TransactionUser user;
    private final MessageLog log;
    private final FaultSet faults;
    /** Where received messages go: the transaction layer, or a stateless UAS in front of it. */
    private volatile TransportListener front;

    private SipStack(Builder b) {
        this.log = b.log;
        this.faults = b.faults;
        this.ownsGroup = b.group == null;
        this.group = ownsGroup ? new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory()) : b.group;
        this.executor = group.next();
        this.scheduler = b.scheduler != null ? b.scheduler : new TimingWheelScheduler(executor);
        // Fault NO_RETRANSMIT_BACKOFF: with T2 = T1 the retransmission intervals never double.
        this.timers = faults.has(Fault.NO_RETRANSMIT_BACKOFF) ? new TimerConfig(b.timers.t1(), b.timers.t1(), b.timers.t4(), b.timers.d())
                : b.timers;
        // The transaction layer exists before the transport binds and before the element is made, so a message that
        // arrives early, or a task the element schedules from its constructor, finds it; the element is attached once
        // made (until then requests are dropped, and their senders retransmit).
        DeferredUser deferred = new DeferredUser();
        this.transactions = new TransactionLayer(new Adapter(this), scheduler, executor, timers, deferred, faults);
        this.front = transactions;
        SipTransportLayer.Builder tb = SipTransportLayer.builder().eventLoopGroup(group).listener(new TransportListener() {
            @Override
            public void messageReceived(SipMessage message, Flow flow) {
                log.received(message, flow);
                front.messageReceived(message, flow);
            }

            @Override
            public void malformedReceived(MalformedSipMessage message, Flow flow) {
                front.malformedReceived(message, flow);
            }

            @Override
            public void flowClosed(Flow flow) {
                front.flowClosed(flow);
            }
        });
        for (Listen l : b.listens) {
            tb.listen(l.transport(), l.address());
        }
        if (b.tlsServer != null) {
            tb.tlsServer(b.tlsServer);
        }
        if (b.tlsClient != null) {
            tb.tlsClient(b.tlsClient);
        }
        if (b.viaHost != null) {
            tb.viaHost(b.viaHost);
        }
        SipTransportLayer t;
        try {
            t = tb.build();
        } catch (RuntimeException e) {
            if (ownsGroup) {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            }
            throw e;
        }
        this.transport = t;
        TransactionUser made;
        try {
            made = b.user.apply(this);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        this.user = made;
        if (made instanceof StatelessUas.Policy policy) {
            // RFC 3261 §8.2.7: "Stateless UASs do not use a transaction layer; they receive requests directly from the
            // transport layer and send responses directly to the transport layer."
            this.front = new StatelessUas(transactions, policy, (response, flow) -> sendResponse(response, flow));
        } else if (made instanceof TransportListener direct) {
            // RFC 3261 §16.11: "the stateless proxy takes messages, both requests and responses, directly from the
            // transport layer (See section 18)."
            this.front = direct;
        }
        deferred.attach(made);
    }

    public static Builder builder() {
        return new Builder();
    }

    public SipTransportLayer transport() {
        return transport;
    }

    public TransactionLayer transactions() {
        return transactions;
    }

    /** The event loop the element and its transactions run on. */
    public EventExecutor executor() {
        return executor;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public TimerConfig timers() {
        return timers;
    }

    public TransactionUser user() {
        return user;
    }

    /** The faults this stack and its element commit: {@link FaultSet#NONE} unless a test injects some. */
    public FaultSet faults() {
        return faults;
    }

    /**
     * Sends a message outside any transaction (the ACK for a 2xx, §13.2.2.4; a 2xx retransmitted by the UAS core,
     * §13.3.1.4, goes through its transaction) and logs it.
     */
    public CompletionStage<Flow> send(SipMessage message, Destination destination) {
        SipMessage out = OutgoingFaults.apply(faults, message);
        return logged(out, transport.send(out, destination));
    }

    /**
     * Sends a response where §18.2.2 says, with the wire faults of {@link #faults()}, and logs it: for the transaction
     * layer, and outside any transaction (a stateless UAS, a stateless proxy, §16.11).
     */
    public CompletionStage<Flow> sendResponse(SipResponse response, Flow requestFlow) {
        SipResponse out = OutgoingFaults.response(faults, response);
        return logged(out, transport.sendResponse(out, requestFlow));
    }

    private CompletionStage<Flow> logged(SipMessage message, CompletionStage<Flow> sent) {
        if (log != MessageLog.NONE) {
            sent.whenComplete((flow, error) -> log.sent(message, flow));
        }
        return sent;
    }

    @Override
    public void close() {
        if (scheduler instanceof TimingWheelScheduler wheel) {
            wheel.close();
        }
        transport.close();
        if (ownsGroup) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    /** The transaction layer's view of the transport: requests are sent as the layer prepared them, and logged. */
    private record Adapter(SipStack stack) implements TransactionTransport {
        @Override
        public Destination selectTransport(SipRequest request, Destination destination) {
            return stack.transport.selectTransport(request, destination);
        }

        @Override
        public CompletionStage<Flow> send(SipMessage message, Destination destination) {
            return stack.send(message, destination);
        }

        @Override
        public CompletionStage<Flow> sendResponse(SipResponse response, Flow requestFlow) {
            return stack.sendResponse(response, requestFlow);
        }
    }

    private record Listen(TransportType transport, InetSocketAddress address) {
    }

    /** Collects the listening points, the timers and the element. */
    public static final class Builder {
        private final List<Listen> listens = new ArrayList<>();
        private TimerConfig timers = TimerConfig.DEFAULT;
        private Function<SipStack, ? extends TransactionUser> user;
        private EventLoopGroup group;
        private Scheduler scheduler;
        private SslContext tlsServer;
        private SslContext tlsClient;
        private String viaHost;
        private MessageLog log = MessageLog.NONE;
        private FaultSet faults = FaultSet.NONE;

        private Builder() {
        }

        /** Faults to inject (fault-injection tests of the conformance suite); none by default. */
        public Builder faults(FaultSet f) {
            this.faults = Objects.requireNonNull(f);
            return this;
        }

        /** Where every received and sent message is reported. */
        public Builder log(MessageLog l) {
            this.log = Objects.requireNonNull(l);
            return this;
        }

        public Builder listen(TransportType transport, InetSocketAddress address) {
            listens.add(new Listen(transport, address));
            return this;
        }

        public Builder timers(TimerConfig t) {
            this.timers = Objects.requireNonNull(t);
            return this;
        }

        /** The element, made once the stack exists (it usually keeps the stack to send with). */
        public Builder user(Function<SipStack, ? extends TransactionUser> factory) {
            this.user = factory;
            return this;
        }

        /** Shares an event loop group (e.g. between the tester and an embedded device); else the stack has its own. */
        public Builder eventLoopGroup(EventLoopGroup g) {
            this.group = g;
            return this;
        }

        /** A scheduler other than the event loop's (tests). */
        public Builder scheduler(Scheduler s) {
            this.scheduler = s;
            return this;
        }

        public Builder tlsServer(SslContext ctx) {
            this.tlsServer = ctx;
            return this;
        }

        public Builder tlsClient(SslContext ctx) {
            this.tlsClient = ctx;
            return this;
        }

        /** The host written in Via sent-by (default: the listening address). */
        public Builder viaHost(String host) {
            this.viaHost = host;
            return this;
        }

        public SipStack build() {
            if (listens.isEmpty()) {
                throw new IllegalStateException("a SIP stack needs at least one listening point");
            }
            if (user == null) {
                throw new IllegalStateException("a SIP stack needs an element (user)");
            }
            return new SipStack(this);
        }
    }
}
