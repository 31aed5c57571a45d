package io.sipspec.transport;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.MalformedSipMessage;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link TransportListener} that queues what it is given; every take waits at most {@link #WAIT_SECONDS}. */
final class RecordingListener implements TransportListener {

    static final long WAIT_SECONDS = 5;

    record Received<T>(T message, Flow flow) {
    }

    private final BlockingQueue<Received<SipMessage>> messages = new LinkedBlockingQueue<>();
    private final BlockingQueue<Received<MalformedSipMessage>> malformed = new LinkedBlockingQueue<>();
    private final BlockingQueue<Flow> closed = new LinkedBlockingQueue<>();

    @Override
    public void messageReceived(SipMessage message, Flow flow) {
        messages.add(new Received<>(message, flow));
    }

    @Override
    public void malformedReceived(MalformedSipMessage message, Flow flow) {
        malformed.add(new Received<>(message, flow));
    }

    @Override
    public void flowClosed(Flow flow) {
        closed.add(flow);
    }

    @SuppressWarnings("unchecked")
    Received<SipRequest> request() throws InterruptedException {
        Received<SipMessage> r = take(messages, "request");
        if (!(r.message() instanceof SipRequest)) {
            throw new AssertionError("expected a request, got " + r.message().startLine());
        }
        return (Received<SipRequest>) (Received<?>) r;
    }

    @SuppressWarnings("unchecked")
    Received<SipResponse> response() throws InterruptedException {
        Received<SipMessage> r = take(messages, "response");
        if (!(r.message() instanceof SipResponse)) {
            throw new AssertionError("expected a response, got " + r.message().startLine());
        }
        return (Received<SipResponse>) (Received<?>) r;
    }

    Received<MalformedSipMessage> malformed() throws InterruptedException {
        return take(malformed, "malformed input");
    }

    Flow closed() throws InterruptedException {
        return take(closed, "closed flow");
    }

    /** Nothing else has been received so far. */
    boolean noMessages() {
        return messages.isEmpty();
    }

    private static <T> T take(BlockingQueue<T> q, String what) throws InterruptedException {
        T t = q.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(t, "no " + what + " within " + WAIT_SECONDS + " s");
        return t;
    }
}
