package io.sipspec.proxy;

import io.netty.util.concurrent.ImmediateEventExecutor;
import io.sipspec.message.Address;
import io.sipspec.message.Identifiers;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import io.sipspec.registrar.AddressOfRecord;
import io.sipspec.registrar.Binding;
import io.sipspec.registrar.InMemoryLocationService;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transaction.TransactionLayer;
import io.sipspec.transaction.TransactionTransport;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Destination;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * A stateful (or stateless) proxy on a real transaction layer with a fake transport and a {@link ManualScheduler}:
 * everything runs on the calling thread, and every message the proxy sends is written down in {@link #sent}.
 * The proxy is 192.0.2.1:5060, responsible for example.com; alice is 192.0.2.10:5060.
 */
final class ProxyHarness {

    static final InetSocketAddress PROXY = new InetSocketAddress("192.0.2.1", 5060);
    static final InetSocketAddress ALICE = new InetSocketAddress("192.0.2.10", 5060);
    static final ProxyIdentity IDENTITY = new ProxyIdentity(List.of(ProxyIdentity.Point.of(TransportType.UDP, "192.0.2.1", 5060)),
            List.of("example.com"));

    /**
     * One message the proxy handed to the transport.
     *
     * @param message     what
     * @param destination where a request went, or null for a response
     * @param stateless   sent outside any transaction
     */
    record Sent(SipMessage message, Destination destination, boolean stateless) {
        SipRequest request() {
            return (SipRequest) message;
        }

        SipResponse response() {
            return (SipResponse) message;
        }
    }

    final ManualScheduler clock = new ManualScheduler();
    final InMemoryLocationService locations = new InMemoryLocationService(Clock.systemUTC());
    final List<Sent> sent = new ArrayList<>();
    final TransactionLayer layer;
    final StatefulProxy proxy;
    final StatelessProxy statelessProxy;
    private boolean failing;

    ProxyHarness() {
        this(ProxyConfig.DEFAULT);
    }

    ProxyHarness(ProxyConfig config) {
        TransactionUser[] user = new TransactionUser[1];
        layer = new TransactionLayer(new Transport(), clock, ImmediateEventExecutor.INSTANCE, TimerConfig.DEFAULT, new TransactionUser() {
            @Override
            public void requestReceived(ServerTransaction transaction, SipRequest request) {
                user[0].requestReceived(transaction, request);
            }

            @Override
            public void ackReceived(SipRequest ack, Flow flow) {
                user[0].ackReceived(ack, flow);
            }

            @Override
            public void strayResponse(SipResponse response, Flow flow) {
                user[0].strayResponse(response, flow);
            }
        });
        Network network = new Network();
        proxy = new StatefulProxy(config, IDENTITY, locations, LocalRequests.NONE, network, layer, clock);
        statelessProxy = new StatelessProxy(config, IDENTITY, locations, LocalRequests.NONE, network);
        user[0] = proxy;
    }

    /** Every request sent from now on fails, as a transport error (§16.9). */
    void failSends() {
        failing = true;
    }

    /** Binds {@code aor} to {@code contact} (a Contact value, with q if wanted) in the location service. */
    ProxyHarness bind(String aor, String contact) {
        Binding b = Binding.of(Address.parse(contact), Instant.now().plusSeconds(3600), "reg-" + aor, 1);
        locations.update(AddressOfRecord.parse(aor), list -> {
            List<Binding> out = new ArrayList<>(list);
            out.add(b);
            return out;
        });
        return this;
    }

    /** An INVITE from alice to {@code requestUri}, with a fresh branch, tag and Call-ID. */
    static SipRequest.Builder invite(String requestUri) {
        return request("INVITE", requestUri);
    }

    static SipRequest.Builder request(String method, String requestUri) {
        return SipRequest.builder(method, Uri.parse(requestUri))
                .header("Via", "SIP/2.0/UDP 192.0.2.10:5060;branch=" + Identifiers.newBranch())
                .header("Max-Forwards", "70")
                .header("From", "<sip:alice@example.org>;tag=" + Identifiers.newTag())
                .header("To", "<sip:bob@example.com>")
                .header("Call-ID", Identifiers.newCallId("192.0.2.10"))
                .header("CSeq", "1 " + method)
                .header("Contact", "<sip:alice@192.0.2.10:5060>");
    }

    /** The proxy receives {@code m} from {@code from} over UDP. */
    void receive(SipMessage m, InetSocketAddress from) {
        layer.messageReceived(m, new Flow(TransportType.UDP, PROXY, from));
    }

    /** Alice sends {@code m} to the proxy (stateful). */
    void fromAlice(SipMessage m) {
        receive(m, ALICE);
    }

    /** Alice sends {@code m} to the stateless proxy. */
    void fromAliceStateless(SipMessage m) {
        statelessProxy.messageReceived(m, new Flow(TransportType.UDP, PROXY, ALICE));
    }

    /** The UAS {@code forwarded} went to answers it with {@code code} (its To tag when it is not 100). */
    void answer(SipRequest forwarded, int code, String toTag) {
        SipResponse r = code == 100 ? forwarded.createResponse(100).build() : forwarded.createResponse(code, toTag).build();
        receive(r, forwarded.topVia() == null ? ALICE : sentFrom(forwarded));
    }

    void answer(SipRequest forwarded, SipResponse response) {
        receive(response, sentFrom(forwarded));
    }

    private InetSocketAddress sentFrom(SipRequest forwarded) {
        for (Sent s : sent) {
            if (s.message() == forwarded) {
                return s.destination().address();
            }
        }
        return ALICE;
    }

    /** The requests the proxy sent with this method, in order. */
    List<SipRequest> requests(String method) {
        return sent.stream().filter(s -> s.message() instanceof SipRequest r && r.isMethod(method)).map(Sent::request).toList();
    }

    List<Sent> sentRequests(String method) {
        return sent.stream().filter(s -> s.message() instanceof SipRequest r && r.isMethod(method)).toList();
    }

    /** The responses the proxy sent upstream, in order. */
    List<SipResponse> responses() {
        return sent.stream().filter(s -> s.message() instanceof SipResponse).map(Sent::response).toList();
    }

    List<Integer> statuses(Predicate<SipResponse> which) {
        return responses().stream().filter(which).map(SipResponse::statusCode).toList();
    }

    /** The status codes of the responses to method {@code method}, sent upstream. */
    List<Integer> statuses(String method) {
        return statuses(r -> r.cseq().method().equals(method));
    }

    private CompletionStage<Flow> record(SipMessage m, Destination d, boolean stateless) {
        if (failing && d != null) {
            return CompletableFuture.failedFuture(new IOException("simulated transport failure"));
        }
        sent.add(new Sent(m, d, stateless));
        InetSocketAddress remote = d == null ? ALICE : d.address();
        return CompletableFuture.completedFuture(new Flow(TransportType.UDP, PROXY, remote));
    }

    private final class Transport implements TransactionTransport {
        @Override
        public Destination selectTransport(SipRequest request, Destination destination) {
            return destination;
        }

        @Override
        public CompletionStage<Flow> send(SipMessage message, Destination destination) {
            return record(message, destination, false);
        }

        @Override
        public CompletionStage<Flow> sendResponse(SipResponse response, Flow requestFlow) {
            return record(response, null, false);
        }
    }

    private final class Network implements ProxyNetwork {
        @Override
        public CompletionStage<Flow> send(SipMessage message, Destination destination) {
            return record(message, destination, true);
        }

        @Override
        public CompletionStage<Flow> sendResponse(SipResponse response) {
            return record(response, null, true);
        }

        @Override
        public Via via(TransportType transport, String branch) {
            return Via.of(transport.viaName(), "192.0.2.1", 5060, branch);
        }
    }
}
