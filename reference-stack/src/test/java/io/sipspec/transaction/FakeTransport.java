package io.sipspec.transaction;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transport.Destination;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Records what the transaction layer sends; can be told to fail the next sends. */
final class FakeTransport implements TransactionTransport {

    /** This stack's socket in the flows the fake makes up. */
    static final InetSocketAddress LOCAL = new InetSocketAddress("192.0.2.1", 5060);

    /** One message handed to the transport, when (on the virtual clock) and on which flow. */
    record Sent(SipMessage message, long at, Flow flow) {
    }

    final List<Sent> sent = new ArrayList<>();
    private final FakeScheduler clock;
    private boolean failing;
    private boolean failingTcp;

    FakeTransport(FakeScheduler clock) {
        this.clock = clock;
    }

    /** Every send from now on completes exceptionally, as a transport error (§17.1.4, §17.2.4). */
    void failSends() {
        failing = true;
    }

    /** Every send over TCP from now on fails, as a connection that gets a TCP reset (§18.1.1). */
    void failTcpSends() {
        failingTcp = true;
    }

    @Override
    public Destination selectTransport(SipRequest request, Destination destination) {
        // RFC 3261 §18.1.1: larger than 1300 bytes over UDP goes over TCP.
        if (destination.transport() == TransportType.UDP && request.length() > 1300) {
            return new Destination(TransportType.TCP, destination.address());
        }
        return destination;
    }

    @Override
    public CompletionStage<Flow> send(SipMessage message, Destination destination) {
        return record(message, new Flow(destination.transport(), LOCAL, destination.address()));
    }

    @Override
    public CompletionStage<Flow> sendResponse(SipResponse response, Flow requestFlow) {
        return record(response, requestFlow);
    }

    private CompletionStage<Flow> record(SipMessage message, Flow flow) {
        if (failing || failingTcp && flow.transport() == TransportType.TCP) {
            return CompletableFuture.failedFuture(new IOException("simulated transport failure"));
        }
        sent.add(new Sent(message, clock.nowMillis(), flow));
        return CompletableFuture.completedFuture(flow);
    }

    SipMessage last() {
        if (sent.isEmpty()) {
            throw new AssertionError("nothing was sent");
        }
        return sent.get(sent.size() - 1).message();
    }

    List<SipMessage> messages() {
        return sent.stream().map(Sent::message).toList();
    }

    List<Long> sendTimes() {
        return sent.stream().map(Sent::at).toList();
    }

    void clear() {
        sent.clear();
    }
}
