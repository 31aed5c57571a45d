package io.sipspec.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.util.concurrent.ImmediateEventExecutor;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transport.Destination;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportType;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A transaction layer on the fake scheduler and transport, with everything on the calling thread. It is the TU of
 * its layer and the listener of its client transactions, and writes down what they are told in {@link #events}.
 */
final class Harness implements ClientTransactionListener, TransactionUser {

    /** The RFC 3261 defaults (Table 4), so that the numbers read as in the RFC text. */
    static final long T1 = 500;
    static final long T2 = 4000;
    static final long T4 = 5000;
    static final long TIMER_D = 32_000;
    /** 64*T1: Timers B, F, H, J, L, M. */
    static final long TIMEOUT = 64 * T1;

    static final InetSocketAddress PEER = new InetSocketAddress("192.0.2.10", 5060);

    final FakeScheduler clock = new FakeScheduler();
    final FakeTransport transport = new FakeTransport(clock);
    final TransactionLayer layer;
    /** What the TU was told, in order: "response 180", "timeout", "transport error", "request INVITE", "ack", "stray 200". */
    final List<String> events = new ArrayList<>();
    final List<ServerTransaction> servers = new ArrayList<>();
    final List<SipRequest> acks = new ArrayList<>();
    final List<ClientTransaction> terminated = new ArrayList<>();

    Harness() {
        this(TimerConfig.DEFAULT);
    }

    Harness(TimerConfig timers) {
        layer = new TransactionLayer(transport, clock, ImmediateEventExecutor.INSTANCE, timers, this);
    }

    static Destination destination(TransportType transport) {
        return new Destination(transport, PEER);
    }

    static Flow flow(TransportType transport) {
        return new Flow(transport, FakeTransport.LOCAL, PEER);
    }

    /** The TU starts a client transaction. */
    ClientTransaction send(SipRequest request, TransportType transport) {
        return layer.sendRequest(request, destination(transport), this);
    }

    /** A message arrives from the peer. */
    void receive(SipMessage message, TransportType transport) {
        layer.messageReceived(message, flow(transport));
    }

    /** A response to the client transaction's request arrives on its transport. */
    void answer(ClientTransaction tx, SipResponse response) {
        receive(response, tx.destination().transport());
    }

    /** The server transaction the layer created for the last new request. */
    ServerTransaction lastServer() {
        return servers.get(servers.size() - 1);
    }

    /** The start lines of everything sent, in order. */
    List<String> sentLines() {
        return transport.messages().stream().map(SipMessage::startLine).toList();
    }

    /** The time between consecutive sends, on the virtual clock. */
    List<Long> sendIntervals() {
        List<Long> at = transport.sendTimes();
        List<Long> intervals = new ArrayList<>();
        for (int i = 1; i < at.size(); i++) {
            intervals.add(at.get(i) - at.get(i - 1));
        }
        return intervals;
    }

    /** §17.1.1.2, §17.2.1: a terminated transaction "MUST be destroyed immediately": no table entry, no timer. */
    void assertNothingLeft() {
        assertEquals(0, layer.clientCount(), "client transactions");
        assertEquals(0, layer.serverCount(), "server transactions");
        assertEquals(List.of(), clock.live(), "live timers");
    }

    // ---------------------------------------------------------------- ClientTransactionListener

    @Override
    public void responseReceived(ClientTransaction transaction, SipResponse response) {
        events.add("response " + response.statusCode());
    }

    @Override
    public void timedOut(ClientTransaction transaction) {
        events.add("timeout");
    }

    @Override
    public void transportError(ClientTransaction transaction, Throwable cause) {
        events.add("transport error");
    }

    @Override
    public void terminated(ClientTransaction transaction) {
        terminated.add(transaction);
    }

    // ---------------------------------------------------------------- TransactionUser

    @Override
    public void requestReceived(ServerTransaction transaction, SipRequest request) {
        servers.add(transaction);
        events.add("request " + request.method());
    }

    @Override
    public void ackReceived(SipRequest ack, Flow flow) {
        acks.add(ack);
        events.add("ack");
    }

    @Override
    public void strayResponse(SipResponse response, Flow flow) {
        events.add("stray " + response.statusCode());
    }

    @Override
    public void serverTimedOut(ServerTransaction transaction) {
        events.add("timeout");
    }

    @Override
    public void serverTransportError(ServerTransaction transaction, Throwable cause) {
        events.add("transport error");
    }
}
