package io.sipspec.interop;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.MessageValidator;
import io.sipspec.server.MessageLog;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportType;
import io.sipspec.ua.UaConfig;
import io.sipspec.ua.UserAgent;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A reference {@link UserAgent} on its own {@link SipStack} over UDP on 127.0.0.1 (an ephemeral port), recording every
 * message it receives, for the interop tests. Closing it closes the stack.
 */
final class LocalUa implements AutoCloseable {

    private final SipStack stack;
    private final UserAgent ua;
    private final Queue<SipMessage> received = new ConcurrentLinkedQueue<>();

    LocalUa(UaConfig config) {
        UserAgent[] holder = new UserAgent[1];
        stack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(TimerConfig.DEFAULT)
                .log(new MessageLog() {
                    @Override
                    public void received(SipMessage message, Flow flow) {
                        LocalUa.this.received.add(message);
                    }

                    @Override
                    public void sent(SipMessage message, Flow flow) {
                    }
                })
                .user(s -> holder[0] = new UserAgent(s, config)).build();
        ua = holder[0];
    }

    UserAgent ua() {
        return ua;
    }

    SipStack stack() {
        return stack;
    }

    int port() {
        return stack.transport().localAddress(TransportType.UDP).getPort();
    }

    /** The responses received so far that {@code filter} accepts, in arrival order. */
    List<SipResponse> responses(Predicate<SipResponse> filter) {
        return received.stream().filter(m -> m instanceof SipResponse).map(m -> (SipResponse) m).filter(filter).toList();
    }

    /** The requests received so far that {@code filter} accepts, in arrival order. */
    List<SipRequest> requests(Predicate<SipRequest> filter) {
        return received.stream().filter(m -> m instanceof SipRequest).map(m -> (SipRequest) m).filter(filter).toList();
    }

    /** What the §8.2 / §20 validator finds wrong in each message received, as "violation: message" lines; empty if nothing. */
    List<String> violations() {
        MessageValidator v = new MessageValidator();
        return received.stream().flatMap(m -> v.validate(m).stream().map(x -> x + ":\n" + m)).toList();
    }

    /** The number of dialogs the UA holds, read on the stack's event loop. */
    int dialogCount() throws Exception {
        return stack.executor().submit(ua::dialogCount).get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        stack.close();
    }

    /** A UDP port free on 127.0.0.1 a moment ago (bound to port 0, then released). */
    static int freeUdpPort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    /** Waits at most {@code seconds} for {@code condition}, polling without sleeping for long; false on timeout. */
    static boolean await(BooleanSupplier condition, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() - deadline < 0) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        return condition.getAsBoolean();
    }
}
